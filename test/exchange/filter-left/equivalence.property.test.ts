// The promise of filter-left, checked against the sandbox: for generated Where-Object predicates
// over generated mailbox data, the objects that come out with filter-left on are the objects that
// come out with it off — the same ones, in the same order — and -Verbose names exactly the filter
// that was pushed. Predicates mix texts with case and non-ASCII variants, $null and '', wildcards
// and regexes, multi-valued EmailAddresses, Booleans, dates and sizes, joined by -and/-or/-not.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/runtime/values.js';
import { exchangeSession, useSandbox, type Captured } from '../connection/harness.js';

const sandbox = useSandbox({ mailboxes: 48 });
let c: Captured;

/** Values on the tenant, read once, that generated comparisons start from. */
const seen: Record<string, string[]> = {};

const TEXT = ['Alias', 'DisplayName', 'Name', 'Office', 'CustomAttribute1', 'CustomAttribute2', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'UserPrincipalName'];
const BOOL = ['HiddenFromAddressListsEnabled', 'LitigationHoldEnabled'];

/**
 * Extra variety on a few mailboxes: case twins, a quote, a literal `*`, non-ASCII, blanks, and the
 * letters where case folding is not symmetric: the dotless ı and the dotted İ ('aydın' -eq 'AYDIN'
 * and 'İ' -eq 'i' are False in pwsh 7.6), the long ſ ('ſales' -eq 'sales' is False), and the final
 * sigma ('ΟΔΟΣ' -eq 'οδοσ' and 'οδος' -eq 'οδοσ' are True, where JavaScript's toLowerCase gives ς).
 */
const TWINS = ['Sales', 'SALES', 'sales', 'Sales ', "O'Brien", 'Sa*les', 'İstanbul', 'straße', 'Ärger', 'x', 'aydın', 'AYDIN', 'ſales', 'ΟΔΟΣ', 'οδοσ', 'οδος', 'istanbul'];
/** Offices of mailboxes 23.. (Office is filterable and negatable on Get-Mailbox). */
const ODD_OFFICES = ['ſales', 'aydın', 'AYDIN', 'ΟΔΟΣ', 'οδος', 'İSTANBUL'];

beforeAll(async () => {
  c = exchangeSession(sandbox());
  const r = await c.session.run('Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false');
  expect(r.errors.map((e) => e.message)).toEqual([]);
  const aliases = (await c.session.run('Get-Mailbox -ResultSize Unlimited | ForEach-Object Alias')).output as string[];
  const edits = TWINS.map((v, i) => `Set-Mailbox '${aliases[i + 3]}' -CustomAttribute2 '${v.replaceAll("'", "''")}' -HiddenFromAddressListsEnabled $${i % 2 === 0}`);
  edits.push(`Set-Mailbox '${aliases[20]}' -Office 'SALES'`, `Set-Mailbox '${aliases[21]}' -Office 'sales'`, `Set-Mailbox '${aliases[22]}' -LitigationHoldEnabled $true`);
  edits.push(...ODD_OFFICES.map((v, i) => `Set-Mailbox '${aliases[23 + i]}' -Office '${v}'`));
  const e = await c.session.run(edits.join('; '));
  expect(e.errors.map((x) => x.message)).toEqual([]);
  const all = (await c.session.run('Get-Mailbox -ResultSize Unlimited')).output as PSObject[];
  for (const p of [...TEXT, 'EmailAddresses']) {
    const values = new Set<string>();
    for (const m of all) {
      const v = m.get(p);
      for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && x !== '') values.add(x);
    }
    seen[p] = [...values];
  }
}, 120_000);

const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** A text derived from a real value: itself, another case, a part of it, or something else. */
function textFrom(property: string): fc.Arbitrary<string> {
  const base = fc.constantFrom(...(seen[property]!.length ? seen[property]! : ['none']));
  return fc.oneof(
    base,
    base.map((s) => s.toUpperCase()),
    base.map((s) => s.toLowerCase()),
    fc.tuple(base, fc.nat()).map(([s, n]) => s.slice(0, 1 + (n % Math.max(1, s.length)))),
    fc.constantFrom(...TWINS, '', 'Seattle', 'UserMailbox', 'SharedMailbox', 'smtp:x@contoso.com'),
    fc.string({ unit: fc.constantFrom('a', 'e', 'S', 's', 'I', 'i', ' ', '.', '@', 'İ', 'ı', 'ſ', 'ß', 'Σ', 'σ', 'ς'), maxLength: 4 }),
  );
}

