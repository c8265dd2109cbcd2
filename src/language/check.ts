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
  // A file's problems are listed top to bottom, not in the order the parser found them.
  return [...result.errors].sort((a, b) => a.extent.start - b.extent.start).map((e) => ({ file: fileName, line: e.extent.line, col: e.extent.column, message: e.message }));
}
