import { existsSync, readFileSync } from 'node:fs';

// This module runs from src/ in tests and bundled into dist/ when built.
const candidates = ['../package.json', '../../package.json'].map((path) => new URL(path, import.meta.url));
const manifest = candidates.find((url) => existsSync(url)) ?? candidates[1];

/** The package version, read once from package.json. */
export const version: string = (JSON.parse(readFileSync(manifest as URL, 'utf8')) as { version: string })
  .version;
