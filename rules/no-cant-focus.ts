import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';

// Negative-capability statements: what cannot be done.
const cannot =
  /\b(?:(?:we|i|you)\s+(?:can't|cannot|can\s+not|won't\s+be\s+able\s+to|are\s+not\s+able\s+to|aren't\s+able\s+to|am\s+not\s+able\s+to|are\s+unable\s+to|am\s+unable\s+to|don't\s+offer|do\s+not\s+offer|don't\s+provide|do\s+not\s+provide|don't\s+allow|do\s+not\s+allow|are\s+not\s+allowed\s+to|aren't\s+allowed\s+to)|(?:can't|cannot|can\s+not)\s+be\s+[a-z]+(?:ed|en)|(?:is|are|was)\s+not\s+(?:possible|available|allowed|permitted|eligible|supported|feasible)|(?:isn't|aren't)\s+(?:possible|available|allowed|permitted|eligible|supported)|no\s+longer\s+(?:available|possible|offer|supported)|not\s+being\s+able\s+to)\b/;
const unfortunatelyNot = /\bunfortunately\b[^.!?]{0,80}(?:\bnot\b|n't\b|\bno\b|\bunable\b)/;
const alternative =
  /\b(?:but\s+(?:a|an|you|we|i|our|yours|there|it|the)\b|what\s+(?:i|we)\s+can\s+do|(?:but|however),?\s+(?:i|we|you)\s+(?:can|could|will|'ll|may)|(?:i|we)\s+can\s+(?:offer|arrange|refund|replace|move|exchange|upgrade|book|send|help\s+you\s+with)|instead|alternatively|you\s+(?:can|could|may)\s+(?:still|also|use|order|book|collect|try|choose|get|visit|buy|apply|request)|options?|workaround|in\s+the\s+meantime|meanwhile|happy\s+to\s+(?:arrange|offer|help|refund|replace|move)|offer\s+you|(?:i|we)(?:'ll|\s+will)\s+(?:arrange|refund|replace|offer|send|book|move|credit))\b/;

export default defineRule({
  meta: {
    id: 'no-cant-focus',
    category: 'positivity',
    description: 'Do not stop at what cannot be done: offer what can',
    docs: 'rules/docs/no-cant-focus.md',
    messages: {
      cantFocus: '"{actual}" says what cannot be done and offers nothing instead: add what you can do',
    },
    options: z.object({}).strict(),
    defaultSeverity: 'warn',
  },
  create(context) {
    const pending: Array<{ start: number; end: number; index: number }> = [];
    return {
      sentence(sentence) {
        const match = cannot.exec(sentence.norm) ?? unfortunatelyNot.exec(sentence.norm);
        if (!match) return;
        // An alternative later in the same sentence answers it.
        if (alternative.test(sentence.norm.slice(match.index + match[0].length))) return;
        pending.push({ start: sentence.start, end: sentence.end, index: sentence.index });
      },
      end() {
        const body = context.facts.body;
        for (const item of pending) {
          const answered = body.some((s) => s.index > item.index && alternative.test(s.norm));
          if (answered) continue;
          context.report({
            start: item.start,
            end: item.end,
            messageId: 'cantFocus',
            expected: ["We can't <X>, but what I can do is <Y>."],
          });
        }
      },
    };
  },
});
