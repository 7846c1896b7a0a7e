import { analyseResolution, type Resolution } from '../analysis/resolution.js';
import type { SentenceView } from './sentence.js';

/** Analyses shared by several rules, computed at most once per reply, on first use. */
export class ReplyFacts {
  private resolutionCache: Resolution | undefined;

  constructor(private readonly sentences: readonly SentenceView[]) {}

  get resolution(): Resolution {
    this.resolutionCache ??= analyseResolution(this.sentences);
    return this.resolutionCache;
  }

  /** Body sentences only: greetings and sign-offs are not prose. */
  get body(): SentenceView[] {
    return this.sentences.filter((s) => s.role === 'body');
  }
}
