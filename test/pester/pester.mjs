// A small Pester-style runner for exosh: Describe/Context/It, BeforeAll/BeforeEach/AfterEach/AfterAll
// and Should with the operators PowerShell's own language tests use. It plugs into a Session as
// ordinary commands, so the test files run through exosh's real parser, binder and pipeline.
//
// The runtime classes come in as arguments (`installPester(session, runtime, report)`), so the same
// runner works on the compiled dist (npm run pester-language) and on src (vitest).
//
// Semantics follow Pester 5 where it matters for counting: a block's BeforeAll failing fails every It
// in it; It bodies run with a try on the stack (statement-terminating errors fail the test, as in
// Pester); -Skip / -Pending tests are counted as skipped; -TestCases expands into one test per case.
// Unlike Pester 5 there is no separate discovery pass: a Describe body runs once, top to bottom.

/**
 * @typedef {{ name: string, path: string[], outcome: 'passed' | 'failed' | 'skipped', message?: string }} TestResult
 * @typedef {{ Session: any, ErrorRecord: any, ScriptTerminatingError: any, ScriptBlockValue: any }} Runtime
 */

const SHOULD_FAILED = 'PesterAssertionFailed';

/** @param {string} name @param {string[]} params @param {(ctx: any) => any} create */
function command(name, params, create) {
  return { metadata: { name, commandType: 'Function', parameters: params.map((p) => parameter(p)) }, create };
}

/** 'Name:type@pos' → ParameterMetadata */
function parameter(spec) {
  const m = /^(\w+)(?::([\w[\]]+))?(?:@(\d+))?(\|pipe)?$/.exec(spec);
  if (!m) throw new Error(`bad parameter spec ${spec}`);
  const p = { name: m[1], type: m[2] ?? 'object' };
  if (m[3] !== undefined) p.position = Number(m[3]);
  if (m[4]) p.valueFromPipeline = true;
  return p;
}

/**
 * Adds the Pester commands to `session`. `report(result)` receives each test's outcome as it ends.
 * @param {any} session @param {Runtime} runtime @param {(r: TestResult) => void} report
 */
