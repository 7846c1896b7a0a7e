import type { Range, RuleContext } from '../src/engine/rule.js';

/**
 * Where a reply-level finding (something missing) goes: the sentence that thanks or
 * apologises, where the missing substance belonged; else the first body sentence.
 */
export function replyLevelRange(context: RuleContext<unknown>): Range {
  const body = context.facts.body;
  const [ack] = context.facts.resolution.acknowledgements;
  const sentence = (ack && body.find((s) => s.start <= ack.start && ack.start < s.end)) ?? body[0];
  if (!sentence) return { start: 0, end: 0 };
  return { start: sentence.start, end: sentence.end };
}
