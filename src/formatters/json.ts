import type { Report } from '../types.js';

/** The JSON contract of DESIGN.md: an array, one object per input. */
export function formatJson(reports: readonly Report[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
