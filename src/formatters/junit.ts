import type { Report } from '../types.js';

const escapeXml = (text: string) =>
  text
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** JUnit XML: a test suite per file, a test case per reply or template, a failure per finding. */
export function formatJunit(reports: readonly Report[]): string {
  const byFile = new Map<string, Report[]>();
  for (const report of reports) byFile.set(report.file, [...(byFile.get(report.file) ?? []), report]);
  const failuresOf = (r: Report) => r.messages.length + (r.error ? 1 : 0);
  const total = reports.reduce((n, r) => n + failuresOf(r), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="replylint" tests="${reports.length}" failures="${total}">`,
  ];
  for (const [file, list] of byFile) {
    const failures = list.reduce((n, r) => n + failuresOf(r), 0);
    out.push(`  <testsuite name="${escapeXml(file)}" tests="${list.length}" failures="${failures}">`);
    for (const report of list) {
      const name = escapeXml(report.id ?? file);
      out.push(`    <testcase name="${name}" classname="${escapeXml(file)}">`);
      if (report.error) out.push(`      <failure type="input-error" message="${escapeXml(report.error)}"/>`);
      for (const m of report.messages) {
        const where = `${file}:${m.line}:${m.column}`;
        out.push(
          `      <failure type="${m.ruleId}" message="${escapeXml(m.message)}">${escapeXml(`${where} ${m.severity} ${m.message} (${m.ruleId})`)}</failure>`,
        );
      }
      out.push(
        `      <system-out>${escapeXml(`score ${report.score}/100, grade ${report.grade}`)}</system-out>`,
      );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
