import { findPlaceholders } from '../parse/placeholders.js';
import type { LintMessage } from '../types.js';
import { type LintOptions, lint } from './lint.js';

export interface FixResult {
  /** The text with every applicable fix applied. */
  output: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
}

/**
 * Applies non-overlapping fixes, left to right. A fix that touches a placeholder is never
 * applied: placeholders are filled by the help desk, not by us.
 */
export function applyFixes(
  text: string,
  messages: readonly LintMessage[],
): { output: string; applied: number } {
  const placeholders = findPlaceholders(text);
  const fixes = messages
    .flatMap((m) => (m.fix ? [m.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < cursor) continue;
    if (placeholders.some((p) => start < p.end && end > p.start)) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

/** Lints and fixes until nothing more can be fixed (at most ten passes, as one fix can reveal another). */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let output = text;
  let applied = 0;
  for (let pass = 0; pass < 10; pass++) {
    const result = applyFixes(output, lint(output, options).messages);
    if (result.applied === 0 || result.output === output) break;
    output = result.output;
    applied += result.applied;
  }
  return { output, applied };
}
