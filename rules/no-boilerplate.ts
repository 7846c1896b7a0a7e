import { z } from 'zod';
import { PhraseMatcher } from '../src/engine/matcher.js';
import { defineRule } from '../src/engine/rule.js';
import { boilerplate } from './data/boilerplate.js';
import { boilerplateEntry, validated } from './data/schema.js';

const matcher = new PhraseMatcher(validated('boilerplate', boilerplateEntry, boilerplate));

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
        for (const hit of matcher.match(sentence.tokens)) {
          const actual = context.text.slice(hit.start, hit.end);
          if (allowed.has(actual.toLowerCase())) continue;
          context.report({
            start: hit.start,
            end: hit.end,
            messageId: hit.entry.kind === 'script' ? 'script' : 'vagueReference',
            data: { suggestion: hit.entry.suggestion },
            expected: [hit.entry.suggestion],
          });
        }
      },
    };
  },
});
