import { z } from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { channelVerbs, contextItems, handOver, redirectFrames } from './data/redirect.js';

const alternation = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

// "please contact our support team", "you may wish to contact them", "DM us": the frame
// (or the start of the sentence) then a channel verb.
const redirectPattern = new RegExp(
  String.raw`(?:^|\b(?:${alternation(redirectFrames)})\s+)(?:(?:also|directly|simply|just|to)\s+)?(?:${alternation(channelVerbs)})\b[^.!?\n]{0,80}`,
  'g',
);
const destinationPattern =
  /\b(?:us|me|them|him|her|our|the|your|their|support|customer|team|store|bank|provider|insurer|manufacturer|vendor|operator|reservations|here|at|via|on|link|dm|_+)\b|_{3,}/;

export default defineRule({
  meta: {
    id: 'no-blind-redirect',
    category: 'ownership',
    description: 'Do not send the customer to another channel without context',
    docs: 'rules/docs/no-blind-redirect.md',
    messages: {
      blind:
        'Blind redirect "{actual}": hand the case over (reference number, details already passed on) or say what to bring and what will happen there',
    },
    options: z.object({}).strict(),
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      sentence(sentence) {
        redirectPattern.lastIndex = 0;
        for (const match of sentence.norm.matchAll(redirectPattern)) {
          const text = match[0];
          if (!destinationPattern.test(text)) continue;
          const around = sentence.norm;
          const next = context.sentences[sentence.index + 1]?.norm ?? '';
          if (
            contextItems.test(around) ||
            handOver.test(around) ||
            handOver.test(next) ||
            contextItems.test(next)
          ) {
            continue;
          }
          const leading = text.length - text.trimStart().length;
          const start = sentence.start + match.index + leading;
          const end = sentence.start + match.index + text.trimEnd().length;
          context.report({
            start,
            end,
            messageId: 'blind',
            expected: [
              'I have passed your case (ref <number>) to <team>; they will <do what> by <time>.',
              'DM us your <order number> and we will <check what>.',
            ],
          });
          return;
        }
      },
    };
  },
});
