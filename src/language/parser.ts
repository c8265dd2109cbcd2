// The public entry of the PowerShell parser; the grammar lives in ./parser/, one module per area.
export { parse } from './parser/index.js';
export type { ParseResult } from './ast.js';
