// .NET number formatting in the en-US / invariant culture: the default ToString() PowerShell uses
// (15 significant digits, as PowerShell kept after .NET Core 3.0 switched to shortest round-trip),
// and the standard (N2, D5, X, P1, C, E, F, G, R) and custom (`0.00`, `#,##0`) format strings
// behind `-f` and `.ToString('N2')`.

/** Is this JS number an integer PowerShell would hold as Int32/Int64 rather than Double? */
export function isIntegral(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < 9.223372036854776e18;
}

/** Exponent part as .NET writes it: E+XX with at least `minDigits` digits. */
function exponentText(exp: number, minDigits: number, upper: boolean, plusSign = true): string {
  const sign = exp < 0 ? '-' : plusSign ? '+' : '';
  return (upper ? 'E' : 'e') + sign + String(Math.abs(exp)).padStart(minDigits, '0');
}

/** Significant digits and decimal exponent of |n| rounded to `precision` digits. */
function toDigits(n: number, precision: number): { digits: string; exp: number } {
  const [mant, e] = Math.abs(n).toExponential(precision - 1).split('e');
  const digits = mant!.replace('.', '').replace(/0+$/, '') || '0';
  return { digits, exp: Number(e) };
}

/** .NET 'G' formatting with the given number of significant digits. */
function formatGeneral(n: number, precision: number, upper = true): string {
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const { digits, exp } = toDigits(n, precision);
  const sign = n < 0 ? '-' : '';
  if (exp >= precision || exp < -4) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + m + exponentText(exp, 2, upper);
  }
  if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

