#!/usr/bin/env node
// Bundles the command line, the library and the batch worker into dist/ with esbuild. One file
// per entry (and shared chunks beside them) starts several times faster than hundreds of
// modules resolved one by one. Type declarations come from tsc (tsconfig.build.json).
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the last build's bundle files first.
for (const file of readdirSync('dist', { withFileTypes: true })) {
  if (file.isFile() && /\.js(?:\.map)?$|\.LEGAL\.txt$/.test(file.name)) rmSync(`dist/${file.name}`);
}

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.REPLYLINT_NO_MINIFY === undefined,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS packages call require(); ES modules have none of their own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
