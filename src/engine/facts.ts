import { analyseResolution, type Resolution } from '../analysis/resolution.js';
import type { ReplyKind } from '../types.js';
import type { SentenceView } from './sentence.js';

/** Analyses shared by several rules, computed at most once per reply, on first use. */
export class ReplyFacts {
  private resolutionCache: Resolution | undefined;
  private bodyCache: SentenceView[] | undefined;

  constructor(
    private readonly sentences: readonly SentenceView[],
    private readonly kind: ReplyKind,
  ) {}

  get resolution(): Resolution {
    this.resolutionCache ??= analyseResolution(this.sentences, this.kind);
    return this.resolutionCache;
  }

  /** Body sentences only: greetings and sign-offs are not prose. */
  get body(): SentenceView[] {
    this.bodyCache ??= this.sentences.filter((s) => s.role === 'body');
    return this.bodyCache;
  }
}
