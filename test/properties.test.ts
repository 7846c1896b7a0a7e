import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText } from '../src/engine/fix.js';
import { lint } from '../src/engine/lint.js';
import { replyKinds } from '../src/types.js';

// Replies built from the pieces real ones are made of, plus arbitrary Unicode in between.
const piece = fc.oneof(
  fc.constantFrom(
    'Hi Ann,',
    'Thanks for letting us know.',
    "I've refunded the $4 charge.",
    'We apologize for any inconvenience this may have caused.',
    'the the',
    'wor  ks',
    'it.It',
    '{{first_name}}',
    '{{ broken }',
    '%{ticket.id}',
    '<OTRS_CUSTOMER_SUBJECT[24]>',
    'https://example.com/a?b=c',
    'help@example.com',
    '@acme',
    '#outage',
    '^HN',
    '-Becky',
    'Best regards,',
    'within 48 hours',
    'soon',
    '\u001b[31m',
    '😀',
    'İ',
    '’',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
const separator = fc.constantFrom(' ', '  ', '\n', '\r\n', '\r', '\n\n', '', '. ', ', ', '\t');
const reply = fc
  .array(fc.tuple(piece, separator), { maxLength: 24 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const kind = fc.constantFrom(...replyKinds);
const runs = { numRuns: 150 };

describe('lint: properties over arbitrary text', () => {
  it('never throws, scores an integer 0-100, the same every time', () => {
    fc.assert(
      fc.property(
        fc.oneof(reply, fc.string({ unit: 'binary', maxLength: 200 })),
        kind,
        fc.boolean(),
        (text, k, template) => {
          const first = lint(text, { kind: k, template });
          expect(Number.isInteger(first.score)).toBe(true);
          expect(first.score).toBeGreaterThanOrEqual(0);
          expect(first.score).toBeLessThanOrEqual(100);
          expect(lint(text, { kind: k, template })).toEqual(first);
        },
      ),
      runs,
    );
  });

  it('reports every range inside the input, slicing to its actual text', () => {
    fc.assert(
      fc.property(reply, kind, (text, k) => {
        for (const m of lint(text, { kind: k }).messages) {
          expect(m.offset).toBeGreaterThanOrEqual(0);
          expect(m.endOffset).toBeLessThanOrEqual(text.length);
          expect(m.offset).toBeLessThanOrEqual(m.endOffset);
          expect(text.slice(m.offset, m.endOffset)).toBe(m.actual);
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.column).toBeGreaterThanOrEqual(1);
        }
      }),
      runs,
    );
  });

  it('fixes are idempotent and leave none of the fixed findings', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const once = fixText(text, { kind: 'other', template: true });
        const twice = fixText(once.output, { kind: 'other', template: true });
        expect(twice.output).toBe(once.output);
        expect(lint(once.output, { kind: 'other', template: true }).messages.filter((m) => m.fix)).toEqual(
          [],
        );
      }),
      runs,
    );
  });
});
