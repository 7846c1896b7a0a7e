import { existsSync, readFileSync } from 'node:fs';

export type SpellingLanguage = 'en-US' | 'en-GB' | 'en';
type Dictionary = Exclude<SpellingLanguage, 'en'>;

export interface SpellChecker {
  /** Whether `word` (lower case) is spelled right. */
  correct(word: string): boolean;
  /** Up to three known words one edit away from `word`, likeliest first. */
  suggest(word: string): string[];
  /**
   * A test for "in `vocabulary`, or spelled right", memoised per vocabulary: a word seen before
   * costs one look-up.
   */
  knownWith(vocabulary: ReadonlySet<string>): (word: string) => boolean;
}

// The build expands each Hunspell dictionary into a sorted list of the lower-case words it
// accepts (scripts/build-dictionaries.mjs). This module runs bundled (dist/) and
// from source in tests, so the list is looked for from both.
const directories = ['./dictionaries/', '../../dist/dictionaries/'].map(
  (path) => new URL(path, import.meta.url),
);
const lists = new Map<Dictionary, WordList>();

function wordList(language: Dictionary): WordList {
  let list = lists.get(language);
  if (!list) {
    const file = directories.map((directory) => new URL(`${language}.txt`, directory)).find(existsSync);
    if (!file) throw new Error(`the ${language} spelling dictionary is missing: run "npm run build"`);
    list = new WordList(readFileSync(file, 'utf8'));
    lists.set(language, list);
  }
  return list;
}

/**
 * A sorted, newline-separated word list searched in place: nothing is built on load, and a
 * look-up is a binary search over character positions (about 17 steps for 100,000 words).
 */
class WordList {
  constructor(private readonly text: string) {}
  has(word: string): boolean {
    return this.search(word, (candidate) => candidate === word);
  }
  /** Whether some word starts with `prefix`: such words sort together, right after `prefix`. */
  hasPrefix(prefix: string): boolean {
    return this.search(prefix, (candidate) => candidate.startsWith(prefix));
  }
  private search(key: string, matches: (candidate: string) => boolean): boolean {
    const text = this.text;
    let low = 1; // the list starts with a newline; `low` is always the start of a line
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = text.lastIndexOf('\n', middle - 1) + 1;
      const end = text.indexOf('\n', start);
      const candidate = text.slice(start, end);
      if (matches(candidate)) return true;
      if (candidate < key) low = end + 1;
      else high = start;
    }
    return false;
  }
}

/**
 * A spell checker for `language` ("en" accepts either spelling). For "en" the British list is
 * read only when the US one rejects a word.
 */
export function spellChecker(language: SpellingLanguage): SpellChecker {
  const cached = checkers.get(language);
  if (cached) return cached;
  const first: Dictionary = language === 'en' ? 'en-US' : language;
  const fallback: Dictionary | undefined = language === 'en' ? 'en-GB' : undefined;
  const dictionary: Lookup = {
    has: (word) => wordList(first).has(word) || (fallback !== undefined && wordList(fallback).has(word)),
    hasPrefix: (prefix) =>
      wordList(first).hasPrefix(prefix) || (fallback !== undefined && wordList(fallback).hasPrefix(prefix)),
  };
  // Word frequencies follow Zipf's law: a small bounded memo answers most look-ups.
  const known = new BoundedMemo<boolean>(50_000);
  const suggestions = new BoundedMemo<string[]>(2_000);
  // Made once: a closure per look-up would cost more than the memo's hit.
  const isWord = (word: string) => dictionary.has(word.replace(/’/g, "'"));
  const nearest = (word: string) => nearestWords(word.replace(/’/g, "'"), dictionary);
  const withVocabulary = new WeakMap<ReadonlySet<string>, (word: string) => boolean>();
  const checker: SpellChecker = {
    correct: (word) => known.get(word, isWord),
    suggest: (word) => suggestions.get(word, nearest),
    knownWith: (vocabulary) => {
      let test = withVocabulary.get(vocabulary);
      if (!test) {
        const memo = new BoundedMemo<boolean>(50_000);
        const inVocabularyOrSpelled = (word: string) => vocabulary.has(word) || isWord(word);
        test = (word) => memo.get(word, inVocabularyOrSpelled);
        withVocabulary.set(vocabulary, test);
      }
      return test;
    },
  };
  checkers.set(language, checker);
  return checker;
}

