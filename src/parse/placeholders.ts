/**
 * Template placeholder syntaxes seen in real help desks. Each pattern matches one whole
 * placeholder; `name` is the captured variable name, used to tell whether it denotes a time.
 */
export interface PlaceholderSyntax {
  readonly id: string;
  readonly pattern: RegExp;
}

// Bodies are bounded ({1,80}) and exclude the closing delimiter, so no pattern can backtrack.
export const builtInPlaceholderSyntaxes: readonly PlaceholderSyntax[] = [
  { id: 'mustache', pattern: /\{\{\{?[ \t]*([^{}\n]{1,80}?)[ \t]*\}\}\}?/g },
  { id: 'liquid-tag', pattern: /\{%[ \t]*([^{}%\n]{1,80}?)[ \t]*%\}/g },
  { id: 'percent', pattern: /%\{([^{}\n]{1,80})\}/g },
  { id: 'hash', pattern: /#\{([^{}\n]{1,80})\}/g },
  { id: 'dollar', pattern: /\{\$([^{}\n]{1,80})\}/g },
  { id: 'otrs', pattern: /<(OTRS_[A-Z0-9_]{1,60}(?:\[\d{1,4}\])?)>/g },
  { id: 'bracket', pattern: /\[([A-Z][A-Z0-9 _]{1,40})\]/g },
];

const timeNamePattern =
  /(?:^|[^a-z])(?:eta|due|date|time|deadline|sla|hours?|days?|until|expected|estimate|arrival|delivery_?date|when|datetime|timestamp|escalat\w*_at|resolved?_by)(?:[^a-z]|$)/i;

/** Whether a placeholder's name denotes a date, time or duration (`{{eta}}`, `%{ticket.due_date}`). */
export function placeholderDenotesTime(name: string): boolean {
  // Opening hours are a schedule, not an estimate.
  if (/(?:support|opening|business|office|working)[\s_.-]*hours/i.test(name)) return false;
  return timeNamePattern.test(name.replace(/([a-z])([A-Z])/g, '$1_$2'));
}

export interface PlaceholderMatch {
  start: number;
  end: number;
  name: string;
}

/** Every placeholder in `text`, leftmost first, without overlaps. */
export function findPlaceholders(
  text: string,
  syntaxes: readonly PlaceholderSyntax[] = builtInPlaceholderSyntaxes,
): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const syntax of syntaxes) {
    const pattern = new RegExp(
      syntax.pattern.source,
      syntax.pattern.flags.includes('g') ? syntax.pattern.flags : `${syntax.pattern.flags}g`,
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      found.push({ start, end: start + match[0].length, name: (match[1] ?? match[0]).trim() });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PlaceholderMatch[] = [];
  for (const match of found) {
    const last = merged.at(-1);
    if (!last || match.start >= last.end) merged.push(match);
  }
  return merged;
}
