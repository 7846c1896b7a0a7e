import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitFile } from '../src/inputs/collections.js';
import { extractHtmlText } from '../src/inputs/html.js';
import { type LintInputSettings, lintInput } from '../src/inputs/lint-input.js';
import { loadParsers, parser, parsersFor } from '../src/inputs/parsers.js';
import { readInputFile } from '../src/inputs/read.js';
import type { Report } from '../src/types.js';

const root = new URL('../', import.meta.url).pathname;

// The command line loads each format's parser before reading the inputs that need it.
beforeAll(() => loadParsers(['yaml', 'csv', 'html']));

describe('format parsers', () => {
  it('are chosen by extension', () => {
    expect(parsersFor('macros.json')).toEqual(['html']);
    expect(parsersFor('templates.YAML')).toEqual(['yaml', 'html']);
    expect(parsersFor('auto-reply.md')).toEqual(['yaml']);
    expect(parsersFor('templates.csv')).toEqual(['csv']);
    expect(parsersFor('reply.htm')).toEqual(['html']);
    expect(parsersFor('reply.txt')).toEqual([]);
  });
  it('are imported nowhere but by the loader, so plain-text runs never load them', () => {
    const sources: string[] = [];
    const walk = (directory: string) => {
      for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && path !== join('src', 'inputs', 'parsers.ts')) sources.push(path);
      }
    };
    walk('src');
    walk('rules');
    const eager = /^import\s+(?!type\b)[^;]*from\s+'(?:yaml|csv-parse\/sync|hast-util-from-html)'/m;
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((path) => eager.test(readFileSync(join(root, path), 'utf8')))).toEqual([]);
  });
  it('are loaded once, and used only after loading', async () => {
    const yaml = parser('yaml');
    await loadParsers(['yaml']);
    expect(parser('yaml')).toBe(yaml);
    expect(yaml('a: 1')).toEqual({ a: 1 });
  });
});
const fixture = (name: string) => join(root, 'fixtures/templates', name);
const settings: LintInputSettings = {
  loaded: { config: {}, path: undefined },
  cwd: root,
  split: {},
  reportUnusedDirectives: false,
  fix: false,
};

function lintFile(
  name: string,
  extra: Partial<LintInputSettings> = {},
): { reports: Report[]; source: string } {
  const input = readInputFile(fixture(name));
  return { reports: lintInput(input, { ...settings, ...extra }).reports, source: input.text };
}

