export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Maps offsets in a text to 1-based line and column; `\r\n`, `\n` and `\r` each end a line. */
export class Locator {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10 /* \n */) this.lineStarts.push(index + 1);
      else if (code === 13 /* \r */) {
        if (text.charCodeAt(index + 1) === 10) index++;
        this.lineStarts.push(index + 1);
      }
    }
  }

  point(offset: number): Point {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1, offset };
  }
}
