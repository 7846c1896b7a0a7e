import * as z from 'zod';
import { defineRule } from '../src/engine/rule.js';
import type { SentenceView } from '../src/engine/sentence.js';
import { allMatches, hasLineBreak } from '../src/text.js';

// A comma followed by a new subject and a finite verb starts a second independent clause.
const splice = new RegExp(
  [
    // ", we moved…", ", it works…", ", the team has…"
    String.raw`,\s*(?:(?:and|but|so|or)\s+)?(?:[a-z]+ly\s+)?(?:i|we|you|they|he|she|it|this|that|there|our\s+[a-z]+|the\s+[a-z]+)\s+(?:[a-z]+ly\s+)?(?:am|is|are|was|were|have|has|had|will|would|can|could|should|shall|may|might|must|do|does|did|hope|want|need|apologi[sz]e|appreciate|understand|thank|look|assure|request|value|[a-z]+ed)\b`,
    String.raw`,\s*(?:[a-z]+ly\s+)?(?:it|he|she|this|that|there)\s+[a-z]+s\b`,
    String.raw`,\s*(?:[a-z]+ly\s+)?(?:i'm|we're|you're|they're|it's|that's|there's|i've|we've|i'll|we'll|you'll|they'll|it'll)\b`,
    // ", how long have you…", ", can you please…": a question spliced on
    String.raw`,\s*(?:how|what|when|where|why|can|could|would|will|do|does|did)\s+(?:[a-z]+\s+)?(?:you|we|i)\b`,
    // ", please DM…", ", sometimes things…": a new sentence after a comma
    String.raw`,\s*(?:please|sometimes|kindly)\s+[a-z]+`,
    // ", however, …": a conjunctive adverb between commas
    String.raw`,\s*(?:however|otherwise|therefore|hence|thus|moreover),`,
  ].join('|'),
  'g',
);
const subordinateStart =
  /^(?:if|when|whenever|because|as|although|though|since|while|after|before|once|unless|until|whether|so\s+that|even\s+if|in\s+case)\b/;

/** A clause with its own subject and finite verb. */
const independentClause =
  /\b(?:i|we|you|they|he|she|it|this|that|there|(?:the|our|your|my|this|that)\s+[a-z-]+)\s+(?:[a-z]+ly\s+)?(?:am|is|are|was|were|have|has|had|will|would|can|could|should|do|does|did|[a-z]+ed)\b|\b(?:i'm|we're|you're|they're|it's|that's|there's|i've|we've|i'll|we'll|it'll)\b/;
/** Openers that are not clauses: "Rest assured,", "To get started,", "1. **Item:**". */
const introPhrase =
  /^(?:rest\s+assured|to\s+[a-z]+|for\s+(?:those|example|instance)|in\s+(?:addition|fact|short|the\s+meantime)|as\s+(?:a|an|such)|however|otherwise|also|meanwhile|unfortunately|fortunately|additionally|furthermore|moreover|please|yes|no|sure|of\s+course|once\s+again|again|overall|finally|firstly|secondly|lastly|then|now|hi|hello|dear)\b/;

function spliceCount(sentence: SentenceView): number {
  // Every splice pattern starts at a comma.
  if (!sentence.norm.includes(',')) return 0;
  let count = 0;
  let clauseStart = 0;
  for (const match of allMatches(splice, sentence.norm)) {
    // The clause before the comma runs back to the last clause boundary (start, ":", ";", a dash or a line break).
    const before = sentence.norm.slice(clauseStart, match.index);
    const boundary = Math.max(
      ...[':', ';', ' - ', ' – ', '\n', '**'].map((mark) => before.lastIndexOf(mark)),
    );
    const clause = before
      .slice(boundary + 1)
      .replace(/^[\s*_\-–•\d.)]+/, '')
      .trim();
    const coordinated = /^(?:and|but|so|or)\b/.test(match[0].slice(1).trim());
    if (
      !coordinated &&
      independentClause.test(clause) &&
      !subordinateStart.test(clause) &&
      !introPhrase.test(clause)
    ) {
      count++;
    }
    clauseStart = match.index + 1;
  }
  return count;
}

/** Words per line: a single line break does not end a sentence, but a list item is a unit of its own. */
function longestLine(sentence: SentenceView): number {
  let longest = 0;
  let current = 0;
  for (const token of sentence.tokens) {
    if (token.kind === 'whitespace' && hasLineBreak(token.text)) {
      longest = Math.max(longest, current);
      current = 0;
    } else if (token.kind === 'word' || token.syntax === 'placeholder') current++;
  }
  return Math.max(longest, current);
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
        const words = longestLine(sentence);
        if (words > maxWords) {
          context.report({
            start: sentence.start,
            end: sentence.end,
            messageId: 'long',
            data: { count: words, max: maxWords },
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
