import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/replylint.js');
const kissOff = join(root, 'fixtures/replies/kiss-off.txt');
const resolved = join(root, 'fixtures/replies/resolved.txt');

function run(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let work: string;
beforeAll(() => {
  // The CLI runs the built code: build once if the suite runs before `npm run build`.
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  expect(build.status).toBe(0);
  work = mkdtempSync(join(tmpdir(), 'replylint-cli-'));
});

describe('replylint (lint)', () => {
  it('prints findings, the checklist, the score and exits 1 on a kiss-off', () => {
    const { code, stdout } = run([kissOff, '--no-color']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ {2}3:1 {4}error {2}Kiss-off.* {2}no-kiss-off$/m);
    expect(stdout).toMatch(/✖ actions/);
    expect(stdout).toMatch(/Score \d+\/100 {2}grade F/);
  });

  it('ticks the checklist with evidence and exits 0 on a good reply', () => {
    const { code, stdout } = run([resolved, '--no-color']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ notify {3}"I'll text you"/);
    expect(stdout).toMatch(/✔ eta/);
  });

  it('writes the JSON contract', () => {
    const { code, stdout } = run([kissOff, resolved, '-f', 'json']);
    expect(code).toBe(1);
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(2);
    const [first] = reports;
    expect(Object.keys(first).sort()).toEqual([
      'elements',
      'file',
      'grade',
      'kind',
      'kissOff',
      'messages',
      'score',
      'version',
    ]);
    expect(Object.keys(first.elements).sort()).toEqual(['actions', 'eta', 'notify', 'status']);
    expect(first.elements.eta).toHaveProperty('specific');
    expect(Object.keys(first.messages[0]).sort()).toEqual(
      [
        'actual',
        'column',
        'endColumn',
        'endLine',
        'endOffset',
        'expected',
        'line',
        'message',
        'messageId',
        'offset',
        'ruleId',
        'severity',
      ].sort(),
    );
  });

  it('reads standard input with a filename, and --text', () => {
    const stdin = run(['--stdin', '--stdin-filename', 'draft.txt', '-f', 'json'], {
      input: 'Thanks for your message.',
    });
    expect(JSON.parse(stdin.stdout)[0].file).toBe('draft.txt');
    const dash = run(['-', '-f', 'json'], { input: 'Thanks for your message.' });
    expect(JSON.parse(dash.stdout)[0].kissOff).toBe(true);
    const text = run(['--text', 'Thanks for your message.', '-f', 'json']);
    expect(JSON.parse(text.stdout)[0].file).toBe('<text>');
  });

  it('expands globs', () => {
    const { stdout } = run(['fixtures/replies/*.txt', '-f', 'json']);
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([
      'fixtures/replies/kiss-off.txt',
      'fixtures/replies/resolved.txt',
    ]);
  });

  it('exits 1 under --min-score and with too many warnings', () => {
    const doubled = ['--text', 'Thanks for the the photos.', '--kind', 'other'];
    expect(run([...doubled, '--min-score', '99']).code).toBe(1);
    expect(run([...doubled, '--min-score', '10']).code).toBe(0);
    expect(run(['--text', 'We fixed it, it works now.', '--kind', 'other', '--max-warnings', '0']).code).toBe(
      1,
    );
  });

  it('--quiet shows errors only', () => {
    const { stdout } = run([kissOff, '--quiet', '-f', 'json']);
    const severities = JSON.parse(stdout)[0].messages.map((m: { severity: string }) => m.severity);
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('writes to --output-file', () => {
    const out = join(work, 'report.json');
    run([kissOff, '-f', 'json', '-o', out]);
    expect(JSON.parse(spawnSync('cat', [out], { encoding: 'utf8' }).stdout)).toHaveLength(1);
  });

  it('colours only when asked or on a terminal', () => {
    expect(run([kissOff]).stdout).not.toContain('\u001b[');
    expect(run([kissOff, '--color']).stdout).toContain('\u001b[');
    expect(run([kissOff], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(run([kissOff], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('strips terminal escapes from the input before printing it', () => {
    const { stdout } = run([
      '--text',
      'We apologize for any \u001b[31minconvenience caused.',
      '--kind',
      'other',
    ]);
    expect(stdout).not.toContain('\u001b[31m');
  });

  it('prints --help with examples and --version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('errors exit 2 with one line and no stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['missing file', ['nope.txt'], /^replylint: nope\.txt: no such file$/],
    ['directory', ['fixtures'], /^replylint: fixtures: is a directory/],
    ['glob matching nothing', ['fixtures/**/*.nothing'], /no files match/],
    ['unknown format', [kissOff, '-f', 'xml'], /format/],
    ['unknown kind', [kissOff, '--kind', 'rant'], /kind/],
    ['bad min-score', [kissOff, '--min-score', '120'], /min-score/],
    ['no input', [], /no input/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const { code, stderr } = run(args);
      expect(code).toBe(2);
      expect(stderr.trim()).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('binary and invalid UTF-8 input', () => {
    const binary = join(work, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x47]));
    expect(run([binary]).stderr).toMatch(/binary file/);
    const latin1 = join(work, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const result = run([latin1]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not valid UTF-8/);
  });

  it('unreadable file', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const locked = join(work, 'locked.txt');
    writeFileSync(locked, 'Thanks!');
    chmodSync(locked, 0o000);
    expect(run([locked]).code).toBe(2);
  });

  it('decodes a UTF-8 BOM and UTF-16 with a BOM', () => {
    const bom = join(work, 'bom.txt');
    writeFileSync(bom, `\ufeffThanks for your message.`);
    expect(JSON.parse(run([bom, '-f', 'json']).stdout)[0].messages[0].column).toBe(1);
    const utf16 = join(work, 'utf16.txt');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Thanks for your message.', 'utf16le')]),
    );
    expect(JSON.parse(run([utf16, '-f', 'json']).stdout)[0].kissOff).toBe(true);
  });
});

describe('config', () => {
  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-config-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return dir;
  }
  const reply = 'Thanks for your message. Please be assured we value your feedback.';

  it('is found upward and turns rules off', () => {
    const dir = project({
      '.replylintrc.json': '{"rules":{"no-boilerplate":"off"}}',
      'sub/reply.txt': reply,
    });
    const reports = JSON.parse(run(['reply.txt', '-f', 'json'], { cwd: join(dir, 'sub') }).stdout);
    expect(reports[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('no-boilerplate');
  });

  it('reads YAML, a package.json key, and overrides by glob', () => {
    const yaml = project({
      '.replylintrc.yaml': 'kind: question\noverrides:\n  - files: "auto/**"\n    kind: acknowledgement\n',
      'auto/a.txt': reply,
      'b.txt': reply,
    });
    const reports = JSON.parse(run(['auto/a.txt', 'b.txt', '-f', 'json'], { cwd: yaml }).stdout);
    expect(reports.map((r: { kind: string }) => r.kind)).toEqual(['acknowledgement', 'question']);
    const pkg = project({ 'package.json': '{"name":"x","replylint":{"kind":"other"}}', 'a.txt': reply });
    expect(JSON.parse(run(['a.txt', '-f', 'json'], { cwd: pkg }).stdout)[0].kind).toBe('other');
  });

  it('sets severity and rule options, and --print-config shows them', () => {
    const dir = project({
      'replylint.config.json': '{"rules":{"no-run-on":["error",{"maxWords":5}]}}',
      'a.txt': 'We have refunded the whole amount to your card.',
    });
    const result = run(['a.txt', '-f', 'json', '--kind', 'other'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0].messages[0]).toMatchObject({
      ruleId: 'no-run-on',
      severity: 'error',
    });
    const printed = JSON.parse(run(['--print-config'], { cwd: dir }).stdout);
    expect(printed.rules['no-run-on']).toEqual(['error', { maxWords: 5 }]);
  });

  const invalid: Array<[string, string, RegExp]> = [
    [
      'unknown rule with a suggestion',
      '{"rules":{"no-boilerplat":"warn"}}',
      /rules\.no-boilerplat: unknown rule.*did you mean "no-boilerplate"/,
    ],
    ['unknown key', '{"rulez":{}}', /unknown key "rulez" at the top level \(allowed: .*rules/],
    ['bad severity', '{"rules":{"no-typos":"loud"}}', /rules\.no-typos/],
    ['bad rule option', '{"rules":{"no-run-on":["warn",{"maxWords":-1}]}}', /rules\.no-run-on\.1\.maxWords/],
    ['unknown rule option', '{"rules":{"no-run-on":["warn",{"maxWord":10}]}}', /rules\.no-run-on\.1/],
    ['broken JSON', '{"rules":', /not valid JSON/],
  ];
  for (const [name, content, message] of invalid) {
    it(`rejects ${name} with exit 2`, () => {
      const dir = project({ '.replylintrc.json': content });
      const { code, stderr } = run(['--text', 'Thanks!'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/\.replylintrc\.json/);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('-c names a config that does not exist', () => {
    const { code, stderr } = run(['--text', 'Thanks!', '-c', 'missing.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.json: config file not found/);
  });
});

describe('replylint eval', () => {
  it('prints per-dimension scores and Spearman, also as JSON', () => {
    const file = join(work, 'labelled.jsonl');
    const rows = [
      {
        id: 'a',
        text: 'Thanks for letting us know.',
        kind: 'complaint',
        kiss_off: true,
        actions: false,
        grade: 1,
      },
      {
        id: 'b',
        text: "I'm replacing the router; it will be done within 3 days.",
        kind: 'complaint',
        kiss_off: false,
        actions: true,
        grade: 4,
      },
      {
        id: 'c',
        text: "I've replaced the router, and I'll call you on Friday to check it works.",
        kind: 'complaint',
        kiss_off: false,
        actions: true,
        grade: 5,
      },
    ];
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    const table = run(['eval', file]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^kiss_off\s+1\.00\s+1\.00\s+1\.00/m);
    expect(table.stdout).toMatch(/Spearman's rho/);
    const json = JSON.parse(run(['eval', file, '-f', 'json']).stdout);
    expect(json.dimensions.actions).toMatchObject({ tp: 2, fp: 0, fn: 0, tn: 1 });
    expect(json.spearman).toBeCloseTo(1, 5);
  });

  it('names the bad line of a labelled file', () => {
    const file = join(work, 'bad.jsonl');
    writeFileSync(file, '{"id":"a","text":"x"}\n{"id":"b"}\n');
    const { code, stderr } = run(['eval', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.jsonl:2: text/);
  });
});

describe('config: vocabulary and score', () => {
  it('reads a words file and score overrides', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-words-'));
    writeFileSync(join(dir, 'words.txt'), '# our products\nzorbix\n\nquandle\n');
    writeFileSync(
      join(dir, '.replylintrc.json'),
      JSON.stringify({ kind: 'other', wordsFile: 'words.txt', score: { weights: { 'no-typos': 10 } } }),
    );
    const clean = JSON.parse(
      run(['--text', 'Your zorbix and quandle are ready.', '-f', 'json'], { cwd: dir }).stdout,
    );
    expect(clean[0].messages).toEqual([]);
    const typo = JSON.parse(run(['--text', 'Your zorbix is is ready.', '-f', 'json'], { cwd: dir }).stdout);
    expect(typo[0].score).toBe(90);
  });

  it('names a missing words file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-words-'));
    writeFileSync(join(dir, '.replylintrc.json'), '{"wordsFile":"nope.txt"}');
    const { code, stderr } = run(['--text', 'Hi'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/wordsFile: cannot read .*nope\.txt \(no such file\)/);
  });
});

describe('--fix', () => {
  it('writes the fix atomically, keeps CRLF and the BOM, and a second run changes nothing', () => {
    const file = join(work, 'draft.txt');
    writeFileSync(file, '\ufeffHi Ann,\r\nWe fixed the the heater.  It works.\r\n');
    const first = run([file, '--fix', '--kind', 'other', '-f', 'json']);
    expect(first.code).toBe(0);
    const fixed = readFileSync(file);
    expect(fixed.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(fixed.toString('utf8').slice(1)).toBe('Hi Ann,\r\nWe fixed the heater.  It works.\r\n');
    expect(JSON.parse(first.stdout)[0].messages).toEqual([]);
    run([file, '--fix', '--kind', 'other']);
    expect(readFileSync(file)).toEqual(fixed);
    expect(readdirSync(work).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('--fix-dry-run shows the change and writes nothing', () => {
    const file = join(work, 'dry.txt');
    writeFileSync(file, 'We fixed the the heater.\n');
    const { stdout } = run([file, '--fix-dry-run', '--kind', 'other', '--no-color']);
    expect(stdout).toContain('1: - We fixed the the heater.');
    expect(stdout).toContain('1: + We fixed the heater.');
    expect(readFileSync(file, 'utf8')).toBe('We fixed the the heater.\n');
  });

  it('refuses to write standard input', () => {
    const { code, stderr } = run(['--stdin', '--fix'], { input: 'We fixed the the heater.' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--fix-dry-run/);
  });
});

describe('bad and hostile input (README table)', () => {
  it('a file that cannot be read (a symlink loop) is named, and the others are still linted', () => {
    const loop = join(work, 'loop.txt');
    spawnSync('ln', ['-sf', loop, loop]);
    const good = join(work, 'good.txt');
    writeFileSync(good, 'We fixed the heater.');
    const { code, stdout, stderr } = run([loop, good, '-f', 'json', '--kind', 'other']);
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/^replylint: .*loop\.txt: cannot read \(ELOOP\)$/);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { error?: string }) => Boolean(r.error))).toEqual([true, false]);
  });

  it('empty and whitespace-only input', () => {
    for (const text of ['', ' \n\t\r\n']) {
      const file = join(work, 'empty.txt');
      writeFileSync(file, text);
      const { code, stderr } = run([file]);
      expect(code).toBe(2);
      expect(stderr.trim()).toMatch(/empty\.txt: empty, nothing to lint$/);
    }
  });

  it('a file over the size limit, with the option named', () => {
    const big = join(work, 'big.txt');
    spawnSync('truncate', ['-s', '50M', big]);
    const result = run([big]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /big\.txt: 52428800 bytes is over the 10485760-byte limit \(raise it with --max-file-size\)$/,
    );
    const small = join(work, 'small.txt');
    writeFileSync(small, 'We fixed the heater today.');
    expect(run([small, '--max-file-size', '10']).code).toBe(2);
    expect(run([small, '--max-file-size', '1000', '--kind', 'other']).code).toBe(0);
  });

  it('a malformed CSV row is reported and the rows after it are linted', () => {
    const csv = join(work, 'rows.csv');
    writeFileSync(csv, 'id,body\na,"We fixed it."\nb,"broken "quote" here\n');
    const { code, stdout, stderr } = run([csv, '--id-column', 'id', '-f', 'json', '--kind', 'other']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rows\.csv:3: malformed CSV row/);
    const reports = JSON.parse(stdout) as Array<{ id: string; error?: string }>;
    expect(reports.find((r) => r.id === 'a')?.error).toBeUndefined();
    expect(reports.some((r) => r.error?.includes('rows.csv:3'))).toBe(true);
  });

  it('--fix on a read-only file leaves it untouched', () => {
    const file = join(work, 'readonly.txt');
    writeFileSync(file, 'We fixed the the heater.');
    chmodSync(file, 0o444);
    const { code, stderr } = run([file, '--fix']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/read-only, not fixed/);
    expect(readFileSync(file, 'utf8')).toBe('We fixed the the heater.');
  });

  it('never prints a stack trace without --debug', () => {
    const { stderr } = run(['eval', join(work, 'missing.jsonl')]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('replylint eval with a trainer grading 0-100', () => {
  it('reads 0-100 grades: Spearman, kappa on five bands, and per-rule precision', () => {
    const file = join(work, 'trainer.jsonl');
    const rows = [
      { id: 'a', text: 'Thanks for letting us know. We value your feedback.', kind: 'complaint', grade: 10 },
      {
        id: 'b',
        text: "I'm replacing the router; it will be done within 3 days.",
        kind: 'complaint',
        grade: 75,
      },
      {
        id: 'c',
        text: "I've replaced the router, and I'll call you on Friday to check it works.",
        kind: 'complaint',
        grade: 95,
      },
    ];
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    const json = JSON.parse(run(['eval', file, '-f', 'json']).stdout);
    expect(json.spearman).toBeCloseTo(1, 5);
    expect(json.kappa).toBeGreaterThan(0.5);
    expect(json.rulePrecisionAgainstGrade['no-kiss-off']).toEqual({ flagged: 1, precision: 1 });
  });
});
