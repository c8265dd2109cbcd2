// Names the cause of a difference from what pwsh and exosh printed, so the known-differences list
// says why each case differs and the report can rank the causes. A heuristic first pass: the
// category is a guess from the text, the detail is the first line that differs (exact).
const clip = (s) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);
/** JSON text with invisible and non-ASCII characters spelled out (U+202F is not a space). */
const show = (s) => JSON.stringify(clip(s)).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function firstDifference(pwshLines, exoshText) {
  const exosh = exoshText.split('\n');
  const n = Math.max(pwshLines.length, exosh.length);
  for (let i = 0; i < n; i++) {
    if (pwshLines[i] !== exosh[i]) return `line ${i + 1}: pwsh ${show(pwshLines[i] ?? '<none>')}, exosh ${show(exosh[i] ?? '<none>')}`;
  }
  return 'same lines';
}

const NUMBER_TYPES = /\b(Double|Decimal|Int64|Byte|SByte|Int16|UInt16|UInt32|UInt64|Single|BigInteger|System\.(Double|Decimal|Int64|Byte|Single))\b/;

/** [category, detail] for one verdict with status 'fail' or 'known'. */
export function classify(v) {
  const g = v.golden;
  const r = v.result;
  const gOut = g.stdout.join('\n');
  const gErr = g.stderr.join('\n');
  const stream = v.diffs.includes('stdout') ? 'stdout' : v.diffs.includes('stderr') ? 'stderr' : 'exit';
  const detail = stream === 'exit' ? `exit code: pwsh ${g.exit}, exosh ${r.exit}` : `${stream} ${firstDifference(g[stream], r[stream])}`;
  let category;
  if (/internal error|did not finish/.test(r.stderr)) category = 'exosh crashes or hangs';
  else if (/\u202f[AP]M/.test(gOut) && !/\u202f/.test(r.stdout)) category = "dates: .NET's ICU en-US writes a narrow no-break space (U+202F) before AM/PM (pwsh on Linux), exosh a space";
  else if (/^(WARNING|VERBOSE|DEBUG): /m.test(gOut) && /^(WARNING|VERBOSE|DEBUG): /m.test(r.stderr)) category = "streams: pwsh's console host writes WARNING/VERBOSE/DEBUG lines to stdout, exosh to stderr";
  else if (g.exit === 1 && gErr === '' && gOut === '' && /ParserError/.test(r.stderr)) category = 'incomplete input: pwsh -c prints nothing and exits 1, exosh reports a parse error';
  else if (/ParserError/.test(gErr) && /ParserError/.test(r.stderr)) category = 'parse errors: another message or position than pwsh';
  else if (/ParserError/.test(gErr)) category = 'parser: exosh accepts syntax pwsh rejects';
  else if (/ParserError/.test(r.stderr)) category = 'parser: exosh rejects syntax pwsh accepts';
  else if (/is not recognized as a name of a cmdlet|is not recognized as the name/.test(r.stderr) && !/is not recognized/.test(gErr)) category = 'missing command or parameter in exosh';
  else if (/A parameter cannot be found that matches parameter name/.test(r.stderr) && !/A parameter cannot be found/.test(gErr)) category = 'missing command or parameter in exosh';
  else if (/Unable to find type/.test(r.stderr) && !/Unable to find type/.test(gErr)) category = '.NET type or member missing in exosh';
  else if (/(does not contain a method named|Method invocation failed|Cannot find an overload)/.test(r.stderr) && !/(does not contain a method|Method invocation failed|Cannot find an overload)/.test(gErr)) category = '.NET type or member missing in exosh';
  else if (stream === 'stdout' && NUMBER_TYPES.test(gOut) && !NUMBER_TYPES.test(r.stdout)) category = 'number types: exosh reports Int32/Double where pwsh has another numeric type';
  else if (stream === 'stdout' && /\b\d+\.\d+\b/.test(gOut) && /(^|\s)\d+(\s|$)/m.test(r.stdout) && !/\b\d+\.\d+\b/.test(r.stdout)) category = 'number types: a double or decimal prints without its decimals';
  else if (stream === 'stderr' && gErr !== '' && r.stderr === '') category = 'errors: pwsh reports an error exosh does not';
  else if (stream === 'stderr' && gErr === '' && r.stderr !== '') category = 'errors: exosh reports an error pwsh does not';
  else if (stream === 'stderr') category = 'errors: another message, exception type or error view';
  else if (stream === 'exit') category = 'exit code: another $? after the last statement';
  else if (/^\s*-+(\s+-+)*\s*$/m.test(gOut) || /^\w[\w ]* : /m.test(gOut)) category = 'formatting: tables and lists laid out differently';
  else if (gOut === '' && r.stdout !== '') category = 'output: exosh prints something where pwsh prints nothing';
  else if (gOut !== '' && r.stdout === '') category = 'output: exosh prints nothing where pwsh prints something';
  else category = 'output: values differ';
  return [category, detail];
}

export function reasonOf(v) {
  const [category, detail] = classify(v);
  return `${category} — ${detail}`;
}
