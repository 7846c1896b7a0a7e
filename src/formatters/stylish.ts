import type { ChalkInstance } from 'chalk';
import type { Element, ReplyKind, Report } from '../types.js';
import { sanitize } from './sanitize.js';

const quote = (text: string, max = 60) => {
  const flat = sanitize(text).replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
};

const missingHint: Record<string, string> = {
  actions: 'say what you did about the problem',
  status: 'say where the fix stands now',
  eta: 'give a date, a time or a bounded duration',
  notify: 'promise to contact the customer when it is resolved',
};

/** Which of the four steps each reply kind is checked for (see the rubric). */
const checkedSteps: Record<ReplyKind, readonly string[]> = {
  complaint: ['actions', 'status', 'eta', 'notify'],
  acknowledgement: ['eta', 'notify'],
  question: [],
  other: [],
};

function checklistLine(
  chalk: ChalkInstance,
  name: string,
  element: Element & { specific?: boolean },
  kind: ReplyKind,
): string {
  const first = element.evidence[0];
  if (!checkedSteps[kind].includes(name)) {
    const seen = element.present && first ? ` ${quote(first.text)}` : '';
    return `  ${chalk.dim('-')} ${name.padEnd(8)} ${chalk.dim(`not checked for ${kind} replies`)}${seen}`;
  }
  if (name === 'eta' && element.present && element.specific === false && first) {
    return `  ${chalk.yellow('~')} ${name.padEnd(8)} vague: ${quote(first.text)} — ${missingHint.eta}`;
  }
  if (element.present && first)
    return `  ${chalk.green('✔')} ${name.padEnd(8)} ${quote(first.text)} (${first.line}:${first.column})`;
  return `  ${chalk.red('✖')} ${name.padEnd(8)} ${chalk.dim(`missing — ${missingHint[name] ?? ''}`)}`;
}

/** Human output: findings, the four-step checklist, the score and grade. */
export function formatStylish(reports: readonly Report[], chalk: ChalkInstance): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    out.push(chalk.underline(sanitize(report.id ? `${report.file} [${report.id}]` : report.file)));
    if (report.error) {
      out.push(`  ${chalk.red('error')}  ${sanitize(report.error)}`, '');
      errors++;
      continue;
    }
    const width = Math.max(0, ...report.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const message of report.messages) {
      if (message.severity === 'error') errors++;
      else warnings++;
      const place = `${message.line}:${message.column}`.padEnd(width);
      const severity = message.severity === 'error' ? chalk.red('error') : chalk.yellow('warn ');
      out.push(
        `  ${chalk.dim(place)}  ${severity}  ${sanitize(message.message)}  ${chalk.dim(message.ruleId)}`,
      );
    }
    if (report.messages.length > 0) out.push('');
    out.push(`  Resolution checklist (${report.kind}):`);
    for (const name of ['actions', 'status', 'eta', 'notify'] as const) {
      out.push(`  ${checklistLine(chalk, name, report.elements[name], report.kind)}`);
    }
    const color = report.score >= 75 ? chalk.green : report.score >= 50 ? chalk.yellow : chalk.red;
    const verdict = report.kissOff ? chalk.red.bold('  kiss-off: thanks or sorry, but nothing concrete') : '';
    out.push(
      '',
      `  Score ${color.bold(`${report.score}/100`)}  grade ${color.bold(report.grade)}${verdict}`,
      '',
    );
  }
  const total = errors + warnings;
  out.push(
    total === 0
      ? chalk.green('✔ no problems')
      : chalk[errors > 0 ? 'red' : 'yellow'].bold(
          `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
        ),
  );
  return `${out.join('\n')}\n`;
}
