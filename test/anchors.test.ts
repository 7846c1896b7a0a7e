import { describe, expect, it } from 'vitest';
import { anchorOf, passes, wordTest } from '../src/engine/anchors.js';
import { sentenceViews } from '../src/engine/sentence.js';
import { parseReply } from '../src/parse/processor.js';

const sentence = (text: string) => {
  const parsed = parseReply(text);
  const [first] = sentenceViews(parsed.tree, parsed.text);
  if (!first) throw new Error('no sentence');
  return first;
};

describe('word tests', () => {
  it('anchor a phrase on its first run of letters and digits', () => {
    expect(anchorOf('Sorted out')).toBe('sorted');
    expect(anchorOf('re-sent')).toBe('re');
    expect(() => anchorOf("'ll")).toThrow(/cannot anchor/);
  });

  it('pass a sentence that holds an anchor word, and only such a sentence', () => {
    const refunds = wordTest(['refunded the charge', 'credited']);
    expect(passes(sentence("We've refunded it."), refunds)).toBe(true);
    expect(passes(sentence('It was CREDITED today.'), refunds)).toBe(true);
    // Part of a longer word is not the word.
    expect(passes(sentence('The refundedness of it.'), refunds)).toBe(false);
    expect(passes(sentence('Nothing happened.'), refunds)).toBe(false);
  });

  it('read contractions as a regex does: "we\'ll" holds the run "ll"', () => {
    const future = wordTest(['will', 'll']);
    expect(passes(sentence("We'll call you."), future)).toBe(true);
    expect(passes(sentence('We called you.'), future)).toBe(false);
  });

  it('still work once the bits run out, by searching the words', () => {
    const tests = Array.from({ length: 40 }, (_, index) => wordTest([`word${index}`]));
    const last = tests.at(-1);
    if (!last) throw new Error('no test');
    expect(last.bit).toBe(0);
    expect(passes(sentence('We sent word39 today.'), last)).toBe(true);
    expect(passes(sentence('We sent word38 today.'), last)).toBe(false);
  });
});
