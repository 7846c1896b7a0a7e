import type { Rule } from '../engine/rule.js';
import type { Report } from '../types.js';
import { version } from '../version.js';

/** Where each rule's doc page is published with the package. */
export function ruleHelpUri(ruleId: string): string {
  return `https://unpkg.com/replylint@${version}/rules/docs/${ruleId}.md`;
}

/** SARIF 2.1.0: one run, the rules as reporting descriptors, one result per finding. */
export function formatSarif(reports: readonly Report[], rules: readonly Rule[]): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const results = reports.flatMap((report) => {
    const uri = encodeURI(report.file.replace(/\\/g, '/'));
    const fileError = report.error
      ? [
          {
            ruleId: 'replylint/input-error',
            level: 'error',
            message: { text: report.error },
            locations: [{ physicalLocation: { artifactLocation: { uri } } }],
          },
        ]
      : [];
    return [
      ...fileError,
      ...report.messages.map((message) => ({
        ruleId: message.ruleId,
        ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
        level: message.severity === 'error' ? 'error' : 'warning',
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: {
                startLine: message.line,
                startColumn: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn,
                charOffset: message.offset,
                charLength: message.endOffset - message.offset,
                snippet: { text: message.actual },
              },
            },
          },
        ],
        properties: {
          suggestions: message.expected,
          ...(report.id ? { templateId: report.id } : {}),
        },
      })),
    ];
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replylint',
            version,
            informationUri: `https://unpkg.com/replylint@${version}/README.md`,
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              name: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: `${rule.meta.description} (${rule.meta.category}).` },
              helpUri: ruleHelpUri(rule.meta.id),
              help: { text: `${rule.meta.description}. See ${ruleHelpUri(rule.meta.id)}` },
              defaultConfiguration: { level: rule.meta.defaultSeverity === 'error' ? 'error' : 'warning' },
              properties: { category: rule.meta.category },
            })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
