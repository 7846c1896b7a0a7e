import type { SentenceView } from './sentence.js';

/**
 * Anchor words: the words a pattern cannot match without (the first word of each phrase it is
 * built from, or a word its fixed part needs). A regex that finds a word between word
 * boundaries always finds it among the sentence's runs of letters and digits, so an anchor test
 * never rules out a match. Each set of anchors is a word test with a bit of its own: one map
 * look-up per word of a sentence answers every test at once (`SentenceView.wordTests`), and
 * most sentences hold no anchor of most patterns.
 */
export interface WordTest {
  /** The test's bit in `SentenceView.wordTests`; 0 when the bits ran out (then the words are searched). */
  readonly bit: number;
  readonly words: ReadonlySet<string>;
}

const bitsByWord = new Map<string, number>();
let testCount = 0;

/** The leading run of letters and digits of a phrase: "sorted out" → "sorted", "re-sent" → "re". */
export function anchorOf(phrase: string): string {
  const anchor = /^[a-z0-9]+/.exec(phrase.toLowerCase())?.[0];
  if (!anchor) throw new Error(`"${phrase}" cannot anchor a pattern: it must start with a letter or digit`);
  return anchor;
}

function anchorSet(phrases: Iterable<string>): ReadonlySet<string> {
  return new Set(Array.from(phrases, anchorOf));
}

/** A test for the anchors of `phrases`; made once, at module load, for each pattern. */
export function wordTest(phrases: Iterable<string>): WordTest {
  const words = anchorSet(phrases);
  // 31 bits fit a small integer; later tests still work, by searching the sentence's words.
  const bit = testCount < 31 ? 1 << testCount++ : 0;
  if (bit !== 0) for (const word of words) bitsByWord.set(word, (bitsByWord.get(word) ?? 0) | bit);
  return { bit, words };
}

/** The bits of every word test a sentence's runs of letters and digits pass. */
export function wordTestBits(runs: readonly string[]): number {
  let bits = 0;
  for (const run of runs) bits |= bitsByWord.get(run) ?? 0;
  return bits;
}

/** Whether the sentence holds one of the test's anchor words. */
export function passes(sentence: SentenceView, test: WordTest): boolean {
  if (test.bit !== 0) return (sentence.wordTests & test.bit) !== 0;
  return sentence.runs.some((run) => test.words.has(run));
}
