// Offsets → 1-based line/column, the way PowerShell counts lines (\r\n, \n and \r each end one).

import type { Extent } from './ast.js';

export class SourceMap {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    // indexOf finds line breaks far faster than a loop over characters: a 5 MB one-line literal
    // costs nothing here. Most scripts have no \r at all; then only \n is searched.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr < 0 || (lf >= 0 && lf < cr)) {
        this.lineStarts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
        continue;
      }
      const end = lf === cr + 1 ? lf : cr;
      this.lineStarts.push(end + 1);
      cr = text.indexOf('\r', cr + 1);
      if (end === lf) lf = text.indexOf('\n', lf + 1);
    }
  }

  lineAndColumn(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  extent(start: number, end: number): Extent {
    const { line, column } = this.lineAndColumn(start);
    return { start, end: Math.max(start, end), line, column };
  }
}
