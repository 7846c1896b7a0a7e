import * as z from 'zod';
import { PhraseMatcher } from '../src/engine/matcher.js';
import { defineRule } from '../src/engine/rule.js';
import { boilerplate } from './data/boilerplate.js';

/** The part of a match a direct replacement covers, as a fix in input offsets. */
function fixFor(actual: string, start: number, fix: { find: string; replace: string }) {
  const found = new RegExp(fix.find, 'i').exec(actual);
  if (!found) return undefined;
  return { start: start + found.index, end: start + found.index + found[0].length, text: fix.replace };
}

const matcher = new PhraseMatcher(boilerplate);

export default defineRule({
  meta: {
    id: 'no-boilerplate',
    category: 'positivity',
    description: 'Avoid script phrases that could be pasted into any reply and promise nothing',
    docs: 'rules/docs/no-boilerplate.md',
    messages: {
      script: 'Script phrase "{actual}" promises nothing: {suggestion}',
      vagueReference: '"{actual}" shows the problem was never named: {suggestion}',
    },
    options: z.object({ allow: z.array(z.string()).default([]) }).strict(),
    defaultSeverity: 'warn',
  },
  create(context) {
    const allowed = new Set(context.options.allow.map((phrase) => phrase.toLowerCase()));
    return {
      sentence(sentence) {
        for (const hit of matcher.match(sentence.content)) {
          const actual = context.text.slice(hit.start, hit.end);
          if (allowed.has(actual.toLowerCase())) continue;
          const fix = hit.entry.fix ? fixFor(actual, hit.start, hit.entry.fix) : undefined;
          context.report({
            start: hit.start,
            end: hit.end,
            messageId: hit.entry.kind === 'script' ? 'script' : 'vagueReference',
            data: { suggestion: hit.entry.suggestion },
            expected: [hit.entry.suggestion],
            fix,
          });
        }
      },
    };
  },
});
