/**
 * Maps offsets in extracted text (a template body, the text of an HTML file) back to
 * offsets in the file it came from. Each segment covers a run of extracted text; where the
 * text equals the source slice the mapping is exact, elsewhere (escapes, entities, YAML
 * indentation) it is anchored word by word.
 */
interface Segment {
  textStart: number;
  textEnd: number;
  map: (offsetInSegment: number) => number;
}

export class OffsetMap {
  private readonly segments: Segment[] = [];
  /** Whether every segment maps exactly, so edits can be written back to the file. */
  exact = true;

  /** Text that appears verbatim in the source at `sourceStart`. */
  addExact(textStart: number, length: number, sourceStart: number): void {
    this.segments.push({ textStart, textEnd: textStart + length, map: (i) => sourceStart + i });
  }

  /** Text decoded from `source.slice(sourceStart)` (escapes, entities): mapped through shared words. */
  addAnchored(
    textStart: number,
    value: string,
    source: string,
    sourceStart: number,
    sourceEnd = source.length,
  ): number {
    if (source.slice(sourceStart, sourceStart + value.length) === value) {
      this.addExact(textStart, value.length, sourceStart);
      return sourceStart + value.length;
    }
    this.exact = false;
    const anchors = anchorWords(value, source, sourceStart, sourceEnd);
    this.segments.push({
      textStart,
      textEnd: textStart + value.length,
      map: (i) => {
        let low = 0;
        let high = anchors.length - 1;
        let best = -1;
        while (low <= high) {
          const middle = (low + high) >> 1;
          if ((anchors[middle]?.text ?? 0) <= i) {
            best = middle;
            low = middle + 1;
          } else high = middle - 1;
        }
        const anchor = anchors[best];
        if (!anchor) return sourceStart;
        const next = anchors[best + 1];
        const guess = anchor.source + (i - anchor.text);
        return next ? Math.min(guess, next.source) : Math.min(guess, sourceEnd);
      },
    });
    return anchors.at(-1) ? (anchors.at(-1)?.sourceEnd ?? sourceStart) : sourceStart;
  }

  /** The file offset of `offset` in the extracted text. */
  toSource(offset: number): number {
    let segment: Segment | undefined;
    for (const candidate of this.segments) {
      if (candidate.textStart <= offset) segment = candidate;
      else break;
    }
    if (!segment) return 0;
    const within = Math.min(offset, segment.textEnd) - segment.textStart;
    return segment.map(within) + Math.max(0, offset - segment.textEnd);
  }
}

interface Anchor {
  text: number;
  source: number;
  sourceEnd: number;
}

/** Finds each word of `value` in order in `source`; words changed by escaping are skipped. */
function anchorWords(value: string, source: string, from: number, to: number): Anchor[] {
  const anchors: Anchor[] = [];
  let cursor = from;
  for (const match of value.matchAll(/\S+/g)) {
    const word = match[0];
    const found = source.indexOf(word, cursor);
    if (found === -1 || found + word.length > to) continue;
    anchors.push({ text: match.index, source: found, sourceEnd: found + word.length });
    cursor = found + word.length;
  }
  return anchors;
}
