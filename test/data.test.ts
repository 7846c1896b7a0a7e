import { describe, expect, it } from 'vitest';
import { boilerplate } from '../rules/data/boilerplate.js';
import { deflections } from '../rules/data/deflection.js';
import { confusions } from '../rules/data/typos.js';
import * as lexicon from '../src/analysis/lexicon.js';
import { expandGroups, PhraseMatcher } from '../src/engine/matcher.js';
import { sentenceViews } from '../src/engine/sentence.js';
import { parseReply } from '../src/parse/processor.js';

const phraseLists = { boilerplate, deflections, confusions };

describe('phrase data', () => {
  for (const [name, list] of Object.entries(phraseLists)) {
    it(`${name}: phrases are normalised (lower case, single spaces, straight apostrophes)`, () => {
      for (const { phrase } of list) {
        expect(phrase).toBe(phrase.toLowerCase().trim().replace(/\s+/g, ' '));
        expect(phrase).not.toMatch(/[\u2018\u2019]/);
      }
    });
    it(`${name}: no phrase is listed twice, even after expanding groups`, () => {
      const expanded = list.flatMap(({ phrase }) => expandGroups(phrase));
      const duplicates = expanded.filter((phrase, index) => expanded.indexOf(phrase) !== index);
      expect(duplicates).toEqual([]);
    });
    it(`${name}: compiles into the matcher`, () => {
      expect(() => new PhraseMatcher<{ phrase: string }>(list)).not.toThrow();
    });
    it(`${name}: the matcher finds what the phrases spelled out one by one find`, () => {
      const entries: ReadonlyArray<{ phrase: string }> = list;
      const spelledOut = entries.flatMap((entry) =>
        expandGroups(entry.phrase).map((phrase) => ({ phrase, entry })),
      );
      const matcher = new PhraseMatcher(entries);
      const reference = new PhraseMatcher(spelledOut);
      for (const { phrase } of spelledOut) {
        // Each phrase as a sentence: optional words kept, any-word slots filled.
        const text = `Well, ${phrase
          .replace(/\?/g, '')
          .replace(/\*/g, 'thing')
          .replace(/\|[^\s]*/g, '')} today.`;
        const parsed = parseReply(text);
        for (const sentence of sentenceViews(parsed.tree, parsed.text)) {
          const found = matcher.match(sentence.content).map((m) => [m.start, m.end, m.entry]);
          const expected = reference.match(sentence.content).map((m) => [m.start, m.end, m.entry.entry]);
          expect(found).toEqual(expected);
        }
      }
    });
  }

  for (const [name, value] of Object.entries(lexicon)) {
    if (!Array.isArray(value)) continue;
    it(`lexicon ${name}: lower case, no duplicates`, () => {
      for (const word of value) expect(word).toBe(word.toLowerCase().trim());
      expect(new Set(value).size).toBe(value.length);
    });
  }
});

describe('phrase data validation', () => {
  it('every built-in list satisfies its schema', async () => {
    const { validated, boilerplateEntry, deflectionEntry, confusionEntry } = await import(
      '../rules/data/schema.js'
    );
    expect(() => validated('boilerplate', boilerplateEntry, boilerplate)).not.toThrow();
    expect(() => validated('deflections', deflectionEntry, deflections)).not.toThrow();
    expect(() => validated('confusions', confusionEntry, confusions)).not.toThrow();
  });

  it('rejects a badly normalised phrase with its index', async () => {
    const { validated, deflectionEntry } = await import('../rules/data/schema.js');
    expect(() => validated('x', deflectionEntry, [{ phrase: 'Per Policy', kind: 'policy' }])).toThrow(
      /x\[0\.phrase\]/,
    );
  });
});
