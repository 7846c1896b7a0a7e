import type { Token } from './sentence.js';

/**
 * One pre-indexed phrase matcher (keyed by the first word) over a sentence's tokens.
 * Phrase syntax, word by word: `a|b` alternatives, a trailing `?` for an optional word, `*`
 * for any one word, and `(several words|others)` for alternatives of more than one word.
 * The first word may not be optional. Whitespace is skipped; any other token must match.
 */
interface Slot {
  words: Set<string> | 'any';
  optional: boolean;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  entry: T;
}

export class PhraseMatcher<T extends { phrase: string }> {
  private readonly index = new Map<string, Array<{ slots: Slot[]; entry: T }>>();

  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      for (const phrase of expandGroups(entry.phrase)) this.add(phrase, entry);
    }
  }

  private add(phrase: string, entry: T): void {
    {
      const slots = phrase
        .toLowerCase()
        .replace(/[\u2018\u2019]/g, "'")
        .split(/\s+/)
        .filter(Boolean)
        .map((part): Slot => {
          const optional = part.endsWith('?') && part.length > 1;
          const body = optional ? part.slice(0, -1) : part;
          return { words: body === '*' ? 'any' : new Set(body.split('|')), optional };
        });
      const [first] = slots;
      if (!first || first.optional || first.words === 'any') {
        throw new Error(`Phrase "${phrase}" must start with a required, literal word`);
      }
      for (const word of first.words) {
        const list = this.index.get(word) ?? [];
        list.push({ slots, entry });
        this.index.set(word, list);
      }
    }
  }

  match(tokens: readonly Token[]): PhraseMatch<T>[] {
    const content = tokens.filter((t) => t.kind !== 'whitespace');
    const found: PhraseMatch<T>[] = [];
    let resumeAt = 0;
    for (let position = 0; position < content.length; position++) {
      const token = content[position];
      if (!token || position < resumeAt) continue;
      const candidates = this.index.get(token.lower);
      if (!candidates) continue;
      let best: { end: number; next: number; entry: T } | undefined;
      for (const { slots, entry } of candidates) {
        const next = matchSlots(slots, content, position, 0);
        if (next === -1) continue;
        const last = content[next - 1];
        if (last && (!best || last.end > best.end)) best = { end: last.end, next, entry };
      }
      if (best) {
        found.push({ start: token.start, end: best.end, entry: best.entry });
        resumeAt = best.next;
      }
    }
    return found;
  }
}

/** Index after the match, or -1. Optional slots try "present" first; phrases are short. */
function matchSlots(slots: Slot[], tokens: readonly Token[], at: number, slotIndex: number): number {
  const slot = slots[slotIndex];
  if (!slot) return at;
  const token = tokens[at];
  const fits =
    token !== undefined && (slot.words === 'any' ? token.kind === 'word' : slot.words.has(token.lower));
  if (fits) {
    const next = matchSlots(slots, tokens, at + 1, slotIndex + 1);
    if (next !== -1) return next;
  }
  return slot.optional ? matchSlots(slots, tokens, at, slotIndex + 1) : -1;
}

/** "(thank you|thanks) for" → ["thank you for", "thanks for"]; groups expand left to right. */
export function expandGroups(phrase: string): string[] {
  const group = /\(([^()]*)\)/.exec(phrase);
  if (!group) return [phrase.replace(/\s+/g, ' ').trim()];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  return (group[1] ?? '').split('|').flatMap((choice) => expandGroups(`${before}${choice}${after}`));
}
