import { describe, expect, it } from 'vitest';
import * as lexicon from '../src/analysis/lexicon.js';
import { forms, inflect, phraseAlternation } from '../src/analysis/morphology.js';

describe('inflect', () => {
  const cases: Array<[string, string, string, string]> = [
    ['refund', 'refunds', 'refunded', 'refunding'],
    ['replace', 'replaces', 'replaced', 'replacing'],
    ['fix', 'fixes', 'fixed', 'fixing'],
    ['apply', 'applies', 'applied', 'applying'],
    ['ship', 'ships', 'shipped', 'shipping'],
    ['fit', 'fits', 'fitted', 'fitting'],
    ['ring', 'rings', 'rang', 'ringing'],
    ['send', 'sends', 'sent', 'sending'],
    ['speak to', 'speaks to', 'spoke to', 'speaking to'],
  ];
  for (const [base, third, past, gerund] of cases) {
    it(base, () => {
      const forms = inflect(base);
      expect([forms.third, forms.past, forms.gerund]).toEqual([third, past, gerund]);
    });
  }
  it('uses the participle of irregular verbs', () => {
    expect(inflect('speak').participle).toBe('spoken');
    expect(inflect('take').participle).toBe('taken');
  });
});

describe('phraseAlternation', () => {
  /** The plain form: every phrase escaped, longest first. */
  const flat = (phrases: string[]) =>
    [...new Set(phrases)]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|');

  it('matches exactly what a flat longest-first alternation matches', () => {
    const phrases = [
      ...forms(lexicon.actionVerbs, (f) => [f.base, f.past, f.gerund]),
      ...lexicon.vagueTimes,
      'sort out',
      'sort',
      'a.m.',
      'c++ (beta)',
    ];
    const trie = new RegExp(`\\b(?:${phraseAlternation(phrases)})\\b`);
    const plain = new RegExp(`\\b(?:${flat(phrases)})\\b`);
    for (const phrase of phrases) {
      for (const text of [phrase, `${phrase} the`, `${phrase}s now`, `${phrase}  out`, `we ${phrase}ed it`]) {
        expect(trie.exec(text)?.[0], text).toBe(plain.exec(text)?.[0]);
      }
    }
  });

  it('lets white space stand for a space and escapes regex characters', () => {
    const pattern = new RegExp(`^(?:${phraseAlternation(['get in touch', 'a.m.', 'get'])})$`);
    expect(pattern.test('get   in\ttouch')).toBe(true);
    expect(pattern.test('a.m.')).toBe(true);
    expect(pattern.test('axmx')).toBe(false);
    expect(pattern.test('get')).toBe(true);
  });
});
