// Properties of the OPATH filter: no input crashes or hangs it, and random well-formed filters
// select exactly what a naive reference evaluation of the same tree selects.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compileOpathFilter,
  filterSchemaFor,
  FILTER_SCHEMA_NOUNS,
  OpathFilterError,
  type FilterValueKind,
} from '../../../src/sandbox/query/index.js';
import type { StoredRecord } from '../../../src/sandbox/contracts.js';

const schema = filterSchemaFor('Mailbox');

const SAMPLE_RECORDS: StoredRecord[] = [
  { Guid: '1', Alias: 'a', EmailAddresses: ['SMTP:a@x.com'], WhenCreated: '2024-01-01T00:00:00Z', MaxSafeSenders: 1, HiddenFromAddressListsEnabled: true },
  { Guid: '2', Alias: null, EmailAddresses: [], WhenCreated: 'garbage', MaxSafeSenders: 'x', HiddenFromAddressListsEnabled: 'maybe', GroupType: 7 },
  { Guid: '3' },
];

/** Compiles, and if that works, runs the predicate; returns the error thrown, if any. */
function attempt(text: string): unknown {
  try {
    const predicate = compileOpathFilter(text, schema);
    for (const r of SAMPLE_RECORDS) predicate(r);
    return undefined;
  } catch (e) {
    return e;
  }
}

function expectOnlyFilterErrors(text: string): void {
  const e = attempt(text);
  if (e === undefined) return;
  expect(e).toBeInstanceOf(OpathFilterError);
  const err = e as OpathFilterError;
  expect(Number.isInteger(err.position)).toBe(true);
  expect(err.position).toBeGreaterThanOrEqual(0);
  expect(err.position).toBeLessThanOrEqual(text.length);
  expect(err.message.startsWith("Cannot bind parameter 'Filter' to the target.")).toBe(true);
}

const FRAGMENTS = [
  '(', ')', ' ', '  ', "'", '"', "''", '`', '{', '}', '!', '-', '–', '*', '\\', ',', ':', '\n', '\t',
  '-eq', '-ne', '-like', '-notlike', '-gt', '-ge', '-lt', '-le', '-and', '-or', '-not', '-AND', '-contains',
  '$null', '$true', '$False', '$x', '$', 'Alias', 'alias', 'EmailAddresses', 'WhenCreated', 'MaxSafeSenders',
  'HiddenFromAddressListsEnabled', 'GroupType', 'Foo', "'a*'", "'*b'", "'a*b*c'", "'1/2/2024'", "'Unlimited'",
  '5', '-5', '1.5', 'True', 'x', 'é', '山', '\u0000', '\uD800',
];

/** n comparisons joined by the operator joiner(i) chooses before the i-th one. */
function alternating(n: number, joiner: (i: number) => string): string {
  let text = "Alias -eq 'x0'";
  for (let i = 1; i < n; i++) text += `${joiner(i)}Alias -eq 'x${i}'`;
  return text;
}

describe('no filter text makes compileOpathFilter fail other than with OpathFilterError', () => {
  it('holds for token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        expectOnlyFilterErrors(parts.join(''));
        expectOnlyFilterErrors(parts.join(' '));
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectOnlyFilterErrors(text)),
      { numRuns: 1000 },
    );
  });

  it('holds for long and deeply nested input', () => {
    const cases = [
      '('.repeat(100_000),
      ')'.repeat(100_000),
      '('.repeat(50_000) + "Alias -eq 'x'" + ')'.repeat(50_000),
      '-not '.repeat(50_000) + "Alias -eq 'x'",
      '!'.repeat(100_000) + "Alias -eq 'x'",
      Array.from({ length: 20_000 }, (_, i) => `Alias -eq 'x${i}'`).join(' -and '),
      alternating(20_000, (i) => (i % 2 ? ' -and ' : ' -or ')),
      alternating(20_000, (i) => (i % 3 ? ' -and ' : ' -or ')),
      "Alias -eq '" + 'x'.repeat(1_000_000) + "'",
      "Alias -like '" + '*'.repeat(100_000) + "'",
      "'".repeat(100_001),
      '"'.repeat(100_001),
      '{'.repeat(1000) + '}'.repeat(1000),
    ];
    for (const text of cases) expectOnlyFilterErrors(text);
  });
});

