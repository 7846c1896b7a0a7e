import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import { onlyRule, readFixtures } from './rule-tester.js';

const root = new URL('../', import.meta.url).pathname;

function examples(doc: string, heading: 'Incorrect' | 'Correct'): string[] {
  const section = doc.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '');
}

describe('every rule is complete', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has a kebab-case id and a category', () => {
        expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(['resolution', 'ownership', 'positivity', 'clarity']).toContain(rule.meta.category);
      });

      it('has a doc page with the sections the docs promise', () => {
        const path = `${root}${rule.meta.docs}`;
        expect(rule.meta.docs).toBe(`rules/docs/${id}.md`);
        expect(existsSync(path)).toBe(true);
        const doc = readFileSync(path, 'utf8');
        for (const heading of ['## Incorrect', '## Correct', '## Options', '## When not to use it']) {
          expect(doc).toContain(heading);
        }
      });

      it('has valid and invalid fixtures', () => {
        expect(readFixtures(id, 'valid').length).toBeGreaterThan(0);
        expect(readFixtures(id, 'invalid').length).toBeGreaterThan(0);
      });

      it('has an invalid fixture for each message id', () => {
        const tested = new Set(
          readFixtures(id, 'invalid').flatMap((fixture) =>
            (fixture.meta.errors ?? []).map((e) => e.messageId),
          ),
        );
        expect([...tested].sort()).toEqual(Object.keys(rule.meta.messages).sort());
      });

      it('flags every Incorrect example of its doc page and passes every Correct one', () => {
        const doc = readFileSync(`${root}${rule.meta.docs}`, 'utf8');
        const incorrect = examples(doc, 'Incorrect');
        const correct = examples(doc, 'Correct');
        expect(incorrect.length).toBeGreaterThan(0);
        expect(correct.length).toBeGreaterThan(0);
        // A page may quote the customer's message as `Customer: "…"` before its examples.
        const customer = /^Customer: "(.*)"$/m.exec(doc)?.[1];
        const options = { rules: onlyRule(rule), ...(customer ? { context: customer } : {}) };
        for (const text of incorrect) {
          expect(lint(text, options).messages.map((m) => m.ruleId)).toContain(id);
        }
        for (const text of correct) {
          expect(lint(text, options).messages.map((m) => m.ruleId)).not.toContain(id);
        }
      });

      it('rejects unknown options', () => {
        expect(rule.meta.options.safeParse({ noSuchOption: true }).success).toBe(false);
      });
    });
  }

  it('has no duplicate rule ids', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
