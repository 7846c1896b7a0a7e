import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { spellChecker } from '../src/analysis/spelling.js';
import { lint } from '../src/index.js';

/** Hunspell itself, built (once per dictionary) from the same dictionaries the build expands. */
const references = new Map<string, ReturnType<typeof nspell>>();
function hunspell(name: string) {
  let reference = references.get(name);
  if (!reference) {
    const entry = pathToFileURL(createRequire(import.meta.url).resolve(name));
    reference = nspell({
      aff: readFileSync(new URL('index.aff', entry)),
      dic: readFileSync(new URL('index.dic', entry)),
    });
    references.set(name, reference);
  }
  return reference;
}

/**
 * Every lower-case word of the fixtures and of the development replies, every 25th entry of each
 * dictionary, and near misses made of each (a dropped letter, a swap, an added ending).
 */
function sampleWords(): string[] {
  const texts: string[] = [];
  for (const name of ['dictionary-en', 'dictionary-en-gb']) {
    texts.push(
      // nspell keeps its expanded words in `data` (untyped): the build reads the same field.
      Object.keys((hunspell(name) as unknown as { data: Record<string, unknown> }).data)
        .filter((_, index) => index % 25 === 0)
        .join(' '),
    );
  }
  const walk = (directory: URL) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, directory));
      else if (entry.name.endsWith('.txt')) texts.push(readFileSync(new URL(entry.name, directory), 'utf8'));
    }
  };
  walk(new URL('../fixtures/', import.meta.url));
  try {
    const dev = readFileSync(new URL('../../shared/data/dev.jsonl', import.meta.url), 'utf8');
    for (const line of dev.split('\n'))
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  } catch {
    // Without the development set the dictionaries and the fixtures still make a broad sample.
  }
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/[a-z]+(?:'[a-z]+)?/g) ?? []) {
      words.add(word);
      if (word.length > 3) {
        words.add(word.slice(0, 2) + word.slice(3)); // a dropped letter
        words.add(word.slice(0, 1) + word.charAt(2) + word.charAt(1) + word.slice(3)); // a swap
        words.add(`${word}s`);
        words.add(`${word}ed`);
      }
    }
  }
  return [...words];
}

describe('spelling', () => {
  const words = sampleWords();

  it.each([
    ['en-US', ['dictionary-en']],
    ['en-GB', ['dictionary-en-gb']],
    ['en', ['dictionary-en', 'dictionary-en-gb']],
  ] as const)('the precomputed %s list accepts exactly what Hunspell accepts', (language, packages) => {
    const references = packages.map(hunspell);
    const checker = spellChecker(language);
    const disagreements = words.filter(
      (word) => checker.correct(word) !== references.some((reference) => reference.correct(word)),
    );
    expect(words.length).toBeGreaterThan(5000);
    expect(disagreements).toEqual([]);
  });

  it("accepts a vocabulary's words beside the dictionary's, one memo per vocabulary", () => {
    const checker = spellChecker('en-US');
    const vocabulary = new Set(['zendesk']);
    const known = checker.knownWith(vocabulary);
    expect(['zendesk', 'refund', 'colour', 'zendsk'].map(known)).toEqual([true, true, false, false]);
    expect(checker.knownWith(vocabulary)).toBe(known);
    expect(checker.knownWith(new Set())('zendesk')).toBe(false);
  });

  it('the two spellings differ where they should', () => {
    expect(spellChecker('en-US').correct('colour')).toBe(false);
    expect(spellChecker('en-GB').correct('colour')).toBe(true);
    expect(spellChecker('en-GB').correct('color')).toBe(false);
    expect(spellChecker('en').correct('colour') && spellChecker('en').correct('color')).toBe(true);
  });

  it.each([
    ['recieved', 'received'],
    ['occured', 'occurred'],
    ['untill', 'until'],
    ['definately', 'definitely'],
    ['dont', "don't"],
    ['seperate', 'separate'],
    ['tommorow', 'tomorrow'],
    ['neccessary', 'necessary'],
  ])('suggests "%s" → "%s" first', (typo, word) => {
    expect(spellChecker('en').suggest(typo)[0]).toBe(word);
  });

  it('suggests at most three known words, and nothing for a word too far from any', () => {
    const checker = spellChecker('en');
    const suggestions = checker.suggest('wierd');
    expect(suggestions.length).toBeLessThanOrEqual(3);
    for (const word of suggestions) expect(checker.correct(word)).toBe(true);
    expect(checker.suggest('qzxvjkqzxv')).toEqual([]);
  });

  it('a curly apostrophe is read as a straight one', () => {
    expect(spellChecker('en').correct('don’t')).toBe(true);
  });

  it('the misspelling finding carries the suggestion', () => {
    const finding = lint('I have recieved your message.', { kind: 'complaint' }).messages.find(
      (message) => message.ruleId === 'no-typos',
    );
    expect(finding?.messageId).toBe('misspelled');
    expect(finding?.expected[0]).toBe('received');
  });
});
