import type { Root, Sentence, SentenceContent } from 'nlcst';
import { toString as nodeText } from 'nlcst-to-string';
import type { SentenceRole, SyntaxKind } from '../parse/extensions.js';
import { wordTestBits } from './anchors.js';

export interface Token {
  kind: 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source';
  text: string;
  /** Lower case with curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  syntax?: SyntaxKind;
  /** For placeholders: whether the name denotes a date or time. */
  denotesTime?: boolean;
}

/** A sentence as rules see it: its tokens, and its text ready for pattern matching. */
export interface SentenceView {
  node: Sentence;
  role: SentenceRole;
  /** Index among the reply's sentences (all roles). */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** The sentence exactly as in the input. */
  text: string;
  /**
   * Same length as `text`: lower case, straight apostrophes, and every syntax node (URL,
   * placeholder, mention…) masked with `_`, so patterns can search prose and offsets map 1:1.
   */
  norm: string;
  tokens: Token[];
  /** Tokens without white space: what phrase matchers read. */
  content: Token[];
  /** Word tokens only (placeholders excluded). */
  words: Token[];
  /** The runs of letters and digits in `norm`, none empty: where anchor words are looked up (engine/anchors.ts). */
  runs: string[];
  /** The word tests (engine/anchors.ts) the sentence passes, as a bit set. */
  wordTests: number;
  /** Words plus placeholders: the count rules use for length. */
  wordCount: number;
}

function isRunCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * The runs of letters and digits in the sentence's prose: the non-empty parts of
 * `norm.split(/[^a-z0-9]+/)`. Read token by token (a run never crosses a token), and most words
 * are one run already, so they cost no new string.
 */
function runsOf(tokens: readonly Token[]): string[] {
  const runs: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'whitespace' || token.kind === 'source') continue;
    const lower = token.lower;
    let start = 0;
    for (let index = 0; index <= lower.length; index++) {
      if (index < lower.length && isRunCode(lower.charCodeAt(index))) continue;
      if (index > start) runs.push(start === 0 && index === lower.length ? lower : lower.slice(start, index));
      start = index + 1;
    }
  }
  return runs;
}

/** Lower case with straight apostrophes, always the same length as `text` so offsets carry over. */
export function normalise(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters (such as "İ") grow when lowered; keep those as they are.
    lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  }
  return lower.replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'");
}

function tokenOf(child: SentenceContent, source: string, sentenceStart: number, lower: string): Token {
  const start = child.position?.start.offset;
  const end = child.position?.end.offset;
  // Slicing the parsed text is the node's text, without walking its children.
  const text = start !== undefined && end !== undefined ? source.slice(start, end) : nodeText(child);
  const from = start ?? 0;
  const token: Token = {
    kind: 'word',
    text,
    // The sentence is lowered once; normalising keeps lengths, so each token's part is a slice.
    lower:
      start !== undefined
        ? lower.slice(start - sentenceStart, start - sentenceStart + text.length)
        : normalise(text),
    start: from,
    end: from + text.length,
  };
  switch (child.type) {
    case 'WordNode':
      break;
    case 'PunctuationNode':
      token.kind = 'punctuation';
      break;
    case 'SymbolNode':
      token.kind = 'symbol';
      break;
    case 'WhiteSpaceNode':
      token.kind = 'whitespace';
      break;
    default: {
      token.kind = 'source';
      const data = (child.data ?? {}) as { syntax?: SyntaxKind; denotesTime?: boolean };
      token.syntax = data.syntax ?? 'url';
      if (data.denotesTime !== undefined) token.denotesTime = data.denotesTime;
    }
  }
  return token;
}

/** The one walk over the tree: every sentence, in order, as a view. `source` is the parsed text. */
export function sentenceViews(tree: Root, source: string): SentenceView[] {
  const views: SentenceView[] = [];
  let paragraphIndex = 0;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue;
      const firstChild = node.children[0];
      if (!firstChild) continue;
      const start = firstChild.position?.start.offset ?? 0;
      const end = node.children.at(-1)?.position?.end.offset ?? start;
      const text = source.slice(start, end);
      const lower = normalise(text);
      const tokens: Token[] = [];
      const content: Token[] = [];
      const words: Token[] = [];
      let masked = false;
      let placeholders = 0;
      for (const child of node.children) {
        const token = tokenOf(child, source, start, lower);
        tokens.push(token);
        if (token.kind === 'whitespace') continue;
        content.push(token);
        if (token.kind === 'word') words.push(token);
        else if (token.kind === 'source') {
          masked = true;
          if (token.syntax === 'placeholder') placeholders++;
        }
      }
      let norm = lower;
      if (masked) {
        norm = '';
        for (const token of tokens)
          norm += token.kind === 'source' ? '_'.repeat(token.text.length) : token.lower;
      }
      const runs = runsOf(tokens);
      views.push({
        node,
        role: ((node.data as { role?: SentenceRole } | undefined)?.role ?? 'body') as SentenceRole,
        index: views.length,
        paragraph: paragraphIndex,
        start,
        end: start + text.length,
        text,
        norm,
        tokens,
        content,
        words,
        runs,
        wordTests: wordTestBits(runs),
        wordCount: words.length + placeholders,
      });
    }
    paragraphIndex++;
  }
  return views;
}
