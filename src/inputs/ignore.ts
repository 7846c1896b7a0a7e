import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** Patterns from `.replylintignore` in `directory`, gitignore-style: `#` comments, `dir/` for folders. */
export function loadIgnore(directory: string): (file: string) => boolean {
  const path = join(directory, '.replylintignore');
  if (!existsSync(path)) return () => false;
  const patterns = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .flatMap((pattern) => {
      const anchored = pattern.startsWith('/') ? pattern.slice(1) : `**/${pattern}`;
      return pattern.endsWith('/') ? [`${anchored}**`] : [anchored, `${anchored}/**`];
    });
  const isMatch = picomatch(patterns, { dot: true });
  return (file) => isMatch(relative(directory, file).split(sep).join('/'));
}
