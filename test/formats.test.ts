import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import { format } from '../src/formatters/index.js';

const schemaPath = new URL('../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url);
const chalk = new Chalk({ level: 0 });
const reports = [
  lint('Thanks for letting us know.\nPlease contact your bank, "50%" off: now.', { file: 'templates/a.txt' }),
  lint('We fixed it, it works now.', { file: 'templates/b, c.txt', id: 'macro:7', kind: 'other' }),
];

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    // CommonJS modules that also set `exports.default`, which is what NodeNext typing sees.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    formats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const sarif = JSON.parse(format('sarif', reports, chalk));
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('describes every rule with a help link and places every result', () => {
    const sarif = JSON.parse(format('sarif', reports, chalk));
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.length).toBe(rules.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(new RegExp(`/rules/docs/${rule.id}\\.md$`));
    }
    const total = reports.reduce((n, r) => n + r.messages.length, 0);
    expect(run.results).toHaveLength(total);
    const first = run.results[0];
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('templates/a.txt');
    expect(JSON.stringify(run.results)).toContain('templates/b,%20c.txt');
    expect(first.locations[0].physicalLocation.region.startLine).toBe(reports[0]?.messages[0]?.line);
    expect(
      run.results.find((r: { properties: { templateId?: string } }) => r.properties.templateId === 'macro:7'),
    ).toBeDefined();
  });
});

describe('github', () => {
  it('writes one workflow command per finding, escaped', () => {
    const lines = format('github', reports, chalk).trim().split('\n');
    expect(lines).toHaveLength(reports.reduce((n, r) => n + r.messages.length, 0));
    const kiss = lines.find((l) => l.includes('no-kiss-off'));
    expect(kiss).toMatch(
      /^::error file=templates\/a\.txt,line=1,col=1,endLine=1,endColumn=\d+,title=no-kiss-off::Kiss-off/,
    );
    const second = lines.find((l) => l.includes('macro%3A7'));
    expect(second).toMatch(/^::warning file=templates\/b%2C c\.txt,line=1,col=1,/);
    expect(lines.every((l) => !/[\r\n]/.test(l))).toBe(true);
  });
});

describe('junit', () => {
  it('has a test case per reply and a failure per finding, all escaped', () => {
    const xml = format('junit', reports, chalk);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    const failures = reports.reduce((n, r) => n + r.messages.length, 0);
    expect(xml.match(/<failure /g)).toHaveLength(failures);
    expect(xml).toContain(`<testsuites name="replylint" tests="2" failures="${failures}">`);
    expect(xml).toContain('name="macro:7"');
    expect(xml).not.toMatch(/"50%" off/);
  });
});

describe('json', () => {
  it('adds the version to each report', () => {
    const json = JSON.parse(format('json', reports, chalk));
    expect(json[0].version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
