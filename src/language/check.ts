// `exosh --check`: syntax errors of one file as `{ file, line, col, message }`, without running it.

import { parse } from './parser.js';

export interface SyntaxProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function checkSource(text: string, fileName: string): SyntaxProblem[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = parse(source, fileName);
  return result.errors.map((e) => ({ file: fileName, line: e.extent.line, col: e.extent.column, message: e.message }));
}