/** Every finding on plain words must point at those words in the original file. */
function expectPlaced(reports: Report[], source: string): void {
  for (const report of reports) {
    for (const m of report.messages) {
      if (/^[\w ,.'$-]+$/.test(m.actual) && !m.actual.includes('\n')) {
        expect(source.slice(m.offset, m.endOffset), `${report.id} ${m.ruleId}`).toBe(m.actual);
      }
      const lineText = source.split('\n')[m.line - 1] ?? '';
      expect(lineText.length).toBeGreaterThanOrEqual(m.column - 1);
    }
  }
}

describe('template collections', () => {
  it('lints a Zendesk macros export macro by macro, plain and HTML comments', () => {
    const { reports, source } = lintFile('macros.json');
    expect(reports.map((r) => r.id)).toEqual(['360001', '360002']);
    expect(reports[0]?.kissOff).toBe(true);
    expect(reports[1]?.kissOff).toBe(false);
    const script = reports[0]?.messages.find((m) => m.ruleId === 'no-boilerplate');
    expect(script?.actual).toBe('Thank you for bringing this to our attention');
    expect(script?.line).toBe(10);
    expectPlaced(reports, source);
    // The HTML comment is linted as text: no tag names, and the entity is decoded.
    expect(reports[1]?.elements.actions.evidence[0]?.text).toContain('router now & service');
  });

  it('lints a YAML list with block scalars, positions in the file', () => {
    const { reports, source } = lintFile('templates.yaml');
    expect(reports.map((r) => r.id)).toEqual(['billing-late', 'billing-done']);
    const redirect = reports[0]?.messages.find((m) => m.ruleId === 'no-blind-redirect');
    expect(redirect).toMatchObject({ line: 8, column: 5, actual: 'Please contact your bank' });
    expectPlaced(reports, source);
  });

  it('lints a CSV with --text-column and --id-column', () => {
    const { reports, source } = lintFile('templates.csv', {
      split: { textColumn: 'body', idColumn: 'macro' },
    });
    expect(reports.map((r) => r.id)).toEqual(['greeting-1', 'fixed-2']);
    const value = reports[0]?.messages.find((m) => m.ruleId === 'no-boilerplate');
    expect(value).toMatchObject({ line: 2, actual: 'We value your feedback' });
    expectPlaced(reports, source);
  });

  it('names the columns when the text column is missing', () => {
    expect(() => splitFile('t.csv', 'macro,reply\na,Thanks!\n')).toThrow(
      /pass --text-column \(columns: macro, reply\)/,
    );
    expect(() => splitFile('t.csv', 'macro,body\na,Thanks!\n', { idColumn: 'name' })).toThrow(
      /no id column "name"/,
    );
  });

  it('reads Markdown front matter: id, kind and rule settings', () => {
    const { reports, source } = lintFile('auto-reply.md');
    const [report] = reports;
    expect(report?.id).toBe('auto-ack');
    expect(report?.kind).toBe('acknowledgement');
    expect(report?.messages.map((m) => m.ruleId)).not.toContain('no-boilerplate');
    expectPlaced(reports, source);
  });

  it('extracts HTML text without markup, scripts or styles, and maps it back', () => {
    const html = readFileSync(fixture('reply.html'), 'utf8');
    const { text, map } = extractHtmlText(html);
    expect(text).not.toMatch(/<|color: red|var x/);
    expect(text).toContain('I’ve asked our maintenance crew');
    const at = text.indexOf('maintenance');
    expect(html.slice(map.toSource(at), map.toSource(at) + 11)).toBe('maintenance');
    const { reports } = lintFile('reply.html');
    expect(reports[0]?.elements.eta.evidence[0]).toMatchObject({ text: 'by 3 pm', line: 8 });
  });

  it('treats other files as one reply', () => {
    expect(splitFile('draft.txt', 'Hello')).toHaveLength(1);
  });

  it('reports a broken collection file clearly', () => {
    expect(() => splitFile('x.json', '{"macros": [')).toThrow(/x\.json: not valid JSON/);
    expect(() => splitFile('x.json', '{"other": 1}')).toThrow(/no templates found/);
    expect(() => splitFile('x.yaml', '- id: a\n  title: b')).toThrow(/template 1 has no body/);
  });
});

describe('suppressions', () => {
  it('disable-next-line and disable apply, and suppressed findings cost nothing', () => {
    const { reports } = lintFile('reply.html');
    expect(reports[0]?.messages).toEqual([]);
    expect(reports[0]?.score).toBe(100);
    const md = lintFile('auto-reply.md').reports[0];
    expect(md?.messages.map((m) => m.ruleId)).not.toContain('require-eta');
  });

  it('reports stale and unknown directives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-directives-'));
    const file = join(dir, 'reply.md');
    writeFileSync(
      file,
      'We fixed it.\n<!-- replylint-disable-next-line no-typos -- nothing here -->\nIt works now.\n<!-- replylint-disable no-such-rule -->\n',
    );
    const found = lintInput(readInputFile(file), { ...settings, reportUnusedDirectives: true }).reports[0]
      ?.messages;
    expect(found?.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([
      ['replylint/directives', 'unused', 2],
      ['replylint/directives', 'unknownRule', 4],
    ]);
    const quiet = lintInput(readInputFile(file), settings).reports[0]?.messages;
    expect(quiet?.map((m) => m.messageId)).toEqual(['unknownRule']);
  });
});