// ---------------------------------------------------------------------------------------------
// Reference evaluation. The test builds a filter tree, prints it as OPATH text (in varied but
// equivalent spellings) and checks the compiled filter against a direct evaluation of the tree.

type PropKind = 'text' | 'proxy' | 'bool' | 'int' | 'date' | 'guid' | 'size' | 'link';
const PROPS: Record<string, PropKind> = {
  Alias: 'text',
  DisplayName: 'text',
  CustomAttribute1: 'text',
  EmailAddresses: 'proxy',
  HiddenFromAddressListsEnabled: 'bool',
  MaxSafeSenders: 'int',
  WhenCreated: 'date',
  ExchangeGuid: 'guid',
  ProhibitSendQuota: 'size',
  ForwardingAddress: 'link',
};
type Op = 'eq' | 'ne' | 'like' | 'notlike' | 'gt' | 'ge' | 'lt' | 'le';

type Value =
  | { t: 'null' }
  | { t: 'text'; s: string; quote: 'single' | 'double' | 'bare' }
  | { t: 'bool'; b: boolean; style: 'const' | 'text' }
  | { t: 'int'; n: number; quoted: boolean }
  | { t: 'date'; ms: number; style: 'iso' | 'us' };

type Tree =
  | { k: 'cmp'; prop: string; op: Op; value: Value; propCase: 'same' | 'lower' | 'upper'; opCase: 'lower' | 'upper' }
  | { k: 'not'; x: Tree; bang: boolean }
  | { k: 'and' | 'or'; l: Tree; r: Tree; extraParens: boolean }
  | { k: 'group'; x: Tree };

const LETTERS = ['a', 'b', 'A', 'B', 'é', 'É', '.', "'"];
const textArb = fc.array(fc.constantFrom(...LETTERS), { minLength: 0, maxLength: 3 }).map((a) => a.join(''));
const DOMAINS = ['x.com', 'y.org'];
const DATES = ['2023-05-01T10:00:00Z', '2024-02-29T23:59:59Z', '2024-03-01T00:00:00Z', '2025-12-31T12:30:00Z'].map((d) =>
  Date.parse(d),
);

const GUIDS = ['6f0a6b55-31f2-4c59-9a37-2b7a5a0c0001', 'a1b2c3d4-0000-4000-8000-00000000aaaa'];
const SIZES = ['Unlimited', '99 GB (106,300,440,576 bytes)', '49.5 GB (53,150,220,288 bytes)', '50 MB (52,428,800 bytes)', '1 KB (1,024 bytes)', '0 B (0 bytes)'];
const PEOPLE = ['Angela Gruber', 'Basho Kato'];
const dnOf = (name: string) => `CN=${name},OU=contoso.onmicrosoft.com,DC=prod,DC=outlook,DC=com`;
const canonicalOf = (name: string) => `prod.outlook.com/contoso.onmicrosoft.com/${name}`;

const likeArb = (inner: fc.Arbitrary<string>) =>
  fc.tuple(fc.boolean(), inner, fc.boolean()).map(([pre, s, post]) => `${pre ? '*' : ''}${s}${post ? '*' : ''}`);

