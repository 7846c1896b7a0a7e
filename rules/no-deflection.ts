import * as z from 'zod';
import { PhraseMatcher } from '../src/engine/matcher.js';
import { defineRule } from '../src/engine/rule.js';
import { alternativeMarkers, deflections } from './data/deflection.js';

const matcher = new PhraseMatcher(deflections);

const advice: Record<string, string> = {
  policy: 'give the reason in plain words and say what you can do instead',
  'not-us': 'own the problem: say what you will do to get it fixed, even if another party is involved',
  blame: 'drop the blame and restate the answer helpfully',
  passive: 'say who made the mistake (we did) and what you have done about it',
};

export default defineRule({
  meta: {
    id: 'no-deflection',
    category: 'ownership',
    description: 'Do not push responsibility onto policy, other teams or the customer',
    docs: 'rules/docs/no-deflection.md',
    messages: {
      deflection: '"{actual}" deflects responsibility: {advice}',
    },
    options: z.object({}).strict(),
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      sentence(sentence) {
        const hits = matcher.match(sentence.content);
        if (hits.length === 0) return;
        for (const hit of hits) {
          // The rest of this sentence after the phrase, and the next sentence, may offer an alternative.
          const after = sentence.norm.slice(hit.end - sentence.start);
          const next = context.sentences[sentence.index + 1];
          if (alternativeMarkers.test(after) || (next && alternativeMarkers.test(next.norm))) continue;
          const kind = hit.entry.kind;
          context.report({
            start: hit.start,
            end: hit.end,
            messageId: 'deflection',
            data: { advice: advice[kind] ?? '' },
            expected: [
              kind === 'policy'
                ? "We can't <do X> because <reason>; what I can do is <alternative>."
                : 'We got this wrong. I have <action> and will <next step> by <time>.',
            ],
          });
        }
      },
    };
  },
});
