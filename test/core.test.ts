import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { computeScore, defaultScoreSettings, gradeOf } from '../src/engine/score.js';
import { lint } from '../src/index.js';
import type { LintMessage } from '../src/types.js';

const root = new URL('../', import.meta.url).pathname;
const reply =
  'Hi Sam,\nThanks for letting us know. We apologize for any inconvenience this may have caused.\n\nRegards,\nJo';

describe('lint()', () => {
  it('is deterministic: the same text and options give the same report', () => {
    expect(lint(reply)).toEqual(lint(reply));
  });

  it('returns the JSON contract for empty and whitespace-only input', () => {
    for (const text of ['', '   \n\n  ']) {
      const report = lint(text);
      expect(Number.isInteger(report.score)).toBe(true);
      expect(report.elements.eta.specific).toBe(false);
      for (const message of report.messages) expect(message.offset).toBe(0);
    }
  });

  it('every reported range slices to its actual text', () => {
    const text =
      'Hi,\r\nwe apologise for any inconvenience caused.  Please contact your bank.\r\nThe the end.';
    for (const message of lint(text).messages) {
      expect(text.slice(message.offset, message.endOffset)).toBe(message.actual);
    }
  });

  it('accepts personal words and rule settings', () => {
    const text = 'Your zorbix is ready.';
    expect(lint(text, { kind: 'other' }).messages.map((m) => m.ruleId)).toContain('no-typos');
    expect(lint(text, { kind: 'other', words: ['zorbix'] }).messages).toEqual([]);
    expect(lint(text, { kind: 'other', rules: { 'no-typos': 'off' } }).messages).toEqual([]);
  });

  it('is importable by package name', () => {
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "import { lint } from 'replylint'; console.log(lint('Thanks!').score)"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(Number(result.stdout.trim())).toBeGreaterThanOrEqual(0);
  });
});

describe('score', () => {
  const message = (ruleId: string, messageId = 'x'): LintMessage => ({
    ruleId,
    messageId,
    severity: 'warn',
    message: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    actual: '',
    expected: [],
  });
  const category = (id: string) =>
    (id.startsWith('require') ? 'resolution' : 'clarity') as 'resolution' | 'clarity';

  it('takes each weight off 100 and caps each rule', () => {
    expect(computeScore([], category, false, defaultScoreSettings)).toBe(100);
    expect(computeScore([message('no-typos')], category, false, defaultScoreSettings)).toBe(97);
    const many = Array.from({ length: 20 }, () => message('no-typos'));
    expect(computeScore(many, category, false, defaultScoreSettings)).toBe(100 - 12);
  });

  it('halves a vague ETA and caps a kiss-off', () => {
    expect(computeScore([message('require-eta', 'vague')], category, false, defaultScoreSettings)).toBe(95);
    expect(computeScore([], category, true, defaultScoreSettings)).toBe(35);
  });

  it('grades by band', () => {
    expect([95, 80, 65, 45, 10].map((s) => gradeOf(s, defaultScoreSettings.grades))).toEqual([
      'A',
      'B',
      'C',
      'D',
      'F',
    ]);
  });

  it('can be overridden', () => {
    const text = 'We fixed the the heater.';
    const settings = { weights: { ...defaultScoreSettings.weights, 'no-typos': 10 } };
    expect(lint(text, { kind: 'other', score: settings }).score).toBe(90);
  });
});