/**
 * PowerShell's default number → string conversion (invariant culture): integers in full, doubles
 * with 15 significant digits (`0.1 + 0.2` → `0.3`, `1e20` → `1E+20`, `0.00001` → `1E-05`).
 */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (isIntegral(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  return formatGeneral(n, 15);
}

/**
 * .NET's own double.ToString() since .NET Core 3.0: the shortest text that reads back to the same
 * double, with the 'G' notation rules (`(0.1 + 0.2).ToString()` → `0.30000000000000004`,
 * `1e15` → `1E+15`). PowerShell's conversions use formatNumber instead; methods and -f use this.
 */
export function formatRoundTrip(n: number): string {
  if (!Number.isFinite(n) || isIntegral(n)) return formatNumber(n);
  const [mant, e] = Math.abs(n).toExponential().split('e');
  const digits = mant!.replace('.', '').replace(/0+$/, '') || '0';
  const exp = Number(e);
  const sign = n < 0 ? '-' : '';
  if (exp >= 15 || exp < -4) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + m + exponentText(exp, 2, true);
  }
  if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

/** Groups the integer digits by threes with ','. */
function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fixed-point with correct rounding of the exact binary value (like .NET Core 3.0+ and JS toFixed). */
function fixed(n: number, decimals: number): string {
  if (Math.abs(n) >= 1e21) {
    const int = BigInt(Math.round(n)).toString();
    return decimals > 0 ? int + '.' + '0'.repeat(decimals) : int;
  }
  const s = Math.abs(n).toFixed(Math.min(decimals, 100));
  return s;
}

function signed(n: number, body: string): string {
  // .NET drops the minus sign when the rounded value is zero ("-0.001".ToString("F2") = "0.00").
  return n < 0 && /[1-9]/.test(body) ? '-' + body : body;
}

/** A .NET standard numeric format string ('N2', 'D5', 'X8'...) or undefined when `format` is custom. */
function standardFormat(n: number, format: string): string | undefined {
  const m = /^([A-Za-z])(\d{0,9})$/.exec(format);
  if (!m) return undefined;
  const spec = m[1]!;
  const precisionText = m[2]!;
  const p = precisionText === '' ? undefined : Number(precisionText);
  const upper = spec === spec.toUpperCase();
  switch (spec.toUpperCase()) {
    case 'C': {
      // .NET 5+ takes en-US from ICU (CLDR): negative currency is -$n, not ($n).
      const body = group(fixed(n, p ?? 2));
      return n < 0 && /[1-9]/.test(body) ? `-$${body.replace(/^-/, '')}` : '$' + body;
    }
    case 'D': {
      if (!isIntegral(n)) throw new FormatError('Format specifier was invalid.');
      const digits = String(Math.abs(n)).padStart(p ?? 0, '0');
      return n < 0 ? '-' + digits : digits;
    }
    case 'E': {
      const prec = p ?? 6;
      const [mant, e] = Math.abs(n).toExponential(prec).split('e');
      return signed(n, mant + exponentText(Number(e), 3, upper));
    }
    case 'F':
      return signed(n, fixed(n, p ?? 2));
    case 'N': {
      const s = fixed(n, p ?? 2);
      const [i, f] = s.split('.');
      return signed(n, group(i!) + (f !== undefined ? '.' + f : ''));
    }
    case 'P': {
      const s = fixed(n * 100, p ?? 2);
      const [i, f] = s.split('.');
      // ICU's en-US percent pattern has no space (#,##0%), as PowerShell 7 on .NET 8 prints.
      return signed(n, group(i!) + (f !== undefined ? '.' + f : '') + '%');
    }
    case 'G':
      if (p === undefined || p === 0) return isIntegral(n) ? String(n) : formatGeneral(n, 15, upper);
      return formatGeneral(n, p, upper);
    case 'R':
      return isIntegral(n) ? String(n) : formatGeneral(n, 17, upper).replace(/^(-?)(\d\.\d*?)0+E/, '$1$2E');
    case 'X': {
      if (!isIntegral(n)) throw new FormatError('Format specifier was invalid.');
      const v = n < 0 ? BigInt.asUintN(n >= -2147483648 ? 32 : 64, BigInt(n)) : BigInt(n);
      const hex = v.toString(16).padStart(p ?? 0, '0');
      return upper ? hex.toUpperCase() : hex;
    }
    default:
      return undefined;
  }
}

export class FormatError extends Error {}

/** One section of a custom numeric format: literal pieces and placeholders. */
function customFormat(n: number, format: string): string {
  const sections = splitSections(format);
  let section = sections[0]!;
  let value = n;
  if (n < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1]!;
    value = -n;
  } else if (n === 0 && sections.length > 2 && sections[2] !== '') {
    section = sections[2]!;
  }
  const body = formatSection(Math.abs(value), section);
  const negativeWithoutSection = n < 0 && !(sections.length > 1 && sections[1] !== '');
  return negativeWithoutSection && /[1-9]/.test(body) ? '-' + body : body;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (quote) {
      cur += c;
      if (c === quote) quote = '';
    } else if (c === '\\' && i + 1 < format.length) {
      cur += c + format[++i];
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ';') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

type Token = { kind: 'lit'; text: string } | { kind: 'ph'; char: '0' | '#' } | { kind: 'dot' } | { kind: 'comma' } | { kind: 'exp'; text: string };

function tokenize(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === '0' || c === '#') out.push({ kind: 'ph', char: c });
    else if (c === '.') out.push({ kind: 'dot' });
    else if (c === ',') out.push({ kind: 'comma' });
    else if (c === '\\' && i + 1 < section.length) out.push({ kind: 'lit', text: section[++i]! });
    else if (c === '"' || c === "'") {
      const end = section.indexOf(c, i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ kind: 'lit', text: section.slice(i + 1, stop) });
      i = stop;
    } else if ((c === 'E' || c === 'e') && /^[+-]?0/.test(section.slice(i + 1))) {
      const m = /^[Ee][+-]?0+/.exec(section.slice(i))!;
      out.push({ kind: 'exp', text: m[0] });
      i += m[0].length - 1;
    } else out.push({ kind: 'lit', text: c });
  }
  return out;
}