const checkers = new Map<string, SpellChecker>();

interface Lookup {
  has(word: string): boolean;
  hasPrefix(prefix: string): boolean;
}

const alphabet = "abcdefghijklmnopqrstuvwxyz'";
const vowels = new Set('aeiouy');
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters next to each other on a QWERTY keyboard, the commonest slip of a finger. */
const neighbours = new Map<string, Set<string>>();
keyboardRows.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const around = new Set<string>();
    for (const other of [keyboardRows[r - 1], row, keyboardRows[r + 1]]) {
      for (const at of [c - 1, c, c + 1]) {
        const key = other?.[at];
        if (key && key !== row[c]) around.add(key);
      }
    }
    neighbours.set(row.charAt(c), around);
  }
});

/** How unlikely it is that the writer meant `to` but typed `from`: a slipped key costs less. */
function substitutionCost(from: string, to: string): number {
  if (neighbours.get(from)?.has(to) || (vowels.has(from) && vowels.has(to))) return 2;
  return 3;
}

/**
 * Calls `visit` with every string one edit (a swap, a change, a dropped or an extra character)
 * from `word` whose slip costs at most `maxCost`: swaps and doubled letters cost least, a
 * changed first letter most.
 */
function forEachEdit(
  word: string,
  dictionary: Lookup,
  maxCost: number,
  visit: (candidate: string, cost: number) => void,
): void {
  const offer = (cost: number, make: () => string) => {
    if (cost <= maxCost) visit(make(), cost);
  };
  for (let at = 0; at <= word.length; at++) {
    const firstLetter = at === 0 ? 1 : 0;
    const before = word.slice(0, at);
    // Every edit from here on keeps `before`: when no word starts so, none can come of them.
    if (at > 0 && !dictionary.hasPrefix(before)) return;
    const here = word.charAt(at);
    const after = word.slice(at + 1);
    if (at < word.length) {
      // "untill" → "until": dropping one of a doubled letter is the likeliest deletion.
      const doubled = here === word.charAt(at - 1) || here === word.charAt(at + 1);
      offer((doubled ? 1 : vowels.has(here) ? 2 : 3) + firstLetter, () => before + after);
      const next = word.charAt(at + 1);
      if (next && next !== here) offer(1 + firstLetter, () => before + next + here + word.slice(at + 2));
      for (const letter of alphabet) {
        if (letter !== here)
          offer(substitutionCost(here, letter) + firstLetter, () => before + letter + after);
      }
    }
    for (const letter of alphabet) {
      // "ocurred" → "occurred", "dont" → "don't": doubling a letter or adding an apostrophe.
      const likely = letter === "'" || letter === word.charAt(at - 1) || letter === here;
      offer((likely ? 1 : vowels.has(letter) ? 2 : 3) + firstLetter, () => before + letter + word.slice(at));
    }
  }
}

/** The dearest pair of slips looked for when no single one makes a word: "tommorow" → "tomorrow". */
const dearestTwoSlips = 3;

/**
 * Known words one slip from `word`, likeliest first; when there are none, words two cheap slips
 * away (trying every pair of edits would cost a hundred times more).
 */
function nearestWords(word: string, dictionary: Lookup): string[] {
  const costs = new Map<string, number>();
  const keep = (candidate: string, cost: number) => {
    if (candidate === word || (costs.get(candidate) ?? Number.POSITIVE_INFINITY) <= cost) return;
    if (dictionary.has(candidate)) costs.set(candidate, cost);
  };
  forEachEdit(word, dictionary, Number.POSITIVE_INFINITY, keep);
  if (costs.size === 0) {
    forEachEdit(word, dictionary, dearestTwoSlips - 1, (once, cost) =>
      forEachEdit(once, dictionary, dearestTwoSlips - cost, (twice, more) => keep(twice, cost + more)),
    );
  }
  return [...costs]
    .sort(([a, costA], [b, costB]) => costA - costB || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 3)
    .map(([candidate]) => candidate);
}

/** A memo that forgets everything when full: bounded memory, no bookkeeping per hit. */
class BoundedMemo<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string, compute: (key: string) => V): V {
    const hit = this.values.get(key);
    if (hit !== undefined) return hit;
    if (this.values.size >= this.limit) this.values.clear();
    const value = compute(key);
    this.values.set(key, value);
    return value;
  }
}
