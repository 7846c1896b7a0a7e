import type { ChalkInstance } from 'chalk';
import type { Report } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const formatNames = ['stylish', 'json'] as const;
export type FormatName = (typeof formatNames)[number];

export function format(name: FormatName, reports: readonly Report[], chalk: ChalkInstance): string {
  return name === 'json' ? formatJson(reports) : formatStylish(reports, chalk);
}