/** A -like pattern built from a real value: a prefix, a suffix, ? and [..] and * in the middle. */
function patternFrom(property: string): fc.Arbitrary<string> {
  return fc.tuple(textFrom(property), fc.nat(), fc.constantFrom('prefix', 'suffix', 'inner', 'question', 'bracket', 'exact', 'star', 'escaped')).map(([s, n, shape]) => {
    const cut = s.length === 0 ? 0 : n % s.length;
    switch (shape) {
      case 'prefix':
        return `${s.slice(0, cut + 1)}*`;
      case 'suffix':
        return `*${s.slice(cut)}`;
      case 'inner':
        return `*${s.slice(cut, cut + 3)}*`;
      case 'question':
        return s.length ? `${s.slice(0, cut)}?${s.slice(cut + 1)}` : '?';
      case 'bracket':
        return `${s.slice(0, cut)}[${s[cut] ?? 'a'}x]${s.slice(cut + 1)}*`;
      case 'star':
        return `${s.slice(0, cut)}*${s.slice(cut + 1)}`;
      case 'escaped':
        return s.replace('*', '`*');
      default:
        return s;
    }
  });
}

function regexFrom(property: string): fc.Arbitrary<string> {
  return fc.tuple(textFrom(property), fc.nat(), fc.boolean()).map(([s, n, anchored]) => {
    const part = s.slice(n % Math.max(1, s.length), (n % Math.max(1, s.length)) + 3).replace(/[.*+?^${}()|[\]\\]/g, (m) => (m === '.' && n % 2 ? '.' : `\\${m}`));
    return `${anchored ? '^' : ''}${part}`;
  });
}

const textOps = fc.constantFrom('-eq', '-ieq', '-ceq', '-ne', '-cne', '-gt', '-le');
const likeOps = fc.constantFrom('-like', '-clike', '-notlike', '-cnotlike');
const matchOps = fc.constantFrom('-match', '-cmatch', '-notmatch');

function textAtom(): fc.Arbitrary<string> {
  return fc.constantFrom(...TEXT).chain((p) =>
    fc.oneof(
      fc.tuple(textOps, textFrom(p), fc.boolean()).map(([op, v, flip]) => (flip ? `${quote(v)} ${op} $_.${p}` : `$_.${p} ${op} ${quote(v)}`)),
      fc.tuple(likeOps, patternFrom(p)).map(([op, v]) => `$_.${p} ${op} ${quote(v)}`),
      fc.tuple(matchOps, regexFrom(p)).map(([op, v]) => `$_.${p} ${op} ${quote(v)}`),
      fc.array(textFrom(p), { minLength: 1, maxLength: 3 }).map((vs) => `$_.${p} -in ${vs.map(quote).join(',')}`),
      fc.constantFrom(`$_.${p}`, `-not $_.${p}`, `$_.${p} -eq $null`, `$_.${p} -ne $null`, `$null -eq $_.${p}`, `$_.${p} -eq ''`),
    ),
  );
}

function multiValuedAtom(): fc.Arbitrary<string> {
  const p = 'EmailAddresses';
  return fc.oneof(
    fc.tuple(fc.constantFrom('-contains', '-notcontains', '-eq', '-ne'), textFrom(p)).map(([op, v]) => `$_.${p} ${op} ${quote(v)}`),
    fc.tuple(likeOps, patternFrom(p)).map(([op, v]) => `$_.${p} ${op} ${quote(v)}`),
    textFrom(p).map((v) => `${quote(v)} -in $_.${p}`),
  );
}

function boolAtom(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...BOOL), fc.constantFrom('-eq $true', '-eq $false', '-ne $true', '-ne $false', '', 'not')).map(([p, t]) =>
    t === 'not' ? `-not $_.${p}` : t === '' ? `$_.${p}` : `$_.${p} ${t}`,
  );
}

function dateAtom(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('-gt', '-ge', '-lt', '-le', '-eq'), fc.constantFrom('$d0', '$d1', "'2015-03-02'", "'2015-03-03'", '$d2')).map(([op, v]) => `$_.WhenCreated ${op} ${v}`);
}

function otherAtom(): fc.Arbitrary<string> {
  return fc.constantFrom(
    '$_.ProhibitSendQuota -gt 10GB',
    '$_.ProhibitSendQuota -eq "Unlimited"',
    "$_.Department -eq 'Sales'",
    '$_.Name.Length -gt 5',
    '$_.EmailAddresses.Count -gt 1',
    '$_.Office -eq $office',
    '$_.CustomAttribute2 -in $twins',
  );
}

const atom = (): fc.Arbitrary<string> => fc.oneof({ weight: 5, arbitrary: textAtom() }, { weight: 2, arbitrary: multiValuedAtom() }, { weight: 2, arbitrary: boolAtom() }, { weight: 1, arbitrary: dateAtom() }, { weight: 1, arbitrary: otherAtom() });

