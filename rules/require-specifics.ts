import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { normalise } from '../src/engine/sentence.js';
import { stopwords } from './data/specifics.js';
import { replyLevelRange } from './shared.js';

/** A light stem: enough to match "refunds" with "refund" and "delayed" with "delay". */
function stem(word: string): string {
  return word
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .slice(0, 7);
}

/** The customer's main points: the most frequent content words of their message, in order of first use. */
export function mainPoints(context: string, limit: number): string[] {
  const counts = new Map<string, { word: string; count: number; first: number }>();
  const text = normalise(context)
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/g, ' ')
    .replace(/[@#]\w+/g, ' ');
  let index = 0;
  for (const match of text.matchAll(/[a-z][a-z'-]{3,}/g)) {
    const word = match[0].replace(/'s$/, '');
    if (stopwords.has(word)) continue;
    const key = stem(word);
    const entry = counts.get(key) ?? { word, count: 0, first: index++ };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map((entry) => entry.word);
}

export default defineRule({
  meta: {
    id: 'require-specifics',
    category: 'resolution',
    description: "Answer the customer's own points, not a reply that could go to anyone",
    docs: 'rules/docs/require-specifics.md',
    messages: {
      unaddressed: 'The customer raised "{point}", and the reply never mentions it',
      generic: 'This reply could be sent to anyone: it names nothing from the customer’s message',
    },
    options: z
      .object({
        /** How many of the customer's main points to look for. */
        points: z.number().int().min(1).max(10).default(3),
      })
      .strict(),
    appliesTo: ['complaint', 'question'],
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      end() {
        const customer = context.settings.context;
        if (!customer || customer.trim() === '') return;
        const points = mainPoints(customer, context.options.points);
        if (points.length === 0) return;
        const body = context.facts.body;
        const replyStems = new Set(body.flatMap((s) => s.words.map((w) => stem(w.lower))));
        const missing = points.filter((point) => !replyStems.has(stem(point)));
        const range = replyLevelRange(context);
        if (missing.length === points.length) {
          context.report({
            ...range,
            messageId: 'generic',
            expected: [`Name their ${points.slice(0, 2).join(' and ')} and say what you did about it.`],
          });
          return;
        }
        for (const point of missing) {
          context.report({
            ...range,
            messageId: 'unaddressed',
            data: { point },
            expected: [`Say what you did about the ${point}.`],
          });
        }
      },
    };
  },
});
