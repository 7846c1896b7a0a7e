import type { SentenceView } from './sentence.js';

/**
 * Anchor words: the words a pattern cannot match without (the first word of each phrase it is
 * built from). Testing a sentence's words against a set costs far less than running a long
 * alternation over it, and most sentences hold no anchor at all.
 */

/** The leading run of letters and digits of a phrase: "sorted out" → "sorted", "re-sent" → "re". */
export function anchorOf(phrase: string): string {
  const anchor = /^[a-z0-9]+/.exec(phrase.toLowerCase())?.[0];
  if (!anchor) throw new Error(`"${phrase}" cannot anchor a pattern: it must start with a letter or digit`);
  return anchor;
}

export function anchorSet(phrases: Iterable<string>): ReadonlySet<string> {
  return new Set(Array.from(phrases, anchorOf));
}

/** Whether the sentence holds one of `anchors`: a phrase a regex finds between word boundaries
 * always has its anchor among the sentence's runs of letters and digits. */
export function hasAnchor(sentence: SentenceView, anchors: ReadonlySet<string>): boolean {
  return sentence.runs.some((run) => anchors.has(run));
}
