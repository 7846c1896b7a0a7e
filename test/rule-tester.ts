import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import type { Rule } from '../src/engine/rule.js';
import { Locator } from '../src/location.js';
import type { ReplyKind, RuleSetting } from '../src/types.js';

/**
 * A fixture-driven rule tester in the style of ESLint's RuleTester. Each rule has
 * `fixtures/rules/<id>/valid/*.txt` (no finding from the rule) and `invalid/*.txt`, each
 * with a `.json` beside it: `{ kind?, errors: [{ messageId, actual, occurrence? }], score?: [min, max] }`.
 * The expected range of an error is where `actual` occurs in the fixture (its n-th
 * occurrence), worked out here from the text, independently of the linter.
 */
export interface ExpectedError {
  messageId: string;
  actual: string;
  occurrence?: number;
}

export interface FixtureMeta {
  kind?: ReplyKind;
  /** Lint as a canned template rather than a draft. */
  template?: boolean;
  /** The customer's message the reply answers. */
  context?: string;
  errors?: ExpectedError[];
  score?: [number, number];
}

export interface Fixture {
  name: string;
  path: string;
  text: string;
  meta: FixtureMeta;
}

export const fixturesRoot = new URL('../fixtures/rules/', import.meta.url).pathname;

export function readFixtures(ruleId: string, group: 'valid' | 'invalid'): Fixture[] {
  const folder = join(fixturesRoot, ruleId, group);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const path = join(folder, file);
      const metaPath = path.replace(/\.txt$/, '.json');
      const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as FixtureMeta) : {};
      return { name: file.replace(/\.txt$/, ''), path, text: readFileSync(path, 'utf8'), meta };
    });
}

/** Only `rule` on, at its default severity. */
export function onlyRule(rule: Rule): Record<string, RuleSetting> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, r === rule ? r.meta.defaultSeverity : 'off']));
}

export function expectedRange(text: string, error: ExpectedError) {
  let offset = -1;
  for (let n = 0; n < (error.occurrence ?? 1); n++) {
    offset = text.indexOf(error.actual, offset + 1);
    if (offset === -1)
      throw new Error(`"${error.actual}" does not occur ${error.occurrence ?? 1} time(s) in the fixture`);
  }
  const locator = new Locator(text);
  const start = locator.point(offset);
  const end = locator.point(offset + error.actual.length);
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset,
    endOffset: offset + error.actual.length,
  };
}

/** The lint options a fixture asks for: its kind, template flag and customer message. */
function fixtureOptions(fixture: Fixture) {
  return {
    kind: fixture.meta.kind ?? 'complaint',
    template: fixture.meta.template ?? false,
    ...(fixture.meta.context ? { context: fixture.meta.context } : {}),
  } as const;
}

export const RuleTester = {
  run(rule: Rule): void {
    const id = rule.meta.id;
    describe(id, () => {
      for (const fixture of readFixtures(id, 'valid')) {
        it(`valid: ${fixture.name}`, () => {
          const report = lint(fixture.text, { ...fixtureOptions(fixture), rules: onlyRule(rule) });
          expect(report.messages.filter((m) => m.ruleId === id)).toEqual([]);
        });
      }
      for (const fixture of readFixtures(id, 'invalid')) {
        it(`invalid: ${fixture.name}`, () => {
          const report = lint(fixture.text, { ...fixtureOptions(fixture), rules: onlyRule(rule) });
          const actual = report.messages
            .filter((m) => m.ruleId === id)
            .map(
              ({ ruleId, messageId, line, column, endLine, endColumn, offset, endOffset, actual: text }) => ({
                ruleId,
                messageId,
                line,
                column,
                endLine,
                endColumn,
                offset,
                endOffset,
                actual: text,
              }),
            );
          const expected = (fixture.meta.errors ?? []).map((error) => ({
            ruleId: id,
            messageId: error.messageId,
            ...expectedRange(fixture.text, error),
            actual: error.actual,
          }));
          expect(expected.length).toBeGreaterThan(0);
          expect(actual).toEqual(expected);
          if (fixture.meta.score) {
            const [min, max] = fixture.meta.score;
            const full = lint(fixture.text, fixtureOptions(fixture));
            expect(full.score).toBeGreaterThanOrEqual(min);
            expect(full.score).toBeLessThanOrEqual(max);
          }
        });
      }
    });
  },
};
