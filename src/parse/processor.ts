import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import retextSyntaxUrls from 'retext-syntax-urls';
import { type Processor, unified } from 'unified';
import { markReplyParts, mergeSyntax } from './extensions.js';
import { builtInPlaceholderSyntaxes, type PlaceholderSyntax } from './placeholders.js';

function syntaxExtensions(this: Processor, syntaxes: readonly PlaceholderSyntax[]) {
  // Registered first so it runs before retext-syntax-urls (see DESIGN.md, parsing facts).
  const sentence = (this.data('nlcstSentenceExtensions') ?? []) as unknown[];
  sentence.push(mergeSyntax(syntaxes));
  this.data('nlcstSentenceExtensions', sentence as never);
  const root = (this.data('nlcstRootExtensions') ?? []) as unknown[];
  root.push(markReplyParts);
  this.data('nlcstRootExtensions', root as never);
}

function createProcessor(syntaxes: readonly PlaceholderSyntax[]) {
  return unified().use(retextEnglish).use(syntaxExtensions, syntaxes).use(retextSyntaxUrls).freeze();
}

const defaultProcessor = createProcessor(builtInPlaceholderSyntaxes);
const customProcessors = new Map<string, ReturnType<typeof createProcessor>>();

/** Parses a reply into NLCST with one frozen processor per placeholder configuration. */
export function parseReply(text: string, extraSyntaxes: readonly PlaceholderSyntax[] = []): Root {
  if (extraSyntaxes.length === 0) return defaultProcessor.parse(text);
  const key = extraSyntaxes.map((s) => s.pattern.source).join('\u0000');
  let processor = customProcessors.get(key);
  if (!processor) {
    processor = createProcessor([...builtInPlaceholderSyntaxes, ...extraSyntaxes]);
    customProcessors.set(key, processor);
  }
  return processor.parse(text);
}
