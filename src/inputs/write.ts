import { accessSync, chmodSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Encoding, InputError } from './read.js';

/**
 * Replaces a file's contents atomically: write a temporary file beside it, then rename it
 * over the original. A crash leaves either the old file or the new one, never half of each.
 */
export function writeFileAtomic(path: string, text: string, encoding: Encoding = 'utf8'): void {
  if (encoding === 'utf16be') throw new InputError(`${path}: UTF-16 big-endian files are not fixed`);
  // A file marked read-only is left alone, even for a user (root) whom the system would let write it.
  const mode = statSync(path).mode;
  let writable = (mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new InputError(`${path}: read-only, not fixed`);
  const temporary = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${Date.now()}.tmp`);
  try {
    const bytes =
      encoding === 'utf16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : Buffer.from((encoding === 'utf8-bom' ? '\ufeff' : '') + text, 'utf8');
    writeFileSync(temporary, bytes, { flag: 'wx' });
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(
      `${path}: cannot write the fix (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/**
 * Resolves once `stream` can take more output. The buffer may have emptied (and 'drain' fired)
 * between the write that filled it and this call: then there is nothing to wait for.
 */
export function whenDrained(stream: NodeJS.WritableStream & { writableNeedDrain: boolean }): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise<void>((resolve) => stream.once('drain', resolve));
}
