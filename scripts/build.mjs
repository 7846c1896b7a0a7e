#!/usr/bin/env node
// Bundles the command line, the library and the batch worker into dist/ with esbuild. One file
// per entry (and shared chunks beside them) starts several times faster than hundreds of
// modules resolved one by one. Type declarations come from tsc (tsconfig.build.json).
import { build } from 'esbuild';

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
