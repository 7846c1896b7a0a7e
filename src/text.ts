/**
 * Every match of a global pattern in `text`, leftmost first. Same results as `text.matchAll`,
 * without the copy of the pattern `matchAll` makes on each call (measurable in hot loops).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place.
    if (match[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}

/** Whether white space holds a line break: a plain search, since this runs for every token. */
export function hasLineBreak(text: string): boolean {
  return text !== ' ' && (text.includes('\n') || text.includes('\r'));
}
