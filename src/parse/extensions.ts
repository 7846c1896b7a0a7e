import type { Paragraph, Root, Sentence, SentenceContent, Source, WhiteSpace } from 'nlcst';
import { allMatches, hasLineBreak } from '../text.js';
import { findPlaceholders, type PlaceholderSyntax, placeholderDenotesTime } from './placeholders.js';

/**
 * The text being parsed, for extensions to slice (re-joining node values costs more than the
 * parse). The processor sets it around each parse; parsing is synchronous, so one holder per
 * processor is enough.
 */
export interface ParseSource {
  text: string;
}

/** What a syntax node stands for; kept on `SourceNode.data.syntax`. */
export type SyntaxKind = 'placeholder' | 'email' | 'hashtag' | 'mention' | 'url' | 'agent-tag';
/** The part of the reply a sentence belongs to; kept on `SentenceNode.data.role`. */
export type SentenceRole = 'greeting' | 'body' | 'signoff';

interface Span {
  start: number;
  end: number;
  syntax: SyntaxKind;
  name?: string;
}

// Bounded quantifiers keep these linear in the input.
const emailPattern =
  /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
const hashtagPattern = /(?<![\w&#])#[A-Za-z][A-Za-z0-9_]{0,80}/g;
// Web addresses: a scheme or "www." and what follows up to a space or a bracket, or a bare
// domain with a common lower-case top-level domain. Bounded, so linear in the text.
const urlPattern =
  /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'()[\]{}]{1,2000}|\b[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.(?:com|org|net|io|co|uk|us|in|de|fr|es|nl|au|ca|ly|me|app|dev|info|biz|gov|edu|ai|tv|gl)\b(?:\/[^\s<>"'()[\]{}]{0,2000})?/g;
const mentionPattern = /(?<![\w@.])@[A-Za-z0-9_]{1,30}(?![\w@])/g;

/** Each syntax's pattern, run only where its marker (which every match holds) appears. */
const syntaxPatterns = [
  { pattern: emailPattern, syntax: 'email', marker: /@/ },
  { pattern: urlPattern, syntax: 'url', marker: /:\/\/|www\.|\.[a-z]/ },
  { pattern: hashtagPattern, syntax: 'hashtag', marker: /#/ },
  { pattern: mentionPattern, syntax: 'mention', marker: /@/ },
] as const;

function startOf(node: { position?: { start: { offset?: number | undefined } } | undefined }): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: { position?: { end: { offset?: number | undefined } } | undefined }): number {
  return node.position?.end.offset ?? 0;
}

/** Syntax spans in `text`, ascending and non-overlapping; placeholders win over the others. */
function findSpans(text: string, base: number, syntaxes: readonly PlaceholderSyntax[]): Span[] {
  const spans: Array<Span & { priority: number }> = findPlaceholders(text, syntaxes).map((m) => ({
    start: base + m.start,
    end: base + m.end,
    syntax: 'placeholder',
    name: m.name,
    priority: 0,
  }));
  for (const { pattern, syntax, marker } of syntaxPatterns) {
    if (!marker.test(text)) continue;
    for (const match of allMatches(pattern, text)) {
      // A sentence's closing full stop or bracket is not part of an address.
      const value = syntax === 'url' ? match[0].replace(/[.,;:!?]+$/, '') : match[0];
      const start = base + match.index;
      spans.push({ start, end: start + value.length, syntax, priority: syntax === 'email' ? 1 : 2 });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.priority - b.priority);
  const kept: Span[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (span.start < lastEnd) continue;
    kept.push(span);
    lastEnd = span.end;
  }
  return kept;
}

type Point = NonNullable<Source['position']>['start'];

function copyPoint({ line, column, offset }: Point): Point {
  return offset === undefined ? { line, column } : { line, column, offset };
}

function mergedNode(nodes: SentenceContent[], value: string, span: Span): Source | undefined {
  const first = nodes[0];
  const last = nodes.at(-1);
  if (!first?.position || !last?.position) return undefined;
  const data: Record<string, unknown> = { syntax: span.syntax };
  if (span.name !== undefined) {
    data.name = span.name;
    data.denotesTime = placeholderDenotesTime(span.name);
  }
  return {
    type: 'SourceNode',
    value,
    position: { start: copyPoint(first.position.start), end: copyPoint(last.position.end) },
    data,
  };
}

/**
 * Sentence extension: merges placeholders, e-mail addresses, hashtags and @mentions into single
 * `SourceNode`s, so they are neither spelled nor counted as words, and web addresses too
 * (retext-syntax-urls measured quadratic on long texts). One pass over the children:
 * linear in the sentence, however many it holds.
 */
export function mergeSyntax(syntaxes: readonly PlaceholderSyntax[], source: ParseSource) {
  return (sentence: Sentence): void => {
    const children = sentence.children;
    const first = children[0];
    const last = children.at(-1);
    if (!first || !last) return;
    const base = startOf(first);
    const text = source.text.slice(base, endOf(last));
    // Each pattern runs only where its marker appears, so a sentence without syntax costs a few searches.
    const spans = findSpans(text, base, syntaxes);
    if (spans.length === 0) return;
    const out: SentenceContent[] = [];
    let next = 0;
    for (let index = 0; index < children.length; ) {
      const child = children[index] as SentenceContent;
      const start = startOf(child);
      while ((spans[next]?.start ?? Number.POSITIVE_INFINITY) < start) next++;
      const span = spans[next];
      if (span && span.start === start) {
        let last = index;
        while (last < children.length - 1 && endOf(children[last] as SentenceContent) < span.end) last++;
        const node =
          endOf(children[last] as SentenceContent) === span.end
            ? mergedNode(
                children.slice(index, last + 1),
                text.slice(span.start - base, span.end - base),
                span,
              )
            : undefined;
        next++;
        if (node) {
          out.push(node);
          index = last + 1;
          continue;
        }
      }
      out.push(child);
      index++;
    }
    sentence.children = out;
  };
}

const greetingLine =
  /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|namaste)\b[^.?\n]{0,60}$/i;
