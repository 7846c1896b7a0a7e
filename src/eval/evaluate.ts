import * as z from 'zod';
import { type LintOptions, lint } from '../engine/lint.js';
import { type Report, replyKinds } from '../types.js';
import { type BinaryScores, binaryScores, quadraticWeightedKappa, spearman } from './metrics.js';

/** One labelled reply, in the label format of the rubric. Extra fields are ignored. */
export const labelledReplySchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  context: z.string().optional(),
  kind: z.enum(replyKinds).optional(),
  actions: z.boolean().optional(),
  status: z.boolean().optional(),
  eta: z.enum(['specific', 'vague', 'none']).optional(),
  notify: z.boolean().optional(),
  kiss_off: z.boolean().optional(),
  boilerplate: z.boolean().optional(),
  deflection: z.boolean().optional(),
  redirect_blind: z.boolean().optional(),
  cant_focus: z.boolean().optional(),
  run_on: z.boolean().optional(),
  typo: z.boolean().optional(),
  /** The labeller's or trainer's grade: 1-5, or 0-100. */
  grade: z.number().min(0).max(100).optional(),
});
export type LabelledReply = z.infer<typeof labelledReplySchema>;

type Predictor = (report: Report) => boolean;
const hasRule =
  (ruleId: string): Predictor =>
  (report) =>
    report.messages.some((m) => m.ruleId === ruleId);

/** Each labelled dimension and how a report predicts it. */
export const dimensions: Record<
  string,
  { label: (row: LabelledReply) => boolean | undefined; predict: Predictor }
> = {
  actions: { label: (r) => r.actions, predict: (p) => p.elements.actions.present },
  status: { label: (r) => r.status, predict: (p) => p.elements.status.present },
  eta_specific: {
    label: (r) => (r.eta === undefined ? undefined : r.eta === 'specific'),
    predict: (p) => p.elements.eta.specific,
  },
  eta_vague: {
    label: (r) => (r.eta === undefined ? undefined : r.eta === 'vague'),
    predict: (p) => p.elements.eta.present && !p.elements.eta.specific,
  },
  notify: { label: (r) => r.notify, predict: (p) => p.elements.notify.present },
  kiss_off: { label: (r) => r.kiss_off, predict: (p) => p.kissOff },
  boilerplate: { label: (r) => r.boilerplate, predict: hasRule('no-boilerplate') },
  deflection: { label: (r) => r.deflection, predict: hasRule('no-deflection') },
  redirect_blind: { label: (r) => r.redirect_blind, predict: hasRule('no-blind-redirect') },
  cant_focus: { label: (r) => r.cant_focus, predict: hasRule('no-cant-focus') },
  run_on: { label: (r) => r.run_on, predict: hasRule('no-run-on') },
  typo: { label: (r) => r.typo, predict: hasRule('no-typos') },
  // No label says "generic"; among complaints with the customer's message, a kiss-off is the
  // nearest one: a reply that could go to anyone.
  generic_vs_kiss_off: {
    label: (r) => (r.context && r.kind === 'complaint' ? r.kiss_off : undefined),
    predict: (p) => p.messages.some((m) => m.ruleId === 'require-specifics' && m.messageId === 'generic'),
  },
};

export interface EvalResult {
  replies: number;
  dimensions: Record<string, BinaryScores>;
  spearman: number;
  /** Against grades on 1-5 (0-100 grades are banded into five). */
  kappa: number;
  /** Per rule: of the replies it flagged, the share the grade calls weak (grade at most 2 of 5). */
  rulePrecisionAgainstGrade: Record<string, { flagged: number; precision: number }>;
  misses: Record<string, Array<{ id: string; expected: boolean; predicted: boolean }>>;
}

/** Score 0-100 to the 1-5 scale, and a 0-100 grade to the same bands. */
function toFive(value: number): number {
  return Math.min(5, Math.max(1, Math.floor(value / 20) + 1));
}

export function evaluate(rows: readonly LabelledReply[], options: LintOptions = {}): EvalResult {
  const pairs = new Map<string, Array<readonly [boolean, boolean]>>();
  const misses: EvalResult['misses'] = {};
  const scores: number[] = [];
  const grades: number[] = [];
  const gradeScale = rows.some((r) => (r.grade ?? 0) > 5) ? 100 : 5;
  const flaggedByRule = new Map<string, { flagged: number; weak: number }>();
  for (const row of rows) {
    // Labelled sets are samples of replies and templates: placeholders in them are not findings.
    const report = lint(row.text, {
      template: true,
      ...options,
      id: row.id,
      ...(row.kind ? { kind: row.kind } : {}),
      ...(row.context ? { context: row.context } : {}),
    });
    for (const [name, dimension] of Object.entries(dimensions)) {
      const expected = dimension.label(row);
      if (expected === undefined) continue;
      const predicted = dimension.predict(report);
      const list = pairs.get(name) ?? [];
      list.push([predicted, expected]);
      pairs.set(name, list);
      if (predicted !== expected) {
        misses[name] ??= [];
        misses[name].push({ id: row.id, expected, predicted });
      }
    }
    if (row.grade !== undefined) {
      scores.push(report.score);
      grades.push(row.grade);
      const weak = (gradeScale === 5 ? row.grade : toFive(row.grade)) <= 2;
      for (const ruleId of new Set(report.messages.map((m) => m.ruleId))) {
        const entry = flaggedByRule.get(ruleId) ?? { flagged: 0, weak: 0 };
        entry.flagged++;
        if (weak) entry.weak++;
        flaggedByRule.set(ruleId, entry);
      }
    }
  }
  const five = (values: number[], scale: number) =>
    values.map((v) => (scale === 5 ? Math.round(v) : toFive(v)));
  return {
    replies: rows.length,
    dimensions: Object.fromEntries([...pairs].map(([name, list]) => [name, binaryScores(list)])),
    spearman: spearman(scores, grades),
    kappa: quadraticWeightedKappa(five(scores, 100), five(grades, gradeScale), 1, 5),
    rulePrecisionAgainstGrade: Object.fromEntries(
      [...flaggedByRule].map(([id, { flagged, weak }]) => [id, { flagged, precision: weak / flagged }]),
    ),
    misses,
  };
}
