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
  const first = language === 'en' ? 'en-US' : language;
  const fallback = language === 'en' ? 'en-GB' : undefined;
  return {
    correct: (word) =>
      dictionary(first).correct(word) || (fallback !== undefined && dictionary(fallback).correct(word)),
    suggest: (word) => dictionary(first).suggest(word),
  };
}
