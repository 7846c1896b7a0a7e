import { readFileSync } from 'node:fs';

// This module runs from src/ in tests and bundled into dist/ when built.
const manifest = new URL('../package.json', import.meta.url);

/** The package version, read once from package.json. */
export const version: string = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