describe('CLI with templates', () => {
  const bin = join(root, 'bin/replylint.js');
  const run = (args: string[], cwd = root) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('reports each template with its id in JSON, and goes on past a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-batch-'));
    writeFileSync(join(dir, 'bad.json'), '{"macros": [');
    const result = run([
      fixture('templates.yaml'),
      join(dir, 'bad.json'),
      fixture('auto-reply.md'),
      '-f',
      'json',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/bad\.json: not valid JSON/);
    const reports = JSON.parse(result.stdout) as Report[];
    expect(reports.map((r) => r.id ?? (r.error ? 'error' : ''))).toEqual([
      'billing-late',
      'billing-done',
      'error',
      'auto-ack',
    ]);
  });

  it('honours .replylintignore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-ignore-'));
    writeFileSync(join(dir, '.replylintignore'), '# drafts are not checked\ndrafts/\n');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts/a.txt'), 'Thanks!');
    writeFileSync(join(dir, 'b.txt'), 'We fixed it.');
    const reports = JSON.parse(run(['**/*.txt', '-f', 'json', '--kind', 'other'], dir).stdout) as Report[];
    expect(reports.map((r) => r.file)).toEqual(['b.txt']);
  });

  it('splits standard input by --stdin-filename', () => {
    const input = readFileSync(fixture('templates.yaml'), 'utf8');
    const result = spawnSync(process.execPath, [bin, '--stdin', '--stdin-filename', 'q.yaml', '-f', 'json'], {
      cwd: root,
      input,
      encoding: 'utf8',
    });
    expect((JSON.parse(result.stdout) as Report[]).map((r) => r.id)).toEqual([
      'billing-late',
      'billing-done',
    ]);
  });
});

describe('config for templates', () => {
  it('overrides by template id and accepts custom placeholder syntaxes', () => {
    const input = readInputFile(fixture('macros.json'));
    const loaded = {
      path: join(root, 'replylint.config.json'),
      config: {
        overrides: [{ files: '360001', rules: { 'no-boilerplate': 'off' as const } }],
      },
    };
    const reports = lintInput(input, { ...settings, loaded }).reports;
    expect(reports[0]?.messages.map((m) => m.ruleId)).not.toContain('no-boilerplate');
    expect(reports[1]?.id).toBe('360002');
  });

  it('treats a configured placeholder syntax as syntax, and a time name as an ETA', async () => {
    const { lint } = await import('../src/engine/lint.js');
    const placeholders = [{ id: 'dollar-brace', pattern: /\$\{([a-z_.]+)\}/g }];
    const report = lint(`Your parcel ships by \${delivery.date}.`, {
      kind: 'complaint',
      placeholders,
      template: true,
    });
    expect(report.elements.eta.specific).toBe(true);
    expect(report.messages.map((m) => m.ruleId)).not.toContain('no-typos');
  });

  it('finds a configured syntax made of characters no built-in one needs', async () => {
    const { lint } = await import('../src/engine/lint.js');
    const placeholders = [{ id: 'dollar-name', pattern: /\$([a-z]{2,40})/g }];
    for (const text of ['Your order for $prodnamex is ready!', 'Your order for $prodnamex is ready.']) {
      const report = lint(text, { kind: 'complaint', placeholders, template: true });
      expect(
        report.messages.map((m) => m.ruleId),
        text,
      ).not.toContain('no-typos');
    }
  });
});

describe('context for require-specifics', () => {
  it('takes the quoted message of an e-mail reply as context, and lints only the reply', () => {
    const text =
      'Hi Jo,\n\nThanks for your message. We value your feedback.\n\nOn Mon, 3 Jun 2026 at 10:00, Jo <jo@example.com> wrote:\n> My refund for the broken blender has not arrived.\n> Where is my blender refund?\n';
    const [template] = splitFile('reply.txt', text);
    expect(template?.text).toBe('Hi Jo,\n\nThanks for your message. We value your feedback.');
    expect(template?.context).toContain('My refund for the broken blender has not arrived.');
    const report = lintInput({ file: 'reply.txt', text, encoding: 'utf8' }, settings).reports[0];
    expect(report?.messages.find((m) => m.ruleId === 'require-specifics')?.messageId).toBe('generic');
    expect(report?.messages.every((m) => m.offset < text.indexOf('On Mon'))).toBe(true);
  });

  it('--context names the customer message for every input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-context-'));
    writeFileSync(join(dir, 'customer.txt'), 'My blender refund is late and the blender is broken.');
    const bin = join(root, 'bin/replylint.js');
    const result = spawnSync(
      process.execPath,
      [
        bin,
        '--text',
        "I've re-sent your blender refund today.",
        '--context',
        join(dir, 'customer.txt'),
        '-f',
        'json',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const messages = (JSON.parse(result.stdout) as Report[])[0]?.messages ?? [];
    expect(messages.filter((m) => m.ruleId === 'require-specifics').map((m) => m.message)).toEqual([
      'The customer raised "late", and the reply never mentions it',
    ]);
  });
});