export function installPester(session, runtime, report) {
  const { ErrorRecord, ScriptTerminatingError, ScriptBlockValue } = runtime;
  /** @type {{ name: string, beforeEach: any[], afterEach: any[], afterAll: any[], failed?: string, skip: boolean }[]} */
  const blocks = [];
  const helpers = {
    // `& $b` runs the block in a child scope of the caller, as Pester runs Describe and It bodies.
    // (No param() in these wrappers: a block with param() runs as a command, in a scope of its own.)
    child: session.createScriptBlock('& $args[0]'),
    // BeforeAll runs in the block's own scope, so its variables are seen by the Its after it.
    inline: session.createScriptBlock('. $args[0]'),
    // One test: BeforeEach hooks, the body and AfterEach hooks share one child scope (Pester 5);
    // test-case keys are bound to the body's param() and also set as variables.
    test: session.createScriptBlock(
      '& { $__pesterCase = $args[3]; try { if ($__pesterCase) { foreach ($__pesterKey in $__pesterCase.Keys) { Set-Variable -Name $__pesterKey -Value $__pesterCase[$__pesterKey] } }; foreach ($__pesterHook in $args[0]) { . $__pesterHook }; if ($__pesterCase) { . $args[1] @__pesterCase } else { . $args[1] } } finally { foreach ($__pesterHook in $args[2]) { . $__pesterHook } } } @args',
    ),
    eq: session.createScriptBlock('param($a, $b) $a -eq $b'),
    ceq: session.createScriptBlock('param($a, $b) $a -ceq $b'),
    gt: session.createScriptBlock('param($a, $b) $a -gt $b'),
    lt: session.createScriptBlock('param($a, $b) $a -lt $b'),
    ge: session.createScriptBlock('param($a, $b) $a -ge $b'),
    le: session.createScriptBlock('param($a, $b) $a -le $b'),
    is: session.createScriptBlock("param($a, $b) if ($b -is [string]) { $b = [type]$b.Trim('[', ']') }; $a -is $b"),
    match: session.createScriptBlock('param($a, $b) $a -match $b'),
    cmatch: session.createScriptBlock('param($a, $b) $a -cmatch $b'),
    like: session.createScriptBlock('param($a, $b) $a -like $b'),
    clike: session.createScriptBlock('param($a, $b) $a -clike $b'),
    str: session.createScriptBlock(String.raw`param($a) if ($null -eq $a) { '$null' } elseif ($a -is [string]) { "'$a'" } elseif ($a -is [array]) { '@(' + (($a | ForEach-Object { "$_" }) -join ', ') + ')' } else { "$a" }`),
    typeName: session.createScriptBlock(String.raw`param($a) if ($null -eq $a) { '$null' } else { $a.GetType().FullName }`),
  };

  /** Runs a helper block, returning its single value. */
  const call = (ctx, block, ...args) => {
    const out = ctx.invoke(block, undefined, args);
    if (!Array.isArray(out)) throw new Error('Pester helper went asynchronous');
    return out.length === 1 ? out[0] : out;
  };
  const truthy = (v) => (Array.isArray(v) ? v.length > 0 : Boolean(v) && v !== '');
  const show = (ctx, v) => String(call(ctx, helpers.str, v));

  const fail = (ctx, message) => {
    throw new ScriptTerminatingError(new ErrorRecord(message, SHOULD_FAILED, 'InvalidResult', null, 'Should'));
  };

  /** Runs a test body or hook with a try on the stack; resolves to the error message or undefined. */
  const guarded = async (ctx, wrapper, args) => {
    session.globalScope.run.tryDepth++;
    try {
      const r = ctx.invoke(wrapper, undefined, args);
      if (!Array.isArray(r)) await r;
      return undefined;
    } catch (e) {
      return messageOf(e);
    } finally {
      session.globalScope.run.tryDepth--;
    }
  };

  const describe = (kind) =>
    command(kind, ['Name:string@0', 'Fixture:scriptblock@1', 'Tags:object', 'Tag:object', 'Skip:switch', 'ForEach:object'], (ctx) => ({
      async end() {
        const block = { name: String(ctx.params.Name ?? ''), beforeEach: [], afterEach: [], afterAll: [], failed: undefined, skip: Boolean(ctx.params.Skip) || blocks.some((b) => b.skip) };
        blocks.push(block);
        try {
          const fixture = ctx.params.Fixture;
          if (fixture instanceof ScriptBlockValue) {
            const err = await guarded(ctx, helpers.child, [fixture]);
            if (err !== undefined) report({ name: `(${kind} body)`, path: blocks.map((b) => b.name), outcome: 'failed', message: err });
          }
          for (const a of block.afterAll) await guarded(ctx, helpers.child, [a]);
        } finally {
          blocks.pop();
        }
      },
    }));

  const hook = (name, apply) =>
    command(name, ['Scriptblock:scriptblock@0'], (ctx) => ({
      async end() {
        const current = blocks[blocks.length - 1];
        const sb = ctx.params.Scriptblock;
        if (!current || !(sb instanceof ScriptBlockValue)) return;
        await apply(ctx, current, sb);
      },
    }));

  const runTest = async (ctx, name, body, testCase) => {
    const path = blocks.map((b) => b.name);
    const inherited = blocks.find((b) => b.failed !== undefined);
    if (inherited) {
      report({ name, path, outcome: 'failed', message: inherited.failed });
      return;
    }
    const beforeEach = blocks.flatMap((b) => b.beforeEach);
    const afterEach = [...blocks].reverse().flatMap((b) => b.afterEach);
    const message = await guarded(ctx, helpers.test, [beforeEach, body, afterEach, testCase ?? null]);
    report({ name, path, outcome: message === undefined ? 'passed' : 'failed', message });
  };

  const it = command('It', ['Name:string@0', 'Test:scriptblock@1', 'TestCases:object', 'ForEach:object', 'Tags:object', 'Tag:object', 'Skip:switch', 'Pending:switch'], (ctx) => ({
    async end() {
      const name = String(ctx.params.Name ?? '');
      const body = ctx.params.Test;
      const cases = ctx.params.TestCases ?? ctx.params.ForEach;
      const list = cases === undefined || cases === null ? [undefined] : Array.isArray(cases) ? cases : [cases];
      for (const c of list) {
        const shown = c && typeof c.get === 'function' ? name.replace(/<(\w+)>/g, (m, k) => (c.has?.(k) ? String(c.get(k)) : m)) : name;
        if (ctx.params.Skip || ctx.params.Pending || blocks.some((b) => b.skip) || !(body instanceof ScriptBlockValue)) {
          report({ name: shown, path: blocks.map((b) => b.name), outcome: 'skipped' });
          continue;
        }
        await runTest(ctx, shown, body, c && typeof c.get === 'function' ? c : undefined);
      }
    },
  }));

  const should = command(
    'Should',
    [
      'ActualValue:object|pipe',
      'Be:object',
      'BeExactly:object',
      'BeNullOrEmpty:switch',
      'BeTrue:switch',
      'BeFalse:switch',
      'Throw:switch',
      'ExpectedMessage:string@0',
      'ErrorId:string',
      'ExceptionType:object',
      'PassThru:switch',
      'BeOfType:object',
      'BeLike:string',
      'BeLikeExactly:string',
      'Match:string',
      'MatchExactly:string',
      'Contain:object',
      'BeIn:object',
      'HaveCount:int',
      'BeGreaterThan:object',
      'BeLessThan:object',
      'BeGreaterOrEqual:object',
      'BeLessOrEqual:object',
      'Exist:switch',
      'Not:switch',
      'Because:string',
    ],
    (ctx) => {
      const items = [];
      return {
        process(input) {
          if (ctx.expectingInput) items.push(input);
        },
        async end() {
          const p = ctx.params;
          const b = ctx.bound;
          const actual = b.has('ActualValue') && !ctx.expectingInput ? p.ActualValue : items.length === 1 ? items[0] : items;
          const negate = Boolean(p.Not);
          const check = (ok, positive, negative) => {
            if (ok === negate) fail(ctx, negate ? negative() : positive());
          };
          if (b.has('Be') || b.has('BeExactly')) {
            const exact = b.has('BeExactly');
            const expected = exact ? p.BeExactly : p.Be;
            check(
              equalValues(ctx, actual, expected, exact),
              () => `Expected ${show(ctx, expected)}, but got ${show(ctx, actual)}.`,
              () => `Expected not ${show(ctx, expected)}, but got ${show(ctx, actual)}.`,
            );
          } else if (p.BeNullOrEmpty) {
            const empty = actual === null || actual === undefined || actual === '' || (Array.isArray(actual) && (actual.length === 0 || (actual.length === 1 && (actual[0] === null || actual[0] === ''))));
            check(empty, () => `Expected $null or empty, but got ${show(ctx, actual)}.`, () => 'Expected a value, but got $null or empty.');
          } else if (p.BeTrue || p.BeFalse) {
            const want = Boolean(p.BeTrue);
            check(truthy(actual) === want, () => `Expected $${want}, but got ${show(ctx, actual)}.`, () => `Expected not $${want}, but got ${show(ctx, actual)}.`);
          } else if (p.Throw) {
            await shouldThrow(ctx, actual, negate);
          } else if (b.has('BeOfType')) {
            check(truthy(call(ctx, helpers.is, actual, p.BeOfType)), () => `Expected the value to have type ${show(ctx, p.BeOfType)}, but got ${show(ctx, actual)} of type ${call(ctx, helpers.typeName, actual)}.`, () => `Expected the value to not have type ${show(ctx, p.BeOfType)}.`);
          } else if (b.has('Match') || b.has('MatchExactly')) {
            const exact = b.has('MatchExactly');
            const re = exact ? p.MatchExactly : p.Match;
            check(truthy(call(ctx, exact ? helpers.cmatch : helpers.match, actual, re)), () => `Expected regular expression '${re}' to match ${show(ctx, actual)}, but it did not match.`, () => `Expected regular expression '${re}' to not match ${show(ctx, actual)}, but it did match.`);
          } else if (b.has('BeLike') || b.has('BeLikeExactly')) {
            const exact = b.has('BeLikeExactly');
            const pat = exact ? p.BeLikeExactly : p.BeLike;
            check(truthy(call(ctx, exact ? helpers.clike : helpers.like, actual, pat)), () => `Expected like wildcard '${pat}' to match ${show(ctx, actual)}, but it did not match.`, () => `Expected like wildcard '${pat}' to not match ${show(ctx, actual)}, but it did match.`);
          } else if (b.has('Contain')) {
            const list = ctx.expectingInput ? items : Array.isArray(actual) ? actual : [actual];
            check(list.some((x) => truthy(call(ctx, helpers.eq, x, p.Contain))), () => `Expected ${show(ctx, p.Contain)} to be found in collection ${show(ctx, list)}, but it was not found.`, () => `Expected ${show(ctx, p.Contain)} to not be found in collection ${show(ctx, list)}, but it was found.`);
          } else if (b.has('BeIn')) {
            const list = Array.isArray(p.BeIn) ? p.BeIn : [p.BeIn];
            check(list.some((x) => truthy(call(ctx, helpers.eq, x, actual))), () => `Expected collection ${show(ctx, list)} to contain ${show(ctx, actual)}, but it was not there.`, () => `Expected collection ${show(ctx, list)} to not contain ${show(ctx, actual)}, but it was there.`);
          } else if (b.has('HaveCount')) {
            const n = ctx.expectingInput ? items.length : Array.isArray(actual) ? actual.length : actual === null || actual === undefined ? 0 : 1;
            check(n === p.HaveCount, () => `Expected a collection with size ${p.HaveCount}, but got collection with size ${n} ${show(ctx, actual)}.`, () => `Expected a collection with size different from ${n}.`);
          } else if (b.has('BeGreaterThan') || b.has('BeLessThan') || b.has('BeGreaterOrEqual') || b.has('BeLessOrEqual')) {
            const [op, expected, text] = b.has('BeGreaterThan')
              ? [helpers.gt, p.BeGreaterThan, 'greater than']
              : b.has('BeLessThan')
                ? [helpers.lt, p.BeLessThan, 'less than']
                : b.has('BeGreaterOrEqual')
                  ? [helpers.ge, p.BeGreaterOrEqual, 'greater than or equal to']
                  : [helpers.le, p.BeLessOrEqual, 'less than or equal to'];
            check(truthy(call(ctx, op, actual, expected)), () => `Expected the actual value to be ${text} ${show(ctx, expected)}, but got ${show(ctx, actual)}.`, () => `Expected the actual value to not be ${text} ${show(ctx, expected)}, but got ${show(ctx, actual)}.`);
          } else if (p.Exist) {
            const out = ctx.invoke(session.createScriptBlock('param($p) Test-Path -LiteralPath $p'), undefined, [actual]);
            const exists = truthy(Array.isArray(out) ? out[0] : await out);
            check(exists, () => `Expected path ${show(ctx, actual)} to exist, but it did not exist.`, () => `Expected path ${show(ctx, actual)} to not exist, but it did exist.`);
          } else {
            fail(ctx, 'Should: no assertion operator given (this runner knows -Be, -BeExactly, -BeNullOrEmpty, -Throw, -BeOfType, -Match, -BeLike, -Contain, -BeIn, -HaveCount, -BeTrue, -BeFalse, -BeGreaterThan, -BeLessThan, -Exist).');
          }
        },
      };
    },
  );

  /** Pester's -Be: collections compare element by element, everything else with -eq / -ceq. */
  function equalValues(ctx, actual, expected, exact) {
    const isList = (v) => Array.isArray(v);
    if (isList(actual) || isList(expected)) {
      const a = isList(actual) ? actual : [actual];
      const e = isList(expected) ? expected : [expected];
      return a.length === e.length && a.every((x, i) => equalValues(ctx, x, e[i], exact));
    }
    if ((actual === null || actual === undefined) !== (expected === null || expected === undefined)) return false;
    if (actual === null || actual === undefined) return true;
    return truthy(call(ctx, exact ? helpers.ceq : helpers.eq, actual, expected));
  }

  async function shouldThrow(ctx, actual, negate) {
    const p = ctx.params;
    if (!(actual instanceof ScriptBlockValue)) fail(ctx, 'Should -Throw needs a script block as the actual value.');
    let thrown;
    session.globalScope.run.tryDepth++;
    try {
      const r = ctx.invoke(actual, undefined, []);
      if (!Array.isArray(r)) await r;
    } catch (e) {
      thrown = e;
    } finally {
      session.globalScope.run.tryDepth--;
    }
    if (negate) {
      if (thrown !== undefined) fail(ctx, `Expected no exception to be thrown, but an exception "${messageOf(thrown)}" was thrown.`);
      return;
    }
    if (thrown === undefined) fail(ctx, 'Expected an exception to be thrown, but no exception was thrown.');
    const record = thrown?.record;
    const message = messageOf(thrown);
    const id = record?.errorId ?? '';
    if (p.ErrorId && !likeText(id, `*${p.ErrorId}*`)) fail(ctx, `Expected an exception with FullyQualifiedErrorId '${p.ErrorId}' to be thrown, but got '${id}' (${message}).`);
    if (p.ExpectedMessage && !likeText(message, `*${p.ExpectedMessage}*`)) fail(ctx, `Expected an exception with message like '${p.ExpectedMessage}' to be thrown, but the message was '${message}'.`);
    if (p.ExceptionType !== undefined && p.ExceptionType !== null) {
      const wanted = String(p.ExceptionType.fullName ?? p.ExceptionType.name ?? p.ExceptionType).replace(/^\[|\]$/g, '').toLowerCase();
      const chain = [record?.exceptionType, ...(record?.exceptionTypeChain ?? [])].filter(Boolean).map((t) => String(t).toLowerCase());
      if (!chain.some((t) => t === wanted || t.endsWith(`.${wanted}`))) fail(ctx, `Expected an exception of type ${wanted} to be thrown, but got ${chain[0] ?? 'unknown'} (${message}).`);
    }
    if (p.PassThru && record) await ctx.write(record);
  }

  for (const c of [
    describe('Describe'),
    describe('Context'),
    it,
    should,
    hook('BeforeAll', async (ctx, current, sb) => {
      const err = await guarded(ctx, helpers.inline, [sb]);
      if (err !== undefined) current.failed = `BeforeAll failed: ${err}`;
    }),
    hook('BeforeEach', (ctx, current, sb) => void current.beforeEach.push(sb)),
    hook('AfterEach', (ctx, current, sb) => void current.afterEach.push(sb)),
    hook('AfterAll', (ctx, current, sb) => void current.afterAll.push(sb)),
    // Pester's Set-ItResult -Skipped / -Pending and Mock are not run: they fail the test plainly.
  ]) {
    session.registerCommand(c);
  }
}

/** The message of whatever a block threw: an exosh error record, or a JS error (an engine bug). */
export function messageOf(e) {
  if (e && typeof e === 'object' && 'record' in e && e.record) return String(e.record.message);
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

/** -like for the runner's own checks (ErrorId, ExpectedMessage), case-insensitive. */
function likeText(text, pattern) {
  const re = new RegExp(
    `^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '.')}$`,
    'i',
  );
  return re.test(text);
}

/** Groups failure messages: numbers, quoted texts and paths folded, so one cause is one line. */
export function failureKey(message) {
  return String(message)
    .split('\n')[0]
    // A quoted command or member name is the cause itself ('Get-Foo' not found): kept.
    .replace(/'([^']*)'/g, (m, inner) => (/^[A-Za-z_][\w.-]*$/.test(inner) ? m : "'…'"))
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 160);
}
