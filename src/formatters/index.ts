import type { ChalkInstance } from 'chalk';
import { rules } from '../../rules/index.js';
import type { Report } from '../types.js';
import { version } from '../version.js';
import { formatGithub } from './github.js';
import { formatHtml, type HtmlReply } from './html.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const formatNames = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'] as const;
export type FormatName = (typeof formatNames)[number];

export function format(
  name: FormatName,
  reports: readonly Report[],
  chalk: ChalkInstance,
  views: readonly HtmlReply[] = reports.map((report) => ({ report, text: '' })),
): string {
  switch (name) {
    case 'html':
      return formatHtml(views);
    case 'json':
      // The array of DESIGN.md's contract; each report also names the replylint version that made it.
      return `${JSON.stringify(
        reports.map((report) => ({ ...report, version })),
        null,
        2,
      )}\n`;
    case 'sarif':
      return formatSarif(reports, rules);
    case 'github':
      return formatGithub(reports);
    case 'junit':
      return formatJunit(reports);
    default:
      return formatStylish(reports, chalk);
  }
}
