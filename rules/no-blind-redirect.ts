import * as z from 'zod';
import { inflect, phraseAlternation } from '../src/analysis/morphology.js';
import { passes, wordTest } from '../src/engine/anchors.js';
import { defineRule } from '../src/engine/rule.js';
import { allMatches } from '../src/text.js';
import {
  bringPattern,
  channelVerbs,
  contactVerbs,
  contextItems,
  handOver,
  otherChannel,
  outcome,
  personalTarget,
  redirectFrames,
} from './data/redirect.js';

const gerund = (verb: string) => inflect(verb).gerund;
// A frame (or the start of the sentence) and then a verb that sends the customer on.
// The start of a sentence may carry a handle, a placeholder or a list number ("@user Click…", "4. Contact…").
const framed = String.raw`(?:^(?:_+\s+|\d+[.)]\s+|[-*•]\s+)?|\b(?:${phraseAlternation(redirectFrames)})\s+)(?:(?:also|directly|simply|just|to|always)\s+)?`;
const contactPattern = new RegExp(
  String.raw`${framed}(?:${phraseAlternation(contactVerbs)}|${phraseAlternation(contactVerbs.map(gerund))})\b`,
  'g',
);
const channelPattern = new RegExp(
  String.raw`${framed}(?:${phraseAlternation(channelVerbs)}|sending\s+(?:us\s+)?a\s+dm|${phraseAlternation(['dm', 'message'].map((v) => `${v}ing`))})\b`,
  'g',
);
const contactAnchors = wordTest([...contactVerbs, ...contactVerbs.map(gerund)]);
const channelAnchors = wordTest([...channelVerbs, 'sending', 'dming', 'messaging']);
/** Whom or where the verb sends the customer. */
const destination =
  /^\s*(?:us|our|the|your|their|them|a|an|this|that|one|any|_|[a-z]+\s+(?:support|team|service|services|desk|helpline|department|store|bank|provider))\b|^\s*_/;
const clickPattern = /^\s*(?:on\s+|at\s+)?(?:the|this|our)?\s*(?:link|here|_{3,})/;

interface Hit {
  start: number;
  end: number;
}

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
        const norm = sentence.norm;
        const next = context.sentences[sentence.index + 1]?.norm ?? '';
        const redirects: Array<Hit & { channel: boolean }> = [];
        const contacts = passes(sentence, contactAnchors) ? allMatches(contactPattern, norm) : [];
        const channels = passes(sentence, channelAnchors) ? allMatches(channelPattern, norm) : [];
        for (const match of contacts) {
          const rest = norm
            .slice(match.index + match[0].length)
            .replace(/^\s*directly\s+(?:on\s+|at\s+|via\s+)?/, ' ');
          // "Reach out if you need anything" names nobody to go to: an invitation, not a redirect.
          const named = /^\s*[A-Z]/.test(sentence.text.slice(match.index + match[0].length));
          if (!destination.test(rest) && !named) continue;
          if (personalTarget.test(rest)) continue;
          // "Contact us if…" invites the customer back; it is a redirect only when it names another channel.
          if (/^\s*us\b/.test(rest) && !otherChannel.test(rest.slice(0, 60))) continue;
          redirects.push({ start: match.index, end: match.index + match[0].length, channel: false });
        }
        for (const match of channels) {
          const rest = norm.slice(match.index + match[0].length);
          if (/click$/.test(match[0]) && !clickPattern.test(rest)) continue;
          redirects.push({ start: match.index, end: match.index + match[0].length, channel: true });
        }
        const [first] = redirects.sort((a, b) => a.start - b.start);
        if (!first) return;
        const after = norm.slice(first.end);
        const hasContext =
          // "DM us your order number": what to bring through a channel.
          (first.channel && bringPattern.test(after)) ||
          contextItems.test(norm) ||
          handOver.test(norm) ||
          outcome.test(after) ||
          // The next sentence counts only for a hand-over ("They already have your file").
          handOver.test(next);
        if (hasContext) return;
        // The finding covers the instruction up to the end of its clause.
        const clause = /^[^.!?;\n]{0,80}/.exec(after)?.[0] ?? '';
        const text = (norm.slice(first.start, first.end) + clause).trimEnd();
        const leading = text.length - text.trimStart().length;
        context.report({
          start: sentence.start + first.start + leading,
          end: sentence.start + first.start + text.length,
          messageId: 'blind',
          expected: [
            'I have passed your case (ref <number>) to <team>; they will <do what> by <time>.',
            'DM us your <order number> and we will <check what>.',
          ],
        });
      },
    };
  },
});