const greetingWord = /^(?:hi|hello|hey|hiya|dear|greetings|namaste)$/i;
const closingLine =
  /^(?:(?:with )?(?:best|kind|kindest|warm|warmest|many|sincere)\s+(?:regards|wishes|thanks)|regards|sincerely|yours(?:\s+(?:truly|sincerely|faithfully))?|cheers|thanks(?: again)?|thank you|all the best|best|take care|respectfully|warmly|with gratitude)\s*[,.!]?$/i;
const agentTag = /(?:^|\s)(\^[A-Za-z]{1,5}\d?|\*[A-Za-z]{1,5}|[-–—~]\s?[A-Z][a-z]{1,20}(?:\s[A-Z]\.?)?)\s*$/;

interface Line {
  paragraph: Paragraph;
  sentence: Sentence;
  from: number; // child index in sentence, inclusive
  to: number; // child index in sentence, exclusive
}

function isLineBreak(node: SentenceContent): node is WhiteSpace {
  return node.type === 'WhiteSpaceNode' && hasLineBreak(node.value);
}

/** The reply's last `count` lines, in order, read from the end: sign-offs sit there. */
function lastLines(root: Root, count: number): Line[] {
  const lines: Line[] = [];
  for (let p = root.children.length - 1; p >= 0; p--) {
    const paragraph = root.children[p];
    if (paragraph?.type !== 'ParagraphNode') continue;
    for (let s = paragraph.children.length - 1; s >= 0; s--) {
      const sentence = paragraph.children[s];
      if (sentence?.type !== 'SentenceNode') continue;
      let to = sentence.children.length;
      for (let index = to - 1; index >= -1; index--) {
        const child = sentence.children[index];
        if (index === -1 || (child && isLineBreak(child))) {
          if (to > index + 1) lines.push({ paragraph, sentence, from: index + 1, to });
          if (lines.length === count) return lines.reverse();
          to = index;
        }
      }
    }
  }
  return lines.reverse();
}

/** The reply's first line: a greeting sits there. */
function firstLine(root: Root): Line | undefined {
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let from = 0;
      for (let index = 0; index <= sentence.children.length; index++) {
        const child = sentence.children[index];
        if (!child || isLineBreak(child)) {
          if (index > from) return { paragraph, sentence, from, to: index };
          from = index + 1;
        }
      }
    }
  }
  return undefined;
}

/** The text of consecutive nodes, sliced from the source. */
function textOf(
  source: ParseSource,
  first: SentenceContent | undefined,
  last: SentenceContent | undefined,
): string {
  return first && last ? source.text.slice(startOf(first), endOf(last)) : '';
}

/** A line's text as written, white space around it included. */
function lineSource(source: ParseSource, line: Line): string {
  return textOf(source, line.sentence.children[line.from], line.sentence.children[line.to - 1]);
}

function lineText(source: ParseSource, line: Line): string {
  return lineSource(source, line).trim();
}

function withRole(sentence: Sentence, role: SentenceRole): Sentence {
  sentence.data = { ...sentence.data, role };
  return sentence;
}

function sentenceOf(children: SentenceContent[], role: SentenceRole): Sentence {
  const first = children[0];
  const last = children.at(-1);
  const sentence: Sentence = { type: 'SentenceNode', children, data: { role } };
  if (first?.position && last?.position)
    sentence.position = { start: first.position.start, end: last.position.end };
  return sentence;
}

/** Splits `sentence` in its paragraph before child `at` (a white-space child goes between the parts). */
function splitSentence(
  paragraph: Paragraph,
  sentence: Sentence,
  at: number,
  roles: [SentenceRole, SentenceRole],
): void {
  const index = paragraph.children.indexOf(sentence);
  if (index === -1 || at <= 0 || at >= sentence.children.length) return;
  const head = sentence.children.slice(0, at);
  const tail = sentence.children.slice(at);
  const between: WhiteSpace[] = [];
  while (tail[0]?.type === 'WhiteSpaceNode') between.push(tail.shift() as WhiteSpace);
  while (head.at(-1)?.type === 'WhiteSpaceNode') between.unshift(head.pop() as WhiteSpace);
  if (head.length === 0 || tail.length === 0) {
    withRole(sentence, head.length === 0 ? roles[1] : roles[0]);
    return;
  }
  const parts = [sentenceOf(head, roles[0]), ...between, sentenceOf(tail, roles[1])];
  paragraph.children.splice(index, 1, ...parts);
}

