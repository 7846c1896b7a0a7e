import { z } from 'zod';
import { defineRule } from '../src/engine/rule.js';
import type { SentenceView } from '../src/engine/sentence.js';

// A comma followed by a new subject and a finite verb starts a second independent clause.
const splice =
  /,\s+(?:(?:and|but|so|or)\s+)?(?:i|we|you|they|he|she|it|this|that|there|our\s+[a-z]+|the\s+[a-z]+)\s+(?:[a-z]+ly\s+)?(?:am|is|are|was|were|have|has|had|will|would|can|could|should|shall|may|might|must|do|does|did|hope|want|need|apologi[sz]e|appreciate|understand|thank|look|assure|request|value|[a-z]+ed)\b|,\s+(?:it|he|she|this|that|there)\s+[a-z]+s\b|,\s+(?:i'm|we're|you're|they're|it's|that's|there's|i've|we've|i'll|we'll|you'll|they'll|it'll)\b/g;
const subordinateStart =
  /^(?:if|when|whenever|because|as|although|though|since|while|after|before|once|unless|until|whether|so\s+that|even\s+if|in\s+case)\b/;
const finiteVerb =
  /\b(?:am|is|are|was|were|have|has|had|will|would|can|could|should|do|does|did|i'm|we're|it's|i've|we've|[a-z]+ed)\b/;

function spliceCount(sentence: SentenceView): number {
  let count = 0;
  let clauseStart = 0;
  for (const match of sentence.norm.matchAll(splice)) {
    const clause = sentence.norm.slice(clauseStart, match.index).trim();
    const coordinated = /^(?:and|but|so|or)\b/.test(match[0].slice(1).trim());
    if (!coordinated && finiteVerb.test(clause) && !subordinateStart.test(clause)) count++;
    clauseStart = match.index + 1;
  }
  return count;
}

export default defineRule({
  meta: {
    id: 'no-run-on',
    category: 'clarity',
    description: 'Keep sentences short and paragraphs readable',
    docs: 'rules/docs/no-run-on.md',
    messages: {
      long: 'Sentence of {count} words (over {max}): split it',
      splice: 'Independent clauses joined by a comma: end the sentence or add a conjunction',
      wall: 'Wall of text ({count} words, {sentences} sentences): break it into short paragraphs',
    },
    options: z
      .object({
        maxWords: z.number().int().positive().default(35),
        maxParagraphWords: z.number().int().positive().default(120),
        maxParagraphSentences: z.number().int().positive().default(7),
      })
      .strict(),
    defaultSeverity: 'warn',
  },
  create(context) {
    const { maxWords, maxParagraphWords, maxParagraphSentences } = context.options;
    const paragraphs = new Map<number, SentenceView[]>();
    return {
      sentence(sentence) {
        const list = paragraphs.get(sentence.paragraph) ?? [];
        list.push(sentence);
        paragraphs.set(sentence.paragraph, list);
        const expected = ['Split it: one idea per sentence.'];
        if (sentence.wordCount > maxWords) {
          context.report({
            start: sentence.start,
            end: sentence.end,
            messageId: 'long',
            data: { count: sentence.wordCount, max: maxWords },
            expected,
          });
        } else if (spliceCount(sentence) >= 1) {
          context.report({ start: sentence.start, end: sentence.end, messageId: 'splice', expected });
        }
      },
      end() {
        for (const sentences of paragraphs.values()) {
          const words = sentences.reduce((sum, s) => sum + s.wordCount, 0);
          const first = sentences[0];
          const last = sentences.at(-1);
          if (!first || !last) continue;
          if (words > maxParagraphWords || sentences.length > maxParagraphSentences) {
            context.report({
              start: first.start,
              end: last.end,
              messageId: 'wall',
              data: { count: words, sentences: sentences.length },
              expected: ['Break it into paragraphs of two or three sentences.'],
            });
          }
        }
      },
    };
  },
});
