import type { Locator } from '../location.js';
import type { Element, Report } from '../types.js';
import type { Template } from './collections.js';

/** Moves a template's report into file coordinates (offsets, lines, columns); `actual` stays the linted text. */
export function relocate(report: Report, template: Template, locator: Locator): Report {
  if (
    template.toFile(0) === 0 &&
    template.exact &&
    template.toFile(template.text.length) === template.text.length
  ) {
    return report;
  }
  const messages = report.messages.map((message) => {
    const start = template.toFile(message.offset);
    const end = Math.max(start, template.toFile(message.endOffset));
    const from = locator.point(start);
    const to = locator.point(end);
    const { fix, ...rest } = message;
    const moved = {
      ...rest,
      offset: start,
      endOffset: end,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    };
    // A fix can be written back only where the text maps one to one.
    return fix && template.exact
      ? { ...moved, fix: { range: [start, end] as [number, number], text: fix.text } }
      : moved;
  });
  const move = (element: Element): Element => ({
    present: element.present,
    evidence: element.evidence.map((e) => {
      const offset = template.toFile(e.offset);
      const point = locator.point(offset);
      return { ...e, offset, line: point.line, column: point.column };
    }),
  });
  return {
    ...report,
    messages,
    elements: {
      actions: move(report.elements.actions),
      status: move(report.elements.status),
      eta: { ...move(report.elements.eta), specific: report.elements.eta.specific },
      notify: move(report.elements.notify),
    },
  };
}
