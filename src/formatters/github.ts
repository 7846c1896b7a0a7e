import type { Report } from '../types.js';

// GitHub workflow command escaping: data escapes %, CR and LF; properties also escape : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: one workflow command per finding. */
export function formatGithub(reports: readonly Report[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(report.file);
    if (report.error) lines.push(`::error file=${file},title=replylint::${escapeData(report.error)}`);
    for (const m of report.messages) {
      const command = m.severity === 'error' ? 'error' : 'warning';
      const title = escapeProperty(report.id ? `${m.ruleId} (${report.id})` : m.ruleId);
      lines.push(
        `::${command} file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${title}::${escapeData(m.message)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
