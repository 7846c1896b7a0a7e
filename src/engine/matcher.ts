import type { Token } from './sentence.js';

/**
 * One pre-indexed phrase matcher over a sentence's tokens: every phrase of a list goes into one
 * word trie, so a sentence is read once however long the list.
 * Phrase syntax, word by word: `a|b` alternatives, a trailing `?` for an optional word, `*`
 * for any one word, and `(several words|others)` for alternatives of more than one word.
 * The first word may not be optional. Whitespace is skipped; any other token must match.
 */
interface Slot {
  words: string[] | 'any';
  optional: boolean;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  entry: T;
}

/** A phrase read up to slot `index`: what a trie node still has to spell out below it. */
interface Pending<T> {
  slots: Slot[];
  index: number;
  entry: T;
  order: number;
}

/**
 * A node of the word trie. Nodes are spelled out on first visit: a sentence walks a handful of
 * the thousands of paths the phrase lists make, so start-up builds almost nothing.
 */
interface TrieNode<T> {
  pending: Array<Pending<T>> | undefined;
  next: Map<string, TrieNode<T>>;
  /** The edge for `*`: any one word. */
  any: TrieNode<T> | undefined;
  /** Phrases that end here, with their place in the list (the earlier wins a tie). */
  ends: Array<{ entry: T; order: number }>;
}

const newNode = <T>(): TrieNode<T> => ({
  pending: [],
  next: new Map(),
  any: undefined,
  ends: [],
});

/** Spells out a node's children from its pending phrases (optional words take both paths). */
function expand<T>(node: TrieNode<T>): TrieNode<T> {
  const pending = node.pending;
  if (!pending) return node;
  node.pending = undefined;
  for (let i = 0; i < pending.length; i++) {
    const item = pending[i] as Pending<T>;
    const slot = item.slots[item.index];
    if (!slot) {
      node.ends.push({ entry: item.entry, order: item.order });
      continue;
    }
    const rest = { ...item, index: item.index + 1 };
    if (slot.optional) pending.push(rest);
    if (slot.words === 'any') {
      node.any ??= newNode();
      node.any.pending?.push(rest);
      continue;
    }
    for (const word of slot.words) {
      let child = node.next.get(word);
      if (!child) {
        child = newNode();
        node.next.set(word, child);
      }
      child.pending?.push(rest);
    }
  }
  return node;
}

export class PhraseMatcher<T extends { phrase: string }> {
  private readonly root: TrieNode<T> = newNode();
  private count = 0;

  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      for (const phrase of expandGroups(foldWordGroups(entry.phrase))) this.add(phrase, entry);
    }
    expand(this.root);
  }

  private add(phrase: string, entry: T): void {
    const slots = phrase
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .split(/\s+/)
      .filter(Boolean)
      .map((part): Slot => {
        const optional = part.endsWith('?') && part.length > 1;
        const body = optional ? part.slice(0, -1) : part;
        return { words: body === '*' ? 'any' : body.split('|'), optional };
      });
    const [first] = slots;
    if (!first || first.optional || first.words === 'any') {
      throw new Error(`Phrase "${phrase}" must start with a required, literal word`);
    }
    this.root.pending?.push({ slots, index: 0, entry, order: this.count++ });
  }

  /**
   * Matches left to right over a sentence's tokens without white space (`SentenceView.content`);
   * at each start the longest phrase wins, and matches do not overlap.
   */
  match(content: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let position = 0; position < content.length; position++) {
      const token = content[position];
      const first = token && this.root.next.get(token.lower);
      if (!token || !first) continue;
      const best: Best<T> = { end: -1, next: 0, entry: undefined, order: 0 };
      walk(content, expand(first), position + 1, best);
      if (best.entry !== undefined) {
        found.push({ start: token.start, end: best.end, entry: best.entry });
        position = best.next - 1;
      }
    }
    return found;
  }
}

/** The longest phrase found so far from one start (the earlier in the list wins a tie). */
interface Best<T> {
  end: number;
  next: number;
  entry: T | undefined;
  order: number;
}

/** Follows the trie from `node` over the tokens from `at`, keeping the best phrase end in `best`. */
function walk<T>(content: readonly Token[], node: TrieNode<T>, at: number, best: Best<T>): void {
  const last = content[at - 1];
  if (last) {
    for (const { entry, order } of node.ends) {
      if (best.entry === undefined || last.end > best.end || (last.end === best.end && order < best.order)) {
        best.end = last.end;
        best.next = at;
        best.entry = entry;
        best.order = order;
      }
    }
  }
  const here = content[at];
  if (!here) return;
  const child = node.next.get(here.lower);
  if (child) walk(content, expand(child), at + 1, best);
  if (node.any && here.kind === 'word') walk(content, expand(node.any), at + 1, best);
}

/**
 * A group of single words that stands as a word of its own, "(we|i)" or "(may|might)?", is the
 * word alternative "we|i": the same paths through the trie, without multiplying the phrases
 * (one boilerplate entry spelled out 144 phrases, which start-up paid for).
 */
function foldWordGroups(phrase: string): string {
  return phrase.replace(/(^|\s)\(([^()\s*?]+)\)(?=\?|\s|$)/g, (whole, before: string, choices: string) =>
    choices.split('|').every(Boolean) ? `${before}${choices}` : whole,
  );
}

/** "(thank you|thanks) for" → ["thank you for", "thanks for"]; groups expand left to right. */
export function expandGroups(phrase: string): string[] {
  const group = /\(([^()]*)\)/.exec(phrase);
  if (!group) return [phrase.replace(/\s+/g, ' ').trim()];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  return (group[1] ?? '').split('|').flatMap((choice) => expandGroups(`${before}${choice}${after}`));
}
