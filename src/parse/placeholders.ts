import { allMatches } from '../text.js';

/**
 * Template placeholder syntaxes seen in real help desks. Each pattern matches one whole
 * placeholder; `name` is the captured variable name, used to tell whether it denotes a time.
 */
export interface PlaceholderSyntax {
  readonly id: string;
  readonly pattern: RegExp;
  /** Text every match contains: where it is absent the pattern is not run. */
  readonly marker?: string;
}

// Bodies are bounded ({1,80}) and exclude the closing delimiter, so no pattern can backtrack.
export const builtInPlaceholderSyntaxes: readonly PlaceholderSyntax[] = [
  { id: 'mustache', marker: '{{', pattern: /\{\{\{?[ \t]*([^{}\n]{1,80}?)[ \t]*\}\}\}?/g },
  { id: 'liquid-tag', marker: '{%', pattern: /\{%[ \t]*([^{}%\n]{1,80}?)[ \t]*%\}/g },
  { id: 'percent', marker: '%{', pattern: /%\{([^{}\n]{1,80})\}/g },
  { id: 'hash', marker: '#{', pattern: /#\{([^{}\n]{1,80})\}/g },
  { id: 'dollar', marker: '{$', pattern: /\{\$([^{}\n]{1,80})\}/g },
  { id: 'otrs', marker: '<OTRS_', pattern: /<(OTRS_[A-Z0-9_]{1,60}(?:\[\d{1,4}\])?)>/g },
  { id: 'bracket', marker: '[', pattern: /\[([A-Z][A-Z0-9 _]{1,40})\]/g },
];

const timeNamePattern =
  /(?:^|[^a-z])(?:eta|due|date|time|deadline|sla|hours?|days?|until|expected|estimate|arrival|delivery_?date|when|datetime|timestamp|escalat\w*_at|resolved?_by)(?:[^a-z]|$)/i;

const timeNames = new Map<string, boolean>();

/** Whether a placeholder's name denotes a date, time or duration (`{{eta}}`, `%{ticket.due_date}`). */
export function placeholderDenotesTime(name: string): boolean {
  let denotesTime = timeNames.get(name);
  if (denotesTime === undefined) {
    // Opening hours are a schedule, not an estimate.
    denotesTime =
      !/(?:support|opening|business|office|working)[\s_.-]*hours/i.test(name) &&
      timeNamePattern.test(name.replace(/([a-z])([A-Z])/g, '$1_$2'));
    // A template set uses a few names over and over; the bound keeps odd input from growing it.
    if (timeNames.size >= 1000) timeNames.clear();
    timeNames.set(name, denotesTime);
  }
  return denotesTime;
}

export interface PlaceholderMatch {
  start: number;
  end: number;
  name: string;
}

// The global copy of each syntax's pattern, made once: syntaxes from a config may lack the flag.
const globalPatterns = new WeakMap<PlaceholderSyntax, RegExp>();
function globalPattern(syntax: PlaceholderSyntax): RegExp {
  let pattern = globalPatterns.get(syntax);
  if (!pattern) {
    const { source, flags } = syntax.pattern;
    pattern = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
    globalPatterns.set(syntax, pattern);
  }
  return pattern;
}

/** Every placeholder in `text`, leftmost first, without overlaps. */
export function findPlaceholders(
  text: string,
  syntaxes: readonly PlaceholderSyntax[] = builtInPlaceholderSyntaxes,
): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const syntax of syntaxes) {
    if (syntax.marker !== undefined && !text.includes(syntax.marker)) continue;
    for (const match of allMatches(globalPattern(syntax), text)) {
      const start = match.index;
      found.push({ start, end: start + match[0].length, name: (match[1] ?? match[0]).trim() });
    }
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PlaceholderMatch[] = [];
  for (const match of found) {
    const last = merged.at(-1);
    if (!last || match.start >= last.end) merged.push(match);
  }
  return merged;
}
