import { existsSync, readFileSync } from 'node:fs';

// src/version.ts runs from src/ in tests and from dist/src/ when built.
const candidates = ['../package.json', '../../package.json'].map((path) => new URL(path, import.meta.url));
const manifest = candidates.find((url) => existsSync(url)) ?? candidates[1];

/** The package version, read once from package.json. */
export const version: string = (JSON.parse(readFileSync(manifest as URL, 'utf8')) as { version: string })
  .version;
