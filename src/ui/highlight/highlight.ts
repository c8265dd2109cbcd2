// Colours the input as the parser sees it: one span per token, in PSReadLine's default colours,
// and the span of a real syntax error (not merely unfinished input) marked before Enter.
import { parse } from '../../language/parser.js';

export type TokenRole =
  | 'default' | 'command' | 'parameter' | 'string' | 'number' | 'variable' | 'operator'
  | 'comment' | 'keyword' | 'type' | 'member';

/** PSReadLine's default colours (Get-PSReadLineOption), as Ink colour names. `default` keeps the terminal's own. */
export const roleColours: Readonly<Record<TokenRole, string | undefined>> = {
  default: undefined,
  command: 'yellowBright', // ESC[93m
  parameter: 'gray', // ESC[90m
  string: 'cyan', // ESC[36m
  number: 'whiteBright', // ESC[97m
  variable: 'greenBright', // ESC[92m
  operator: 'gray', // ESC[90m
  comment: 'green', // ESC[32m
  keyword: 'greenBright', // ESC[92m
  type: 'white', // ESC[37m
  member: 'white', // ESC[37m
};

/** ErrorColor (ESC[91m). */
export const errorColour = 'redBright';
/** InlinePredictionColor (ESC[97;2;3m): dim. */
export const predictionColour = 'gray';

export interface Span {
  start: number;
  end: number;
  role: TokenRole;
  /** Inside a syntax error's span. */
  error: boolean;
}

export interface Highlighted {
  spans: Span[];
  /** Real syntax errors (incomplete input is not an error while typing). */
  errors: { start: number; end: number; message: string }[];
}

function roleOf(kind: string, text: string): TokenRole {
  switch (kind) {
    case 'CommandName':
      return 'command';
    case 'Parameter':
      return 'parameter';
    case 'String':
    case 'ExpandableString':
    case 'HereString':
    case 'ExpandableHereString':
      return 'string';
    case 'Number':
      return 'number';
    case 'Variable':
    case 'SplattedVariable':
      return 'variable';
    case 'Operator':
    case 'Redirection':
      // `.` and `::` before a member are punctuation in PSReadLine's colours, not operators.
      return text === '.' || text === '::' ? 'default' : 'operator';
    case 'Comment':
      return 'comment';
    case 'Keyword':
      return 'keyword';
    case 'TypeName':
    case 'Attribute':
      return 'type';
    case 'Member':
      return 'member';
    default:
      return 'default';
  }
}

/** Spans covering all of `text` in order (gaps between tokens are `default`). */
export function highlight(text: string): Highlighted {
  const result = parse(text);
  const errors = result.errors
    .filter((e) => !e.incompleteInput)
    .map((e) => {
      // A zero-width error (`1 +* 2` at the `*`) marks the character it points at.
      const start = Math.min(e.extent.start, Math.max(0, text.length - 1));
      const end = Math.max(e.extent.end, Math.min(text.length, start + 1));
      return { start, end, message: e.message };
    });
  const tokens = [...result.tokens].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  let at = 0;
  const push = (start: number, end: number, role: TokenRole) => {
    if (end <= start) return;
    // Split at error boundaries so each span is wholly inside or outside an error.
    const cuts = new Set<number>([start, end]);
    for (const e of errors) {
      if (e.start > start && e.start < end) cuts.add(e.start);
      if (e.end > start && e.end < end) cuts.add(e.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i]!;
      const x = points[i + 1]!;
      spans.push({ start: s, end: x, role, error: errors.some((e) => e.start <= s && x <= e.end) });
    }
  };
  for (const t of tokens) {
    if (t.start < at) continue; // nested or overlapping tokens: the outer one was coloured
    if (t.kind === 'NewLine' || t.kind === 'EndOfInput') continue;
    push(at, t.start, 'default');
    push(t.start, Math.min(t.end, text.length), roleOf(t.kind, t.text));
    at = Math.min(t.end, text.length);
  }
  push(at, text.length, 'default');
  return { spans, errors };
}