function markGreeting(root: Root, source: ParseSource): void {
  const line = firstLine(root);
  if (!line) return;
  const { paragraph, sentence } = line;
  if (line.from !== 0) return;
  if (greetingLine.test(lineText(source, line))) {
    if (line.to >= sentence.children.length) withRole(sentence, 'greeting');
    else splitSentence(paragraph, sentence, line.to, ['greeting', 'body']);
    return;
  }
  // "Dear Guest, thank you for..." — a vocative greeting ended by a comma on the same line.
  const firstWord = sentence.children.find((c) => c.type === 'WordNode');
  if (!firstWord || !greetingWord.test(textOf(source, firstWord, firstWord))) return;
  let words = 0;
  for (let index = 0; index < Math.min(sentence.children.length, 16); index++) {
    const child = sentence.children[index];
    if (!child) break;
    if (child.type === 'WordNode' || child.type === 'SourceNode') words++;
    if (words > 5) return;
    if (child.type === 'PunctuationNode' && /^[,!:]$/.test(child.value)) {
      splitSentence(paragraph, sentence, index + 1, ['greeting', 'body']);
      return;
    }
  }
}

function markSignOff(root: Root, source: ParseSource): void {
  // Look back over a few short lines (name, title, company) for a closing phrase.
  const lines = lastLines(root, 5);
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index];
    if (!line) break;
    const text = lineText(source, line);
    if (closingLine.test(text)) {
      const isLast = index === lines.length - 1;
      if (isLast && !/,$/.test(text)) return;
      for (const later of lines.slice(index + 1)) {
        if (later.from === 0 && later.to === later.sentence.children.length)
          withRole(later.sentence, 'signoff');
      }
      if (line.from === 0) withRole(line.sentence, 'signoff');
      else splitSentence(line.paragraph, line.sentence, line.from, ['body', 'signoff']);
      // Later lines that share a sentence with the closing line are already inside it.
      return;
    }
    if (text.split(/\s+/).length > 6 || /[.?!]$/.test(text)) break;
  }
  markAgentTag(root, source);
}

/** "…thanks! ^HN", "-Becky", "*ACJ": the agent's initials or name closing a short reply. */
function markAgentTag(root: Root, source: ParseSource): void {
  const [line] = lastLines(root, 1);
  if (!line) return;
  const text = lineSource(source, line);
  const match = agentTag.exec(text);
  if (!match?.[1]) return;
  const tagStart = startOf(line.sentence.children[line.from] as SentenceContent) + text.lastIndexOf(match[1]);
  const children = line.sentence.children;
  const from = children.findIndex((c) => startOf(c) === tagStart);
  if (from === -1) return;
  if (from === 0) {
    withRole(line.sentence, 'signoff');
    return;
  }
  const tagNodes = children.slice(from);
  const first = tagNodes[0];
  const last = tagNodes.at(-1);
  if (!first?.position || !last?.position) return;
  const tag: Source = {
    type: 'SourceNode',
    value: textOf(source, first, last),
    position: { start: first.position.start, end: last.position.end },
    data: { syntax: 'agent-tag' },
  };
  children.splice(from, tagNodes.length, tag);
}

/**
 * parse-english reads "in." "sat." "sun." as abbreviations (inches, Saturday…) and joins
 * two sentences across them: "…to be in. Once it is back…". A lower-case word, a full stop
 * and a capitalised word after a space is a sentence end.
 */
function splitFalseAbbreviations(root: Root, source: ParseSource): void {
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (let s = 0; s < paragraph.children.length; s++) {
      const sentence = paragraph.children[s];
      if (sentence?.type !== 'SentenceNode') continue;
      const children = sentence.children;
      for (let index = 0; index + 2 < children.length; index++) {
        const word = children[index];
        const space = children[index + 1];
        const next = children[index + 2];
        if (word?.type !== 'WordNode' || space?.type !== 'WhiteSpaceNode' || next?.type !== 'WordNode')
          continue;
        const period = word.children.at(-1);
        if (period?.type !== 'PunctuationNode' || period.value !== '.' || !word.position || !period.position)
          continue;
        if (
          !/^[a-z]{2,4}\.$/.test(textOf(source, word, word)) ||
          !/^[A-Z][a-z]/.test(textOf(source, next, next))
        )
          continue;
        word.children = word.children.slice(0, -1);
        word.position = { start: word.position.start, end: period.position.start };
        children.splice(index + 1, 0, period);
        splitSentence(paragraph, sentence, index + 2, ['body', 'body']);
        break; // the rest of the sentence is checked as the next sentence
      }
    }
  }
}

/** Root extension: splits greeting and sign-off lines from the body and marks each sentence's role. */
export function markReplyParts(source: ParseSource) {
  return (root: Root): void => {
    splitFalseAbbreviations(root, source);
    markGreeting(root, source);
    markSignOff(root, source);
  };
}
