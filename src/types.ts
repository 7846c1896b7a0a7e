import type * as z from 'zod';

export const replyKinds = ['complaint', 'question', 'acknowledgement', 'other'] as const;
export type ReplyKind = (typeof replyKinds)[number];

export const categories = ['resolution', 'ownership', 'positivity', 'clarity'] as const;
export type Category = (typeof categories)[number];

export type Severity = 'off' | 'warn' | 'error';

export interface Evidence {
  text: string;
  line: number;
  column: number;
  offset: number;
}

export interface Element {
  present: boolean;
  evidence: Evidence[];
}

export interface Elements {
  actions: Element;
  status: Element;
  eta: Element & { specific: boolean };
  notify: Element;
}

export interface LintMessage {
  ruleId: string;
  messageId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  actual: string;
  expected: string[];
  /** Present when `--fix` can correct it mechanically: replace `range` of the input with `text`. */
  fix?: { range: [number, number]; text: string };
}

export interface Report {
  file: string;
  id?: string;
  kind: ReplyKind;
  score: number;
  grade: Grade;
  kissOff: boolean;
  elements: Elements;
  messages: LintMessage[];
  error?: string;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

export interface ScoreSettings {
  /** Points taken off per finding, by rule id. */
  weights: Record<string, number>;
  /** Most points one rule can take off a reply, by rule id. */
  caps: Record<string, number>;
  /** Most points one category can take off a reply. */
  categoryCaps: Record<Category, number>;
  /** The highest score a kiss-off reply can get. */
  kissOffCeiling: number;
  /** Lowest score for each grade; F is anything below D. */
  grades: { A: number; B: number; C: number; D: number };
}

export type ZodOptions = z.ZodType<Record<string, unknown>>;
