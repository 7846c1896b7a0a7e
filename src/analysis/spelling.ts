import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import nspell from 'nspell';

export type SpellingLanguage = 'en-US' | 'en-GB' | 'en';

export interface SpellChecker {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

const packages: Record<Exclude<SpellingLanguage, 'en'>, string> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
};
const loaded = new Map<string, ReturnType<typeof nspell>>();

function dictionary(language: Exclude<SpellingLanguage, 'en'>): ReturnType<typeof nspell> {
  let speller = loaded.get(language);
  if (!speller) {
    // The dictionaries ship with the package; reading them is loading code data, not user input.
    const entry = pathToFileURL(createRequire(import.meta.url).resolve(packages[language]));
    speller = nspell({
      aff: readFileSync(new URL('index.aff', entry)),
      dic: readFileSync(new URL('index.dic', entry)),
    });
    loaded.set(language, speller);
  }
  return speller;
}

/**
 * A spell checker for `language` ("en" accepts either spelling); each dictionary is built on
 * first use and kept. For "en" the British dictionary is built only when the US one rejects
 * a word, so most replies pay for one dictionary.
 */
export function spellChecker(language: SpellingLanguage): SpellChecker {
  const cached = checkers.get(language);
  if (cached) return cached;
  const first = language === 'en' ? 'en-US' : language;
  const fallback = language === 'en' ? 'en-GB' : undefined;
  // Word frequencies follow Zipf's law: a small bounded memo answers most look-ups.
  const known = new BoundedMemo<boolean>(50_000);
  const suggestions = new BoundedMemo<string[]>(2_000);
  const checker: SpellChecker = {
    correct: (word) =>
      known.get(
        word,
        () =>
          dictionary(first).correct(word) || (fallback !== undefined && dictionary(fallback).correct(word)),
      ),
    suggest: (word) => suggestions.get(word, () => dictionary(first).suggest(word)),
  };
  checkers.set(language, checker);
  return checker;
}

const checkers = new Map<string, SpellChecker>();

/** A memo that forgets everything when full: bounded memory, no bookkeeping per hit. */
class BoundedMemo<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string, compute: () => V): V {
    const hit = this.values.get(key);
    if (hit !== undefined) return hit;
    if (this.values.size >= this.limit) this.values.clear();
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}
