import type { EvalResult } from './evaluate.js';

const fixed = (value: number) => (Number.isNaN(value) ? '  n/a' : value.toFixed(2).padStart(5));

/** A plain-text table of per-dimension agreement, then rank correlation with the grades. */
export function formatEvaluation(result: EvalResult, withMisses: boolean): string {
  const lines = [
    `${result.replies} labelled replies`,
    '',
    'dimension        precision  recall     F1    TP   FP   FN   TN',
  ];
  for (const [name, s] of Object.entries(result.dimensions)) {
    lines.push(
      `${name.padEnd(16)} ${fixed(s.precision)}     ${fixed(s.recall)}  ${fixed(s.f1)}  ${[s.tp, s.fp, s.fn, s.tn].map((n) => String(n).padStart(4)).join(' ')}`,
    );
  }
  lines.push('', `Spearman's rho (score vs grade): ${fixed(result.spearman).trim()}`);
  lines.push(`Quadratic weighted kappa (score band vs grade): ${fixed(result.kappa).trim()}`);
  lines.push('', 'Per rule, share of flagged replies graded 1-2 (precision against the grades):');
  for (const [id, { flagged, precision }] of Object.entries(result.rulePrecisionAgainstGrade)) {
    lines.push(`  ${id.padEnd(18)} ${fixed(precision)}  of ${flagged}`);
  }
  if (withMisses) {
    lines.push('', 'Misses (id: expected → predicted):');
    for (const [name, misses] of Object.entries(result.misses)) {
      lines.push(`  ${name}: ${misses.map((m) => `${m.id}${m.expected ? '+' : '-'}`).join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