function formatSection(value: number, section: string): string {
  const tokens = tokenize(section);
  const dotIndex = tokens.findIndex((t) => t.kind === 'dot');
  const intTokens = dotIndex < 0 ? tokens : tokens.slice(0, dotIndex);
  const fracTokens = dotIndex < 0 ? [] : tokens.slice(dotIndex + 1);
  // Commas right before the decimal point (or end) scale by 1000 each; elsewhere they turn grouping on.
  let scaleCommas = 0;
  for (let i = intTokens.length - 1; i >= 0 && intTokens[i]!.kind === 'comma'; i--) scaleCommas++;
  const grouping = intTokens.slice(0, intTokens.length - scaleCommas).some((t, i, a) => t.kind === 'comma' && a.slice(0, i).some((x) => x.kind === 'ph'));
  let v = value / Math.pow(1000, scaleCommas);
  if (section.includes('%')) v *= 100;
  if (section.includes('‰')) v *= 1000;
  const expToken = tokens.find((t) => t.kind === 'exp') as { kind: 'exp'; text: string } | undefined;
  const fracPh = fracTokens.filter((t) => t.kind === 'ph') as { kind: 'ph'; char: '0' | '#' }[];
  const minFrac = fracPh.filter((t) => t.char === '0').length;
  const maxFrac = fracPh.length;
  const intPh = intTokens.filter((t) => t.kind === 'ph') as { kind: 'ph'; char: '0' | '#' }[];
  const firstZero = intPh.findIndex((t) => t.char === '0');
  const minInt = firstZero < 0 ? 0 : intPh.length - firstZero;
  let exponent = 0;
  if (expToken && v !== 0) {
    exponent = Math.floor(Math.log10(v)) - (Math.max(intPh.length, 1) - 1);
    v = v / Math.pow(10, exponent);
  }
  const s = fixed(v, maxFrac);
  let [intPart, fracPart = ''] = s.split('.');
  fracPart = fracPart.replace(/0+$/, '');
  while (fracPart.length < minFrac) fracPart += '0';
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart!.padStart(minInt, '0');
  if (grouping) intPart = group(intPart);
  // Place the integer digits: extra digits go with the first placeholder; literals stay in place.
  let out = '';
  const phCount = intPh.length;
  let phSeen = 0;
  let digitsLeft = intPart;
  for (const t of intTokens.slice(0, intTokens.length - scaleCommas)) {
    if (t.kind === 'ph') {
      phSeen++;
      if (phSeen === 1) {
        // first placeholder takes all leading digits beyond the remaining placeholder count
        const remaining = phCount - 1;
        const plain = digitsLeft;
        const take = Math.max(0, countDigitsFromStart(plain, digitCount(plain) - remaining));
        out += plain.slice(0, take);
        digitsLeft = plain.slice(take);
      } else {
        const m = /^,?\d/.exec(digitsLeft);
        if (m) {
          out += m[0];
          digitsLeft = digitsLeft.slice(m[0].length);
        }
      }
    } else if (t.kind === 'lit') out += t.text;
  }
  out += digitsLeft;
  if (fracPart.length > 0) {
    out += '.';
    let fi = 0;
    for (const t of fracTokens) {
      if (t.kind === 'ph') {
        if (fi < fracPart.length) out += fracPart[fi];
        fi++;
      } else if (t.kind === 'lit') out += t.text;
      else if (t.kind === 'exp') out += exponentText(exponent, t.text.replace(/^[Ee][+-]?/, '').length, t.text[0] === 'E', t.text[1] === '+');
    }
  } else {
    for (const t of fracTokens) {
      if (t.kind === 'lit') out += t.text;
      else if (t.kind === 'exp') out += exponentText(exponent, t.text.replace(/^[Ee][+-]?/, '').length, t.text[0] === 'E', t.text[1] === '+');
    }
  }
  if (expToken && dotIndex < 0) {
    const idx = intTokens.indexOf(expToken);
    if (idx >= 0) out += exponentText(exponent, expToken.text.replace(/^[Ee][+-]?/, '').length, expToken.text[0] === 'E', expToken.text[1] === '+');
  }
  return out;
}

function digitCount(s: string): number {
  return s.replace(/[^0-9]/g, '').length;
}

/** Index in `s` after `n` digits (commas included). */
function countDigitsFromStart(s: string, n: number): number {
  if (n <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    if (/\d/.test(s[i]!)) seen++;
    if (seen === n) return i + 1;
  }
  return s.length;
}

/** `n.ToString(format)` in en-US. Throws FormatError for an invalid standard specifier. */
export function formatNumberWith(n: number, format: string): string {
  if (format === '' || !Number.isFinite(n)) return formatNumber(n);
  const standard = standardFormat(n, format);
  if (standard !== undefined) return standard;
  if (/^[A-Za-z]\d*$/.test(format)) throw new FormatError('Format specifier was invalid.');
  return customFormat(n, format);
}
