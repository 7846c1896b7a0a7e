import { describe, expect, it } from 'vitest';
import { inflect } from '../src/analysis/morphology.js';

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
