import type { Category, Grade, LintMessage, ScoreSettings } from '../types.js';

export const defaultScoreSettings: ScoreSettings = {
  weights: {
    'no-kiss-off': 30,
    'require-actions': 18,
    'require-status': 10,
    'require-eta': 10,
    'require-notify': 10,
    'no-boilerplate': 6,
    'no-deflection': 12,
    'no-blind-redirect': 15,
    'no-cant-focus': 10,
    'no-run-on': 5,
    'no-typos': 3,
    'no-broken-placeholder': 10,
    'require-specifics': 5,
  },
  caps: {
    'no-boilerplate': 18,
    'no-deflection': 24,
    'no-blind-redirect': 15,
    'no-cant-focus': 20,
    'no-run-on': 10,
    'no-typos': 12,
    'no-broken-placeholder': 20,
    'require-specifics': 10,
  },
  categoryCaps: { resolution: 70, ownership: 35, positivity: 20, clarity: 20 },
  kissOffCeiling: 35,
  grades: { A: 90, B: 75, C: 60, D: 40 },
};

/** Rules' points for vague (not missing) ETA: half the rule's weight. */
const partialMessageIds = new Map([
  ['require-eta', 'vague'],
  ['require-notify', 'burden'],
]);

/**
 * 100 minus each finding's weight, capped per rule and per category; a kiss-off cannot
 * score above the ceiling. Integer and deterministic.
 */
export function computeScore(
  messages: readonly LintMessage[],
  categoryOf: (ruleId: string) => Category | undefined,
  kissOff: boolean,
  settings: ScoreSettings,
): number {
  const byRule = new Map<string, number>();
  for (const message of messages) {
    const weight = settings.weights[message.ruleId] ?? 0;
    const points = partialMessageIds.get(message.ruleId) === message.messageId ? weight / 2 : weight;
    byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + points);
  }
  const byCategory = new Map<Category, number>();
  for (const [ruleId, points] of byRule) {
    const category = categoryOf(ruleId);
    if (!category) continue;
    const capped = Math.min(points, settings.caps[ruleId] ?? Number.POSITIVE_INFINITY);
    byCategory.set(category, (byCategory.get(category) ?? 0) + capped);
  }
  let score = 100;
  for (const [category, points] of byCategory) score -= Math.min(points, settings.categoryCaps[category]);
  if (kissOff) score = Math.min(score, settings.kissOffCeiling);
  return Math.max(0, Math.min(100, Math.round(score)));
}

export function gradeOf(score: number, grades: ScoreSettings['grades']): Grade {
  if (score >= grades.A) return 'A';
  if (score >= grades.B) return 'B';
  if (score >= grades.C) return 'C';
  if (score >= grades.D) return 'D';
  return 'F';
}
