import { type LintOptions, lint } from '../engine/lint.js';
import type { Report } from '../types.js';
import type { BatchRow } from './rows.js';

/** One output row: the grade of one input row, in the rubric's label names. */
export interface GradedRow {
  id: string;
  score: number | '';
  grade: string;
  kiss_off: boolean | '';
  actions: boolean | '';
  status: boolean | '';
  eta: 'specific' | 'vague' | 'none' | '';
  notify: boolean | '';
  boilerplate: boolean | '';
  deflection: boolean | '';
  redirect_blind: boolean | '';
  cant_focus: boolean | '';
  run_on: boolean | '';
  typo: boolean | '';
  findings: number | '';
  error: string;
}

export const gradedColumns: ReadonlyArray<keyof GradedRow> = [
  'id',
  'score',
  'grade',
  'kiss_off',
  'actions',
  'status',
  'eta',
  'notify',
  'boilerplate',
  'deflection',
  'redirect_blind',
  'cant_focus',
  'run_on',
  'typo',
  'findings',
  'error',
];

const flagged = (report: Report, ruleId: string) => report.messages.some((m) => m.ruleId === ruleId);

export function gradeRow(row: BatchRow, options: LintOptions): { graded: GradedRow; report?: Report } {
  const empty = { score: '', grade: '', kiss_off: '', actions: '', status: '', eta: '', notify: '' } as const;
  const none = {
    boilerplate: '',
    deflection: '',
    redirect_blind: '',
    cant_focus: '',
    run_on: '',
    typo: '',
    findings: '',
  } as const;
  if (row.error !== undefined || row.text === undefined) {
    return {
      graded: { id: row.id, ...empty, ...none, error: `line ${row.line}: ${row.error ?? 'no text'}` },
    };
  }
  const report = lint(row.text, {
    ...options,
    id: row.id,
    ...(row.kind ? { kind: row.kind } : {}),
    ...(row.context !== undefined ? { context: row.context } : {}),
  });
  const eta = report.elements.eta;
  return {
    report,
    graded: {
      id: row.id,
      score: report.score,
      grade: report.grade,
      kiss_off: report.kissOff,
      actions: report.elements.actions.present,
      status: report.elements.status.present,
      eta: eta.specific ? 'specific' : eta.present ? 'vague' : 'none',
      notify: report.elements.notify.present,
      boilerplate: flagged(report, 'no-boilerplate'),
      deflection: flagged(report, 'no-deflection'),
      redirect_blind: flagged(report, 'no-blind-redirect'),
      cant_focus: flagged(report, 'no-cant-focus'),
      run_on: flagged(report, 'no-run-on'),
      typo: flagged(report, 'no-typos'),
      findings: report.messages.length,
      error: '',
    },
  };
}

/** A CSV cell that a spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with '. */
export function csvCell(value: unknown): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(row: GradedRow): string {
  return `${gradedColumns.map((column) => csvCell(row[column])).join(',')}\n`;
}
