import type { Locator } from '../location.js';
import type { LintMessage } from '../types.js';

/** `<!-- replylint-disable[-next-line] rule-a, rule-b -- reason -->` and `<!-- replylint-enable -->`. */
export interface Directive {
  type: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  offset: number;
  endOffset: number;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  used: boolean;
}

const directivePattern = /<!--\s*replylint-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

export function parseDirectives(source: string, locator: Locator): Directive[] {
  const directives: Directive[] = [];
  for (const match of source.matchAll(directivePattern)) {
    const [body = '', reason] = (match[2] ?? '').split(/\s--\s/, 2);
    const start = locator.point(match.index);
    const end = locator.point(match.index + match[0].length);
    const directive: Directive = {
      type: match[1] as Directive['type'],
      rules: body
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean),
      offset: match.index,
      endOffset: match.index + match[0].length,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      used: false,
    };
    if (reason?.trim()) directive.reason = reason.trim();
    directives.push(directive);
  }
  return directives;
}

const covers = (directive: Directive, ruleId: string) =>
  directive.rules.length === 0 || directive.rules.includes(ruleId);

/** Drops the messages a directive disables, marking each directive that did some work. */
export function applyDirectives(messages: LintMessage[], directives: Directive[]): LintMessage[] {
  return messages.filter((message) => {
    let suppressed = false;
    for (const directive of directives) {
      if (directive.type === 'disable-next-line') {
        if (message.line === directive.endLine + 1 && covers(directive, message.ruleId)) {
          directive.used = true;
          suppressed = true;
        }
      }
    }
    // Block directives: the last disable/enable for this rule before the message decides.
    let blockedBy: Directive | undefined;
    for (const directive of directives) {
      if (directive.offset > message.offset) break;
      if (!covers(directive, message.ruleId)) continue;
      if (directive.type === 'disable') blockedBy = directive;
      else if (directive.type === 'enable') blockedBy = undefined;
    }
    if (blockedBy) {
      blockedBy.used = true;
      suppressed = true;
    }
    return !suppressed;
  });
}

/** Findings for directives that are stale (suppressed nothing) or name a rule that does not exist. */
export function directiveProblems(
  directives: Directive[],
  knownRules: ReadonlySet<string>,
  reportUnused: boolean,
  source: string,
): LintMessage[] {
  const problems: LintMessage[] = [];
  const at = (directive: Directive, message: string, messageId: string): LintMessage => ({
    ruleId: 'replylint/directives',
    messageId,
    severity: 'error',
    message,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
    offset: directive.offset,
    endOffset: directive.endOffset,
    actual: source.slice(directive.offset, directive.endOffset),
    expected: [],
  });
  for (const directive of directives) {
    const unknown = directive.rules.filter((rule) => !knownRules.has(rule));
    if (unknown.length > 0) {
      problems.push(
        at(directive, `Unknown rule in replylint-${directive.type}: ${unknown.join(', ')}`, 'unknownRule'),
      );
      continue;
    }
    if (reportUnused && directive.type !== 'enable' && !directive.used) {
      const what = directive.rules.length > 0 ? directive.rules.join(', ') : 'any rule';
      problems.push(
        at(
          directive,
          `Unused replylint-${directive.type} directive (nothing from ${what} to suppress)`,
          'unused',
        ),
      );
    }
  }
  return problems;
}
