import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { type Processor, unified } from 'unified';
import { markReplyParts, mergeSyntax, type ParseSource } from './extensions.js';
import { builtInPlaceholderSyntaxes, type PlaceholderSyntax } from './placeholders.js';

function syntaxExtensions(this: Processor, syntaxes: readonly PlaceholderSyntax[], source: ParseSource) {
  const sentence = (this.data('nlcstSentenceExtensions') ?? []) as unknown[];
  sentence.push(mergeSyntax(syntaxes, source));
  this.data('nlcstSentenceExtensions', sentence as never);
  const root = (this.data('nlcstRootExtensions') ?? []) as unknown[];
  root.push(markReplyParts(source));
  this.data('nlcstRootExtensions', root as never);
}

interface ReplyProcessor {
  processor: Processor<Root>;
  /** The text the processor is parsing, read by its extensions. */
  source: ParseSource;
}

function createProcessor(syntaxes: readonly PlaceholderSyntax[]): ReplyProcessor {
  const source: ParseSource = { text: '' };
  return { processor: unified().use(retextEnglish).use(syntaxExtensions, syntaxes, source).freeze(), source };
}

const defaultProcessor = createProcessor(builtInPlaceholderSyntaxes);
const customProcessors = new Map<string, ReplyProcessor>();

/**
 * A run of 1,000 or more non-space characters is never prose (it is a token, a blob or an
 * attack), and the parser's recursion can overflow on one. It is parsed as a neutral word of
 * the same length, so every offset stays true.
 */
function neutraliseLongRuns(text: string): string {
  return text.length < 1000 ? text : text.replace(/\S{1000,}/g, (run) => 'x'.repeat(run.length));
}

export interface ParsedReply {
  tree: Root;
  /** The text the tree's offsets index: the input, with any long run neutralised (same length). */
  text: string;
}

/** Parses a reply into NLCST with one frozen processor per placeholder configuration. */
export function parseReply(input: string, extraSyntaxes: readonly PlaceholderSyntax[] = []): ParsedReply {
  const text = neutraliseLongRuns(input);
  const { processor, source } = processorFor(extraSyntaxes);
  source.text = text;
  try {
    return { tree: processor.parse(text), text };
  } finally {
    source.text = '';
  }
}

function processorFor(extraSyntaxes: readonly PlaceholderSyntax[]) {
  if (extraSyntaxes.length === 0) return defaultProcessor;
  const key = extraSyntaxes.map((s) => s.pattern.source).join('\u0000');
  let processor = customProcessors.get(key);
  if (!processor) {
    processor = createProcessor([...builtInPlaceholderSyntaxes, ...extraSyntaxes]);
    customProcessors.set(key, processor);
  }
  return processor;
}
