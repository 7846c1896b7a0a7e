import type * as z from 'zod';
import type { Category, ReplyKind } from '../types.js';
import type { SentenceView } from './sentence.js';

export interface Range {
  start: number;
  end: number;
}

export interface Descriptor extends Range {
  messageId: string;
  /** Values for `{name}` slots in the message. `actual` is filled from the range. */
  data?: Record<string, string | number>;
  /** Suggested rewrites the writer can adapt. */
  expected?: string[];
  /** A mechanical correction `--fix` may apply: replace `start..end` of the input with `text`. */
  fix?: (Range & { text: string }) | undefined;
}

/** What a rule sees of the reply it checks. */
export interface RuleContext<Options> {
  readonly options: Options;
  readonly kind: ReplyKind;
  readonly text: string;
  /** Every sentence, greeting and sign-off included (see `role`). Filled as the walk goes. */
  readonly sentences: readonly SentenceView[];
  /** Facts computed once per reply and shared by rules (see src/engine/facts.ts). */
  readonly facts: import('./facts.js').ReplyFacts;
  /** Reply-wide settings from the config: the personal vocabulary and the spelling language. */
  readonly settings: {
    /** A canned template (placeholders expected) rather than a draft about to be sent. */
    readonly template: boolean;
    /** The customer's message the reply answers, when known. */
    readonly context?: string | undefined;
    readonly words: readonly string[];
    readonly language: import('../analysis/spelling.js').SpellingLanguage;
  };
  report(descriptor: Descriptor): void;
}

export interface RuleVisitors {
  /** Called for every body sentence (greetings and sign-offs are not prose). */
  sentence?(sentence: SentenceView): void;
  /** Called for every sentence, greetings and sign-offs included (for checks on syntax, not prose). */
  anySentence?(sentence: SentenceView): void;
  /** Called once, after the walk. */
  end?(): void;
}

export interface RuleMeta<Schema extends z.ZodType> {
  id: string;
  category: Category;
  description: string;
  docs: string;
  messages: Record<string, string>;
  options: Schema;
  /** Reply kinds the rule checks; absent means every kind. */
  appliesTo?: readonly ReplyKind[];
  /** Severity when the user's config does not set one. */
  defaultSeverity: 'warn' | 'error';
}

export interface Rule<Schema extends z.ZodType = z.ZodType> {
  meta: RuleMeta<Schema>;
  create(context: RuleContext<z.infer<Schema>>): RuleVisitors;
}

/** Identity with types: ties `create`'s options to the zod schema in `meta`. */
export function defineRule<Schema extends z.ZodType>(rule: Rule<Schema>): Rule<Schema> {
  return rule;
}
