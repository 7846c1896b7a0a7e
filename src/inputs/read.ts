import { readFileSync, statSync } from 'node:fs';

/** A problem with an input; the CLI reports it in one line and exits with 2. */
export class InputError extends Error {}

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export interface Input {
  file: string;
  text: string;
  /** How the file was stored, so `--fix` can write it back the same way. Absent for stdin and --text. */
  encoding?: Encoding;
}

export const defaultMaxBytes = 10 * 1024 * 1024;

/** Decodes bytes as text: UTF-8 (BOM dropped) or UTF-16 with a BOM; binary and invalid UTF-8 are errors. */
export function decode(bytes: Uint8Array, name: string): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be' };
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new InputError(`${name}: binary file, not text`);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: hasBom ? 'utf8-bom' : 'utf8' };
  } catch {
    throw new InputError(`${name}: not valid UTF-8 (save it as UTF-8 and try again)`);
  }
}

export function readInputFile(path: string, maxBytes = defaultMaxBytes): Input {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new InputError(`${path}: is a directory (pass files or a glob such as "${path}/**/*.txt")`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}`,
    );
  }
  if (size > maxBytes) {
    throw new InputError(
      `${path}: ${size} bytes is over the ${maxBytes}-byte limit (raise it with --max-file-size)`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `${path}: cannot read (${code === 'EACCES' ? 'permission denied' : (code ?? 'error')})`,
    );
  }
  return { file: path, ...decode(bytes, path) };
}

/** File paths for the given arguments: plain paths as they are, globs expanded (sorted). */
/** Whether a command-line argument is a glob rather than a path (`*`, `?`, `[`, `{`, `!`). */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}!]/.test(pattern);
}

export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      files.push(pattern);
      continue;
    }
    // Loaded only when a glob is given: a single draft does not pay for it at start-up.
    const { glob } = await import('tinyglobby');
    const found = await glob(pattern, { cwd, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
    if (found.length === 0) throw new InputError(`${pattern}: no files match this pattern`);
    files.push(...found.sort());
  }
  return files;
}

export async function readStdin(maxBytes = defaultMaxBytes): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes)
      throw new InputError(`<stdin>: over the ${maxBytes}-byte limit (raise it with --max-file-size)`);
    chunks.push(chunk as Buffer);
  }
  return decode(Buffer.concat(chunks), '<stdin>').text;
}