/** Built when the tests run: the values they start from are read from the tenant first. */
const predicate = (): fc.Arbitrary<string> => fc.letrec<{ p: string }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom(),
    fc.tuple(tie('p'), fc.constantFrom('-and', '-or'), tie('p')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('p').map((a) => `-not (${a})`),
  ),
})).p;

const SETUP = "$d0 = [datetime]'2015-03-02T16:30:00Z'; $d1 = [datetime]'2015-03-02T18:00:00'; $d2 = ([datetime]'2026-06-01').AddYears(-1); $office = 'Seattle'; $twins = 'sales','x'";

async function both(pipeline: (where: string) => string, where: string): Promise<{ off: unknown[]; on: unknown[]; verbose: string[]; plan: PSObject; offErrors: number; onErrors: number; warnings: string[] }> {
  const text = pipeline(where);
  const off = await c.session.run(`${SETUP}; $ExoshFilterLeft = $false; ${text}`);
  c.verbose.length = 0;
  c.warnings.length = 0;
  const on = await c.session.run(`${SETUP}; $ExoshFilterLeft = $true; ${text}`);
  const verbose = [...c.verbose];
  const warnings = [...c.warnings];
  const plan = (await c.session.run(`${SETUP}; Get-PipelinePlan { ${text} }`)).output[0] as PSObject;
  return { off: off.output, on: on.output, verbose, plan, offErrors: off.errors.length, onErrors: on.errors.length, warnings };
}

function check(r: Awaited<ReturnType<typeof both>>): void {
  expect(r.on).toEqual(r.off);
  if (r.offErrors === 0) expect(r.onErrors).toBe(0);
  // The sandbox accepts every filter exosh pushes: no "did not accept" retry.
  expect(r.warnings).toEqual([]);
  const pushed = r.plan.get('ServerFilter');
  expect(r.verbose.filter((v) => v.startsWith('filtered on the server: '))).toEqual(pushed === null ? [] : [`filtered on the server: ${pushed as string}`]);
}

describe('filter-left on equals filter-left off (fast-check, against the sandbox)', () => {
  it('Get-Mailbox | Where-Object { <generated> }', async () => {
    let pushedCount = 0;
    await fc.assert(
      fc.asyncProperty(predicate(), async (where) => {
        const r = await both((w) => `Get-Mailbox -ResultSize Unlimited -Verbose | Where-Object { ${w} } | ForEach-Object ExternalDirectoryObjectId`, where);
        if (r.plan.get('ServerFilter') !== null) pushedCount++;
        check(r);
      }),
      { numRuns: 220, seed: 11 },
    );
    // The generator exercises the pushing side, not only the forms left alone.
    expect(pushedCount).toBeGreaterThan(80);
  }, 600_000);

  it('Get-EXOMailbox with and without property sets | Where-Object { <generated> }', async () => {
    await fc.assert(
      fc.asyncProperty(predicate(), fc.constantFrom('', '-PropertySets All', '-PropertySets Custom', '-Properties Office,HiddenFromAddressListsEnabled'), async (where, sets) => {
        check(await both((w) => `Get-EXOMailbox -ResultSize Unlimited ${sets} -Verbose | Where-Object { ${w} } | ForEach-Object ExternalDirectoryObjectId`, where));
      }),
      { numRuns: 100, seed: 12 },
    );
  }, 600_000);

  it('the simplified syntax: Where-Object <Property> -<Operator> <Value>', async () => {
    const simple = fc.constantFrom(...TEXT).chain((p) =>
      fc.tuple(fc.constantFrom('-EQ', '-CEQ', '-NE', '-Like', '-NotLike', '-Match', '-In', ''), textFrom(p)).map(([op, v]) => (op === '' ? `${p}` : `${p} ${op} ${quote(v)}`)),
    );
    await fc.assert(
      fc.asyncProperty(simple, async (args) => {
        const text = (w: string) => `Get-Mailbox -ResultSize Unlimited -Verbose | Where-Object ${w} | ForEach-Object ExternalDirectoryObjectId`;
        check(await both(text, args));
      }),
      { numRuns: 60, seed: 13 },
    );
  }, 600_000);

  it('Select-Object -First N gives the same first objects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 60 }), fc.constantFrom('Get-Mailbox -ResultSize Unlimited', 'Get-Mailbox -ResultSize 7', 'Get-EXOMailbox', 'Get-EXOMailbox -ResultSize 5'), async (n, cmd) => {
        const r = await both(() => `${cmd} | Select-Object -First ${n} | ForEach-Object ExternalDirectoryObjectId`, '');
        expect(r.on).toEqual(r.off);
      }),
      { numRuns: 20, seed: 14 },
    );
  }, 600_000);
});