function valueArb(kind: PropKind, op: Op): fc.Arbitrary<Value> {
  const nullable = op === 'eq' || op === 'ne' || op === 'like' || op === 'notlike';
  const quote = fc.constantFrom('single', 'double', 'bare') as fc.Arbitrary<'single' | 'double' | 'bare'>;
  const isLike = op === 'like' || op === 'notlike';
  let typed: fc.Arbitrary<Value>;
  switch (kind) {
    case 'text':
      typed = fc
        .tuple(isLike ? likeArb(textArb) : textArb, quote)
        .map(([s, q]) => ({ t: 'text' as const, s, quote: q }));
      break;
    case 'proxy': {
      const address = fc
        .tuple(fc.constantFrom('', 'smtp:', 'SMTP:'), textArb, fc.constantFrom(...DOMAINS))
        .map(([p, l, d]) => `${p}${l}@${d}`);
      const pattern = fc.oneof(
        likeArb(address),
        fc.constantFrom(...DOMAINS).map((d) => `*@${d}`),
        textArb.map((l) => `smtp:${l}*`),
      );
      typed = fc.tuple(isLike ? pattern : address, quote).map(([s, q]) => ({ t: 'text' as const, s, quote: q }));
      break;
    }
    case 'bool':
      typed = fc
        .tuple(fc.boolean(), fc.constantFrom('const', 'text') as fc.Arbitrary<'const' | 'text'>)
        .map(([b, style]) => ({ t: 'bool' as const, b, style }));
      break;
    case 'int':
      typed = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.boolean()).map(([n, quoted]) => ({ t: 'int' as const, n, quoted }));
      break;
    case 'guid':
      typed = fc
        .tuple(fc.constantFrom(...GUIDS), fc.boolean(), fc.boolean(), quote)
        .map(([g, upper, braces, q]) => {
          const t = upper ? g.toUpperCase() : g;
          return { t: 'text' as const, s: braces ? `{${t}}` : t, quote: q === 'bare' && braces ? 'single' : q };
        });
      break;
    case 'size':
      typed = fc
        .tuple(fc.constantFrom('Unlimited', '0', '1024', '1KB', '50 MB', '1.5GB', '99GB', '100 GB'), quote)
        .map(([s, q]) => ({ t: 'text' as const, s, quote: s.includes(' ') && q === 'bare' ? 'single' : q }));
      break;
    case 'link':
      typed = fc
        .tuple(fc.constantFrom(...PEOPLE), fc.constantFrom('dn', 'canonical', 'name'))
        .map(([name, form]) => ({ t: 'text' as const, s: form === 'dn' ? dnOf(name) : form === 'canonical' ? canonicalOf(name) : name, quote: 'single' as const }));
      break;
    case 'date':
      typed = fc
        .tuple(fc.constantFrom(...DATES), fc.constantFrom('iso', 'us') as fc.Arbitrary<'iso' | 'us'>)
        .map(([ms, style]) => ({ t: 'date' as const, ms, style }));
      break;
  }
  return nullable ? fc.oneof({ weight: 1, arbitrary: fc.constant({ t: 'null' } as Value) }, { weight: 5, arbitrary: typed }) : typed;
}

function opsFor(kind: PropKind): Op[] {
  if (kind === 'link') return ['eq', 'ne'];
  if (kind === 'size' || kind === 'guid') return ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
  // -like on typed properties compares display text; the reference keeps to what users write.
  if (kind === 'bool') return ['eq', 'ne'];
  if (kind === 'int' || kind === 'date') return ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
  return ['eq', 'ne', 'like', 'notlike', 'gt', 'ge', 'lt', 'le'];
}

const comparisonArb: fc.Arbitrary<Tree> = fc
  .constantFrom(...Object.keys(PROPS))
  .chain((prop) =>
    fc.constantFrom(...opsFor(PROPS[prop]!)).chain((op) =>
      fc.record({
        k: fc.constant('cmp' as const),
        prop: fc.constant(prop),
        op: fc.constant(op),
        value: valueArb(PROPS[prop]!, op),
        propCase: fc.constantFrom('same', 'lower', 'upper') as fc.Arbitrary<'same' | 'lower' | 'upper'>,
        opCase: fc.constantFrom('lower', 'upper') as fc.Arbitrary<'lower' | 'upper'>,
      }),
    ),
  );

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: comparisonArb },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('not' as const), x: tie('tree'), bang: fc.boolean() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constantFrom('and' as const, 'or' as const),
        l: tie('tree'),
        r: tie('tree'),
        extraParens: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('group' as const), x: tie('tree') }) },
  ),
})).tree;

// -- printing --------------------------------------------------------------------------------

function usDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

function printValue(v: Value): string {
  switch (v.t) {
    case 'null':
      return '$null';
    case 'bool':
      return v.style === 'const' ? (v.b ? '$true' : '$False') : v.b ? "'True'" : "'false'";
    case 'int':
      return v.quoted ? `'${v.n}'` : String(v.n);
    case 'date':
      return `'${v.style === 'iso' ? new Date(v.ms).toISOString() : usDate(v.ms)}'`;
    case 'text': {
      const bareOk = v.s.length > 0 && !/['"\s()$]/.test(v.s) && !v.s.startsWith('-') && !v.s.startsWith('!');
      if (v.quote === 'bare' && bareOk) return v.s;
      if (v.quote === 'double' && !v.s.includes('"')) return `"${v.s}"`;
      return `'${v.s.replace(/'/g, "''")}'`;
    }
  }
}

const binary = (t: Tree): boolean => t.k === 'and' || t.k === 'or';

/** Prints the tree so that parsing it (equal precedence, left to right) gives the same tree. */
function print(t: Tree): string {
  switch (t.k) {
    case 'cmp': {
      const prop = t.propCase === 'lower' ? t.prop.toLowerCase() : t.propCase === 'upper' ? t.prop.toUpperCase() : t.prop;
      const op = t.opCase === 'upper' ? `-${t.op.toUpperCase()}` : `-${t.op}`;
      return `${prop} ${op} ${printValue(t.value)}`;
    }
    case 'not': {
      const inner = print(t.x);
      const wrapped = binary(t.x) ? `(${inner})` : inner;
      return t.bang ? `!${binary(t.x) || t.x.k === 'group' ? wrapped : `(${wrapped})`}` : `-not ${wrapped}`;
    }
    case 'group':
      return `(${print(t.x)})`;
    case 'and':
    case 'or': {
      const left = t.extraParens || false ? `(${print(t.l)})` : print(t.l);
      const right = binary(t.r) ? `(${print(t.r)})` : print(t.r);
      return `${left} -${t.k} ${right}`;
    }
  }
}

// -- the reference evaluator -----------------------------------------------------------------

function present(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v.filter((x) => x !== undefined && x !== null && x !== '');
  return [v];
}

function likeRegex(pattern: string): RegExp {
  const body = pattern
    .toLowerCase()
    .split('*')
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

function asBool(v: unknown): boolean | undefined {
  if (v === true || v === 'True' || v === 'true') return true;
  if (v === false || v === 'False' || v === 'false') return false;
  return undefined;
}

function order(op: Op, a: number | string, b: number | string): boolean {
  if (op === 'gt') return a > b;
  if (op === 'ge') return a >= b;
  if (op === 'lt') return a < b;
  return a <= b;
}

/** Bytes of a size as written in a filter or shown on an object; Unlimited above all. */
function sizeBytes(text: string): number {
  if (text === 'Unlimited') return Infinity;
  const shown = /\(([\d,]+) bytes\)/.exec(text);
  if (shown) return Number(shown[1]!.split(',').join(''));
  const m = /^([\d.]+) ?(KB|MB|GB)?$/.exec(text);
  if (!m) return NaN;
  const unit = { KB: 1024, MB: 1024 * 1024, GB: 1024 * 1024 * 1024 }[m[2] as 'KB' | 'MB' | 'GB'] ?? 1;
  return Math.floor(Number(m[1]) * unit);
}

function referenceCompare(kind: PropKind, op: Op, value: Value, raw: unknown): boolean {
  const values = present(raw);
  const emptyText = value.t === 'text' && value.s === '' && (op === 'eq' || op === 'ne' || op === 'like' || op === 'notlike');
  if (value.t === 'null' || emptyText) {
    const isNull = values.length === 0;
    return op === 'eq' || op === 'like' ? isNull : !isNull;
  }
  if (op === 'ne') return !referenceCompare(kind, 'eq', value, raw);
  if (op === 'notlike') return !referenceCompare(kind, 'like', value, raw);
  switch (kind) {
    case 'text':
    case 'proxy': {
      const operand = (value as { s: string }).s.toLowerCase();
      return values.some((v) => {
        if (typeof v !== 'string') return false;
        const s = v.toLowerCase();
        if (op === 'like') return likeRegex(operand).test(s);
        if (op === 'eq') {
          if (s === operand) return true;
          return kind === 'proxy' && !operand.includes(':') && s.slice(s.indexOf(':') + 1) === operand;
        }
        return order(op, s, operand);
      });
    }
    case 'bool': {
      const want = (value as { b: boolean }).b;
      return values.some((v) => asBool(v) === want);
    }
    case 'int': {
      const n = (value as { n: number }).n;
      return values.some((v) => typeof v === 'number' && (op === 'eq' ? v === n : order(op, v, n)));
    }
    case 'guid': {
      const want = (value as { s: string }).s.replace(/[{}]/g, '').toLowerCase();
      return values.some((v) => typeof v === 'string' && (op === 'eq' ? v.toLowerCase() === want : order(op, v.toLowerCase(), want)));
    }
    case 'size': {
      const want = sizeBytes((value as { s: string }).s);
      return values.some((v) => {
        const have = typeof v === 'string' ? sizeBytes(v) : NaN;
        return !Number.isNaN(have) && (op === 'eq' ? have === want : order(op, have, want));
      });
    }
    case 'link': {
      const want = (value as { s: string }).s;
      return values.some((v) => typeof v === 'string' && PEOPLE.some((p) => [p, dnOf(p), canonicalOf(p)].includes(want) && [p, dnOf(p)].includes(v)));
    }
    case 'date': {
      const ms = (value as { ms: number }).ms;
      return values.some((v) => {
        const t = typeof v === 'string' ? Date.parse(v) : NaN;
        return !Number.isNaN(t) && (op === 'eq' ? t === ms : order(op, t, ms));
      });
    }
  }
}

function reference(t: Tree, r: StoredRecord): boolean {
  switch (t.k) {
    case 'cmp':
      return referenceCompare(PROPS[t.prop]!, t.op, t.value, r[t.prop]);
    case 'not':
      return !reference(t.x, r);
    case 'group':
      return reference(t.x, r);
    case 'and':
      return reference(t.l, r) && reference(t.r, r);
    case 'or':
      return reference(t.l, r) || reference(t.r, r);
  }
}

// -- records ---------------------------------------------------------------------------------

const recordArb: fc.Arbitrary<StoredRecord> = fc.record({
  Guid: fc.uuid(),
  Alias: fc.oneof(textArb, fc.constant(null)),
  DisplayName: fc.option(textArb, { nil: undefined }),
  CustomAttribute1: fc.oneof(textArb, fc.constant(null), fc.constant(undefined)),
  EmailAddresses: fc.array(
    fc.tuple(fc.constantFrom('smtp:', 'SMTP:'), textArb, fc.constantFrom(...DOMAINS)).map(([p, l, d]) => `${p}${l}@${d}`),
    { maxLength: 3 },
  ),
  HiddenFromAddressListsEnabled: fc.constantFrom(true, false, 'True', 'False', undefined),
  MaxSafeSenders: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
  WhenCreated: fc.option(fc.constantFrom(...DATES).map((ms) => new Date(ms).toISOString()), { nil: undefined }),
  ExchangeGuid: fc.option(fc.constantFrom(...GUIDS), { nil: undefined }),
  ProhibitSendQuota: fc.option(fc.constantFrom(...SIZES), { nil: undefined }),
  ForwardingAddress: fc.option(fc.constantFrom(...PEOPLE.flatMap((p) => [p, dnOf(p)])), { nil: null }),
});

describe('random well-formed filters select what a naive evaluation of the same tree selects', () => {
  it('agrees with the reference on every record', () => {
    fc.assert(
      fc.property(treeArb, fc.array(recordArb, { minLength: 1, maxLength: 8 }), (tree, records) => {
        const text = print(tree);
        const predicate = compileOpathFilter(text, schema);
        for (const r of records) {
          if (predicate(r) !== reference(tree, r)) {
            throw new Error(`filter ${text} disagrees on ${JSON.stringify(r)}: got ${predicate(r)}`);
          }
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('prints an -or followed by -and without parentheses, relying on left-to-right evaluation', () => {
    const tree: Tree = {
      k: 'and',
      extraParens: false,
      l: {
        k: 'or',
        extraParens: false,
        l: { k: 'cmp', prop: 'Alias', op: 'eq', value: { t: 'text', s: 'a', quote: 'single' }, propCase: 'same', opCase: 'lower' },
        r: { k: 'cmp', prop: 'Alias', op: 'eq', value: { t: 'text', s: 'b', quote: 'single' }, propCase: 'same', opCase: 'lower' },
      },
      r: { k: 'cmp', prop: 'MaxSafeSenders', op: 'gt', value: { t: 'int', n: 0, quoted: false }, propCase: 'same', opCase: 'lower' },
    };
    expect(print(tree)).toBe("Alias -eq 'a' -or Alias -eq 'b' -and MaxSafeSenders -gt 0");
    const predicate = compileOpathFilter(print(tree), schema);
    const a = { Guid: '1', Alias: 'a', MaxSafeSenders: 0 };
    expect(predicate(a)).toBe(false);
    expect(reference(tree, a)).toBe(false);
  });
});

describe('compiled filters never throw, whatever the stored values look like', () => {
  const oddValue = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom('Unlimited', '99 GB (106,300,440,576 bytes)', '0.20 (15.0.0.0)', '14.00:00:00', 'not a date', '{}', 'smtp:', ':'),
  );
  const oddRecord: fc.Arbitrary<StoredRecord> = fc
    .record(Object.fromEntries(Object.keys(PROPS).map((k) => [k, oddValue])) as Record<string, fc.Arbitrary<unknown>>)
    .map((r) => ({ Guid: 'odd', ...r }) as StoredRecord);

  it('holds for random filters over records with arbitrary JSON values', () => {
    fc.assert(
      fc.property(treeArb, fc.array(oddRecord, { minLength: 1, maxLength: 5 }), (tree, records) => {
        const predicate = compileOpathFilter(print(tree), schema);
        for (const r of records) expect(typeof predicate(r)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('every filterable property of every cmdlet compiles and evaluates over odd values', () => {
  const SAMPLE: Record<FilterValueKind, string> = {
    string: "'x'", dn: "'CN=x,DC=contoso,DC=com'", guid: "'{00000000-0000-0000-0000-000000000001}'",
    proxyAddress: "'x@contoso.com'", enum: "'None'", flags: "'Universal,SecurityEnabled'",
    orderedFlags: "'NormalAccount'", orderedList: "'en-US,fr-FR'", boolean: '$true', integer: '5',
    datetime: "'1/1/2024 2:00:00 PM'", size: "'Unlimited'", timespan: "'1.00:00:00'",
  };

  it.each(FILTER_SCHEMA_NOUNS)('%s', (noun) => {
    const schema = filterSchemaFor(noun);
    const values = fc.sample(fc.oneof(fc.jsonValue(), fc.constantFrom('Unlimited', '0.20 (15.0.0.0)', 'smtp:a@b', 'CN=x,DC=y')), {
      numRuns: 40,
      seed: 42,
    });
    for (const p of schema.properties.values()) {
      const records = values.map((v, i) => ({ Guid: String(i), [p.name]: v }) as StoredRecord);
      for (const filter of [
        `${p.name} -eq ${SAMPLE[p.kind]}`,
        `${p.name} -ne ${SAMPLE[p.kind]}`,
        `${p.name} -gt ${SAMPLE[p.kind]}`,
        `${p.name} -like 'a*'`,
        `${p.name} -notlike '*a'`,
        `${p.name} -eq $null`,
      ]) {
        const predicate = compileOpathFilter(filter, schema);
        for (const r of records) expect(typeof predicate(r), filter).toBe('boolean');
      }
    }
  });
});
