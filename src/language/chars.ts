// Character classes of PowerShell's tokenizer, including the typographic quotes and dashes that
// PowerShell accepts because admins paste commands from web pages and Word documents.

export function isDash(c: string): boolean {
  return c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';
}

export function isSingleQuote(c: string): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201A' || c === '\u201B';
}

export function isDoubleQuote(c: string): boolean {
  return c === '"' || c === '\u201C' || c === '\u201D' || c === '\u201E';
}

export function isQuote(c: string): boolean {
  return isSingleQuote(c) || isDoubleQuote(c);
}

export function isNewline(c: string): boolean {
  return c === '\n' || c === '\r';
}

/** Blanks that separate tokens but do not end a statement. */
export function isBlank(c: string): boolean {
  return (
    c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00A0' || c === '\u0085' ||
    c === '\uFEFF' || c === '\u3000' || c === '\u2028' || c === '\u2029' || c === '\u202F' ||
    c === '\u205F' || (c >= '\u2000' && c <= '\u200A')
  );
}

export function isWhitespaceOrNewline(c: string): boolean {
  return isBlank(c) || isNewline(c);
}

export function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export function isHexDigit(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

const letterPattern = /^\p{L}$/u;
const identifierPattern = /^[\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}]$/u;

export function isLetter(c: string): boolean {
  if (c.length === 0) return false;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return c > '\u007F' && letterPattern.test(c);
}

/** First character of a member name, keyword or type name. */
export function isIdentifierStart(c: string): boolean {
  return c === '_' || isLetter(c);
}

/** Later characters of a member name, keyword or type name. */
export function isIdentifierChar(c: string): boolean {
  if (c.length === 0) return false;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c === '_') return true;
  return c > '\u007F' && identifierPattern.test(c);
}

/** Characters of an unbraced variable name: `$my_var1`, `$?`. */
export function isVariableChar(c: string): boolean {
  return c === '?' || isIdentifierChar(c);
}

/**
 * Characters that end a bareword argument in command mode (`Get-Item a.txt;`), besides blanks
 * and newlines.
 */
export function endsGenericToken(c: string): boolean {
  return c === ';' || c === ',' || c === '|' || c === '&' || c === '(' || c === ')' || c === '{' || c === '}' || c === '>' || c === '<';
}

/** Chars after which a number written in command mode is still a number (`-First 5|`). */
export function endsNumberInCommandMode(c: string): boolean {
  return c === '' || isWhitespaceOrNewline(c) || endsGenericToken(c) || c === '#';
}
