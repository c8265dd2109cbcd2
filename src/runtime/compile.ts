// The compiler: each script block's AST becomes a tree of JS closures once; running them does no
// AST dispatch. Expressions compile to `(frame) => value`, statements to `(frame) => void` that
// write their output to `frame.out`. Every closure may return a promise, but only does when an
// asynchronous command really ran (see async.ts).
import { double, isInt32, literalValue, numberOfKind, PSNumber } from '../dotnet/numeric-types.js';
import type * as A from '../language/ast.js';
import { type MaybePromise, runLoop, sequence, andThen, tryCatch, tryFinally } from './async.js';
import { BreakSignal, ContinueSignal, ExitSignal, MethodReturnSignal, ReturnSignal, isControlSignal } from './control.js';
import { convertTo, enumerate, toBool, toNumber, toStringValue } from './conversions.js';
import { ErrorRecord, type ErrorPosition, RuntimeError, ScriptTerminatingError, innerExceptionTypes, notSupportedYet, variableTransformationError, toRuntimeError, withPosition } from './errors.js';
import { type Expr, type Frame, type Sink, type SourceUnit, type Stmt, unwrapCollected, withOut } from './frame.js';
import { getIndex, setIndex } from './indexing.js';
import { getMember, invokeMethod, setMember } from './member-access.js';
import { exceptionInfo } from '../dotnet/exceptions.js';
import { methodException } from '../dotnet/method-errors.js';
import { getStaticMember, invokeStaticMethod } from './static-member-access.js';
import { binaryOperator, matchOperator, unaryOperator } from './operators.js';
import { type CompiledCommand, type CompiledArgument, type NativeLiteral, pipelineStopped, runPipeline, type PipelineSource } from './pipeline.js';
import { runInterruptibleLoop } from './loop-turns.js';
import { NOT_SET, type Scope, type Variable } from './scope.js';
import { typeRef, userType } from './types.js';
import { PSClassObject, PSHashtable, PSList, PSObject, type PSProperty, PSReference, PSTypeRef, ScriptBlockValue } from './values.js';
import { PropertyMap } from './property-map.js';
import { bindTypes, declareTypes, type MemberCompiler, UserClass } from './user-types.js';
import { invokeCollectionMethod } from '../dotnet/collections.js';
import { addAsIs } from '../dotnet/list.js';
import { addValidationAttribute, compileParams, type CompiledParam } from './params.js';
import type { ValidationRules } from './validation.js';
import type { SourceSite } from './binder.js';
import { qualifyTypeNames } from './using-namespace.js';
import { cmdletHandles } from './script-command.js';
import type { StageContext } from './pipeline.js';
import type { ConfirmImpact } from './confirm.js';

// ---------------------------------------------------------------- compiled script blocks

export interface CompiledBlock {
  readonly text: string;
  readonly unit: SourceUnit;
  readonly ast: A.ScriptBlock;
  readonly params: CompiledParam[] | undefined;
  /** [CmdletBinding()] or any [Parameter()]: common parameters, strict binding. */
  readonly advanced: boolean;
  readonly cmdletBinding: { defaultParameterSet?: string; supportsShouldProcess: boolean; positionalBinding: boolean; confirmImpact?: ConfirmImpact };
  readonly begin?: Stmt;
  readonly process?: Stmt;
  readonly end?: Stmt;
  readonly hasNamedBlocks: boolean;
}

export function compileScriptBlock(
  ast: A.ScriptBlock,
  unit: SourceUnit,
  text: string,
  functionParams?: A.Parameter[],
  kind: 'function' | 'filter' | 'workflow' | 'block' = 'block',
): CompiledBlock {
  // Before anything reads a type name: `using namespace` and the script's own classes and enums.
  if (ast.usings.length > 0) qualifyTypeNames(ast, ast.usings.filter((u) => u.kind === 'namespace').map((u) => u.name));
  const savedMethodDepth = methodDepth;
  methodDepth = 0;
  try {
    return compileScriptBlockBody(ast, unit, text, functionParams, kind);
  } finally {
    methodDepth = savedMethodDepth;
  }
}

function compileScriptBlockBody(
  ast: A.ScriptBlock,
  unit: SourceUnit,
  text: string,
  functionParams: A.Parameter[] | undefined,
  kind: 'function' | 'filter' | 'workflow' | 'block',
): CompiledBlock {
  const typeDefs = [ast.begin, ast.process, ast.end].flatMap((b) => (b ? b.statements.filter((x): x is A.TypeDefinition => x.type === 'TypeDefinition') : []));
  const types = typeDefs.length > 0 ? declareTypes(typeDefs, memberCompiler(unit)) : undefined;
  for (const d of typeDefs) declaredTypeDefinitions.add(d);
  const paramAsts = functionParams ?? ast.paramBlock?.parameters;
  const attrs = ast.paramBlock?.attributes ?? [];
  const { params, advanced, cmdletBinding } = compileParams(paramAsts, attrs, unit, (e) => compileExpression(e, unit));
  const unsupported = (construct: string): Stmt => () => {
    throw new RuntimeError(notSupportedYet(construct));
  };
  if (kind === 'workflow') {
    const s = unsupported('A workflow');
    return { text, unit, ast, params, advanced, cmdletBinding, end: s, hasNamedBlocks: false };
  }
  for (const u of ast.usings) {
    if (u.kind !== 'namespace') {
      const s = unsupported(`The 'using ${u.kind}' statement`);
      return { text, unit, ast, params, advanced, cmdletBinding, end: s, hasNamedBlocks: false };
    }
  }
  const named = (b: A.NamedBlock | undefined) => (b ? compileNamedBlock(b, unit) : undefined);
  const hasNamedBlocks = !!(ast.begin || ast.process || ast.clean || (ast.end && !ast.end.unnamed));
  let begin = named(ast.begin);
  let process = named(ast.process);
  let end = named(ast.end);
  if (ast.dynamicParam) {
    const s = unsupported('dynamicparam');
    begin = s;
  }
  if (ast.clean) {
    const clean = named(ast.clean)!;
    const prev = end;
    end = prev ? (f) => tryFinally(() => prev(f), () => clean(f)) : clean;
  }
  // A filter's body is its process block.
  if (kind === 'filter' && !hasNamedBlocks && end) {
    process = end;
    end = undefined;
  }
  // The script's classes and enums are bound to the frame it runs in before its first statement.
  if (types) {
    const bind = (first: Stmt): Stmt => (f) => andThen(bindTypes(types, f), () => first(f));
    if (begin) begin = bind(begin);
    else if (process) process = bind(process);
    else if (end) end = bind(end);
  }
  return { text, unit, ast, params, advanced, cmdletBinding, begin, process, end, hasNamedBlocks };
}

// ---------------------------------------------------------------- classes and enums

/** Type definitions already declared with their script block (the statement itself then does nothing). */
const declaredTypeDefinitions = new WeakSet<A.TypeDefinition>();
/** > 0 while compiling a class method's body, where `return $x` is the method's value. */
let methodDepth = 0;

function memberCompiler(unit: SourceUnit): MemberCompiler {
  return {
    expression: (e) => compileExpression(e, unit),
    methodBody: (body) => {
      methodDepth++;
      try {
        const b = body.end;
        return b ? compileStatementList(b.statements, unit, b.traps) : () => undefined;
      } finally {
        methodDepth--;
      }
    },
  };
}

function compileTypeDefinition(s: A.TypeDefinition, unit: SourceUnit): Stmt {
  if (declaredTypeDefinitions.has(s)) return () => undefined;
  // A definition below the top level of its script block is declared when compiled and bound when reached.
  const types = declareTypes([s], memberCompiler(unit));
  return (f) => bindTypes(types, f);
}

/** `$obj::Name` means the static member of the object's class. */
function staticTarget(t: unknown): unknown {
  return t instanceof PSClassObject ? new PSTypeRef((t.userClass as UserClass).name) : t;
}

/** `[T]::Name` for a script-defined type, else the .NET static member. */
function staticMember(target: unknown, name: string): unknown {
  const t = staticTarget(target);
  if (t instanceof PSTypeRef) {
    const user = userType(t.name);
    if (user) {
      const r = user.getStatic(name);
      return r.found ? r.value : null;
    }
  }
  return getStaticMember(t, name);
}

function setStaticMember(target: unknown, name: string, value: unknown): void {
  const t = staticTarget(target);
  const user = t instanceof PSTypeRef ? userType(t.name) : undefined;
  if (user instanceof UserClass && user.setStatic(name, value)) return;
  throw new RuntimeError(
    new ErrorRecord(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyAssignmentException', 'InvalidOperation', null),
  );
}

function compileNamedBlock(b: A.NamedBlock, unit: SourceUnit): Stmt {
  return compileStatementList(b.statements, unit, b.traps);
}

// ---------------------------------------------------------------- positions

export function positionOf(unit: SourceUnit, extent: A.Extent): ErrorPosition {
  const text = unit.text;
  let lineStart = text.lastIndexOf('\n', extent.start - 1) + 1;
  let lineEnd = text.indexOf('\n', extent.start);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineStart > extent.start) lineStart = extent.start;
  const lineText = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const length = Math.max(1, Math.min(extent.end, lineEnd) - extent.start);
  return { file: unit.file, line: extent.line, column: extent.column, lineText, length };
}

// ---------------------------------------------------------------- statements

export function compileStatementList(statements: A.Statement[], unit: SourceUnit, traps: A.TrapStatement[] = []): Stmt {
  const handlers = traps.map((t) => ({ types: t.trapType ? [typeNameText(t.trapType)] : [], body: compileBlock(t.body, unit) }));
  const compiled = statements.map((s) => {
    const stmt = compileStatement(s, unit);
    return guardStatement(handlers.length > 0 ? withTraps(stmt, handlers, s, unit) : stmt, s, unit);
  });
  if (compiled.length === 0) return () => undefined;
  if (compiled.length === 1) return compiled[0]!;
  return (f) => {
    for (let i = 0; i < compiled.length; i++) {
      const r = compiled[i]!(f);
      if (r instanceof Promise) return finishList(f, compiled, i + 1, r);
    }
    return undefined;
  };
}

async function finishList(f: Frame, list: Stmt[], from: number, pending: Promise<void>): Promise<void> {
  await pending;
  for (let i = from; i < list.length; i++) await list[i]!(f);
}

/**
 * `trap { }` in a block: a terminating error in one of its statements runs the trap with `$_` set.
 * The trap ending in `continue` resumes silently with the next statement, `break` ends the script
 * with the error, anything else reports the error and resumes.
 */
function withTraps(stmt: Stmt, traps: { types: string[]; body: Stmt }[], ast: A.Statement, unit: SourceUnit): Stmt {
  if (ast.type === 'FunctionDefinition') return stmt;
  const onError = (f: Frame, e: unknown): MaybePromise<void> => {
    if (isControlSignal(e)) throw e;
    const err = toRuntimeError(e);
    // As with catch, Ctrl+C's stop passes every trap.
    if (err.record.errorId === 'PipelineStopped') throw e;
    const record = err.record.position ? err.record : withPosition(err.record, positionOf(unit, ast.extent));
    const trap = traps.find((t) => catchMatches(t.types, record));
    if (!trap) throw e;
    const session = f.session;
    session.recordError(record);
    f.scope.run.lastSuccess = false;
    const scope = f.scope;
    const saved = scope.dollarUnder;
    scope.dollarUnder = record;
    const restore = () => {
      scope.dollarUnder = saved;
    };
    return tryFinally(
      () =>
        tryCatch(
          () => andThen(trap.body(f), () => session.reportError(record, scope)),
          (signal) => {
            if (signal instanceof ContinueSignal && signal.label === undefined) return undefined;
            if (signal instanceof BreakSignal && signal.label === undefined) throw new ScriptTerminatingError(record);
            throw signal;
          },
        ),
      restore,
    );
  };
  return (f) => tryCatch(() => stmt(f), (e) => onError(f, e));
}

/**
 * Statement-terminating errors (binding errors, command not found, method exceptions, a cmdlet's
 * terminating error) are reported and the script goes on with the next statement — unless a try
 * is active or $ErrorActionPreference is Stop. `throw` ends the script.
 */
function guardStatement(stmt: Stmt, ast: A.Statement, unit: SourceUnit): Stmt {
  if (ast.type === 'FunctionDefinition') return stmt;
  let pos: ErrorPosition | undefined;
  const position = () => (pos ??= positionOf(unit, ast.extent));
  const onError = (f: Frame, e: unknown): void => {
    if (isControlSignal(e)) throw e;
    // No regular expression here: compiling one near the stack's limit fails with a SyntaxError
    // that would pass for the script's own error. If even this overflows, the RangeError reaches
    // the statement one level up, which has more room.
    if (e instanceof RangeError && e.message.includes('call stack')) {
      // Runaway recursion: PowerShell ends the whole script with this error.
      throw new ScriptTerminatingError(
        new ErrorRecord('The script failed due to call depth overflow.', 'CallDepthOverflow', 'InvalidOperation', null, undefined, position(), 'System.Management.Automation.ScriptCallDepthException'),
      );
    }
    let err = toRuntimeError(e);
    if (!err.record.position) {
      const rec = withPosition(err.record, position());
      err = err instanceof ScriptTerminatingError ? new ScriptTerminatingError(rec) : new RuntimeError(rec);
    }
    const session = f.session;
    const state = f.scope.run;
    state.lastSuccess = false;
    if (err instanceof ScriptTerminatingError || state.tryDepth > 0) throw err;
    if (state.decorateError) err = new RuntimeError(state.decorateError(err.record));
    const preference = session.preference(f.scope, 'ErrorActionPreference');
    if (preference === 'Stop') throw new ScriptTerminatingError(err.record);
    // $ErrorActionPreference acts on statement-terminating errors too (they stay in $Error,
    // except under Ignore). The statement's own `2>$null` does not hide them (pwsh shows
    // `1/0 2>$null`), but the redirections of the command running this block do.
    if (preference === 'SilentlyContinue' || preference === 'Ignore') {
      if (preference !== 'Ignore') session.recordError(err.record);
      return;
    }
    if (f.command?.redirectNestedError(err.record)) return;
    session.reportError(err.record, f.scope);
  };
  return (f) => {
    try {
      const r = stmt(f);
      if (r instanceof Promise) return r.catch((e: unknown) => onError(f, e));
      return r;
    } catch (e) {
      onError(f, e);
      return undefined;
    }
  };
}

export function compileStatement(s: A.Statement, unit: SourceUnit): Stmt {
  switch (s.type) {
    case 'Pipeline':
      return compilePipeline(s, unit);
    case 'PipelineChain':
      return compilePipelineChain(s, unit);
    case 'Assignment': {
      const assign = compileAssignment(s, unit);
      // `$w = Get-Item nope` leaves the command's $? (False); `$x = 5` sets it.
      if (keepsCommandStatus(s.right)) return (f) => andThen(assign(f), () => undefined);
      return (f) => andThen(assign(f), () => {
        f.scope.run.lastSuccess = true;
      });
    }
    case 'If':
      return compileIf(s, unit);
    case 'ForEach':
      return compileForEach(s, unit);
    case 'For':
      return compileFor(s, unit);
    case 'While':
      return compileWhile(s, unit);
    case 'DoWhile':
    case 'DoUntil':
      return compileDo(s, unit);
    case 'Switch':
      return compileSwitch(s, unit);
    case 'Break': {
      const label = s.label ? compileExpression(s.label, unit) : undefined;
      return (f) =>
        andThen(label ? label(f) : undefined, (l) => {
          throw new BreakSignal(l == null ? undefined : toStringValue(l));
        });
    }
    case 'Continue': {
      const label = s.label ? compileExpression(s.label, unit) : undefined;
      return (f) =>
        andThen(label ? label(f) : undefined, (l) => {
          throw new ContinueSignal(l == null ? undefined : toStringValue(l));
        });
    }
    case 'Return': {
      if (methodDepth > 0) {
        const v = s.pipeline ? compileStatementValue(s.pipeline, unit) : undefined;
        return (f) =>
          andThen(v ? v(f) : null, (x) => {
            throw new MethodReturnSignal(x);
          });
      }
      const p = s.pipeline ? compileStatement(s.pipeline, unit) : undefined;
      return (f) =>
        andThen(p ? p(f) : undefined, () => {
          throw new ReturnSignal();
        });
    }
    case 'Exit': {
      const v = s.pipeline ? compileStatementValue(s.pipeline, unit) : undefined;
      return (f) =>
        andThen(v ? v(f) : 0, (code) => {
          throw new ExitSignal(code == null ? 0 : Math.trunc(toNumber(code)));
        });
    }
    case 'Throw':
      return compileThrow(s, unit);
    case 'Try':
      return compileTry(s, unit);
    case 'FunctionDefinition':
      return compileFunctionDefinition(s, unit);
    case 'Trap':
      return unsupportedStatement('The trap statement', s, unit);
    case 'Data':
      return unsupportedStatement('The data section', s, unit);
    case 'TypeDefinition':
      return compileTypeDefinition(s, unit);
    case 'Using':
      return s.kind === 'namespace' ? () => undefined : unsupportedStatement(`The 'using ${s.kind}' statement`, s, unit);
    case 'BlockStatement':
      return unsupportedStatement(`The workflow '${s.kind}' block`, s, unit);
    case 'ConfigurationDefinition':
      return unsupportedStatement('A DSC configuration', s, unit);
    case 'ErrorStatement':
      return unsupportedStatement('A statement that could not be parsed', s, unit);
  }
}

function unsupportedStatement(construct: string, s: A.Statement, unit: SourceUnit): Stmt {
  return () => {
    throw new RuntimeError(withPosition(notSupportedYet(construct), positionOf(unit, s.extent)));
  };
}

/**
 * The value of a statement used as an expression (assignment right side, hashtable value,
 * `(...)`): a bare expression keeps its value as is (`$a = 1,2` stays an array); anything else is
 * collected (one object → itself, several → array, none → $null).
 */
export function compileStatementValue(s: A.Statement, unit: SourceUnit): Expr {
  const single = singleExpression(s);
  if (single) return compileExpression(single, unit);
  if (s.type === 'Assignment') return compileAssignment(s, unit);
  const stmt = compileStatement(s, unit);
  return (f) => {
    const items: unknown[] = [];
    const r = stmt(withOut(f, (v) => void items.push(v)));
    return r instanceof Promise ? r.then(() => unwrapCollected(items)) : unwrapCollected(items);
  };
}

/** The expression of a one-stage pipeline with no redirection, else undefined. */
function singleExpression(s: A.Statement): A.Expression | undefined {
  if (s.type !== 'Pipeline' || s.elements.length !== 1 || s.background) return undefined;
  const e = s.elements[0]!;
  if (e.type !== 'CommandExpression' || e.redirections.length > 0) return undefined;
  return e.expression;
}

/** Writes a value to a sink, unrolling arrays and other enumerables as PowerShell does. */
export function emit(out: Sink, v: unknown): MaybePromise<void> {
  if (v === undefined) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = out(v[i]);
      if (r instanceof Promise) return emitRest(out, v[Symbol.iterator](), i + 1, r);
    }
    return;
  }
  if (typeof v === 'object' && v !== null) {
    const it = enumerate(v);
    if (it) {
      const iter = it[Symbol.iterator]();
      for (;;) {
        const n = iter.next();
        if (n.done) return;
        const r = out(n.value);
        if (r instanceof Promise) return emitRest(out, iter, -1, r);
      }
    }
  }
  return out(v);
}

async function emitRest(out: Sink, iter: Iterator<unknown>, skip: number, pending: Promise<void>): Promise<void> {
  await pending;
  if (skip >= 0) for (let i = 0; i < skip; i++) iter.next();
  for (;;) {
    const n = iter.next();
    if (n.done) return;
    await out(n.value);
  }
}

function compilePipeline(p: A.Pipeline, unit: SourceUnit): Stmt {
  if (p.background) return unsupportedStatement('Running a pipeline as a background job (&)', p, unit);
  const single = singleExpression(p);
  if (single && single.type === 'Unary' && /^(post)?(\+\+|--)$/.test(single.operator)) {
    // `$i++` as a statement writes nothing; only `($i++)` does.
    const e = compileExpression(single, unit);
    return (f) =>
      andThen(e(f), () => {
        f.scope.run.lastSuccess = true;
      });
  }
  if (single) {
    const e = compileExpression(single, unit);
    if (keepsCommandStatus(p)) return (f) => andThen(e(f), (x) => emit(f.out, x));
    return (f) => {
      const v = e(f);
      if (v instanceof Promise) return v.then((x) => emitAndSucceed(f, x));
      return emitAndSucceed(f, v);
    };
  }
  let source: PipelineSource | undefined;
  const commands: CompiledCommand[] = [];
  p.elements.forEach((el, i) => {
    if (el.type === 'CommandExpression') {
      if (i === 0) source = compileSource(el, unit);
      else commands.push(expressionNotFirst(el, unit));
    } else {
      commands.push(compileCommand(el, unit));
    }
  });
  const pipeline: Stmt = (f) => runPipeline(f, source, commands, f.out);
  return discardedByOutNull(p, unit, pipeline) ?? pipeline;
}

/**
 * `$list.Add($x) | Out-Null`, the idiom admin scripts write in their loops: while `Out-Null` is
 * the cmdlet (no alias or function of that name), the expression's output is enumerated as the
 * pipeline would and dropped, without a pipeline set up on every turn (twenty times the cost of
 * the Add). Undefined when the pipeline is anything else; `pipeline` runs it as written.
 */
function discardedByOutNull(p: A.Pipeline, unit: SourceUnit, pipeline: Stmt): Stmt | undefined {
  if (p.elements.length !== 2) return undefined;
  const first = p.elements[0]!;
  const second = p.elements[1]!;
  // A method call only: that is the idiom, and a range (`1..1e9 | Out-Null`) must stay lazy.
  if (first.type !== 'CommandExpression' || first.redirections.length > 0 || first.expression.type !== 'InvokeMember') return undefined;
  if (second.type !== 'Command' || second.invocationOperator || second.redirections.length > 0 || second.elements.length !== 1) return undefined;
  const name = second.elements[0]!;
  if (name.type !== 'StringConstant' || name.quoteKind !== 'bare' || name.value.toLowerCase() !== 'out-null') return undefined;
  const e = compileExpression(first.expression, unit);
  return (f) => {
    const found = f.session.lookupCommand(f.scope, 'Out-Null');
    if (found === undefined || found.block !== undefined || found.definition.metadata.name !== 'Out-Null') return pipeline(f);
    const v = e(f);
    if (v instanceof Promise) return v.then((x) => discardOutput(f, x));
    return discardOutput(f, v);
  };
}

/** What Out-Null does with a value: an enumerator is still walked to its end (Ctrl+C can stop it). */
function discardOutput(f: Frame, v: unknown): MaybePromise<void> {
  f.scope.run.lastSuccess = true;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return;
  const items = enumerate(v);
  if (items === undefined) return;
  const iter = items[Symbol.iterator]();
  return loop(f, () => iter.next().done !== true);
}

/**
 * A statement whose $? is that of the commands it runs, as in pwsh: a pipeline of commands, or one
 * wrapped whole in `( )`, `$( )` or `@( )` (`(Get-Item nope); $?` is False). Any other expression
 * succeeds (`"$(Get-Item nope)"; $?` is True).
 */
function keepsCommandStatus(s: A.Statement): boolean {
  if (s.type !== 'Pipeline') return false;
  const single = singleExpression(s);
  if (!single) return s.elements.length > 0;
  if (single.type === 'Paren') return keepsCommandStatus(single.pipeline);
  if (single.type === 'SubExpression' || single.type === 'ArrayExpression') {
    const body = single.body.statements;
    return body.length > 0 && keepsCommandStatus(body[body.length - 1]!);
  }
  return false;
}

function emitAndSucceed(f: Frame, v: unknown): MaybePromise<void> {
  f.scope.run.lastSuccess = true;
  return emit(f.out, v);
}

function expressionNotFirst(el: A.CommandExpression, unit: SourceUnit): CompiledCommand {
  const pos = positionOf(unit, el.extent);
  return {
    name: () => {
      throw new RuntimeError(
        new ErrorRecord('Expressions are only allowed as the first element of a pipeline.', 'ExpressionsMustBeFirstInPipeline', 'ParserError', null, undefined, pos),
      );
    },
    staticName: undefined,
    args: [],
    redirections: [],
    position: pos,
    dot: false,
  };
}

/** The first stage as an expression: a range is enumerated lazily, never materialised. */
function compileSource(el: A.CommandExpression, unit: SourceUnit): PipelineSource {
  const e = el.expression;
  const redirections = compileRedirections(el.redirections, unit);
  if (e.type === 'Binary' && e.operator === '..') {
    const lo = compileExpression(e.left, unit);
    const hi = compileExpression(e.right, unit);
    return { redirections, items: (f) => andThen(lo(f), (a) => andThen(hi(f), (b) => lazyRange(a, b))) };
  }
  const v = compileExpression(e, unit);
  return { redirections, items: (f) => andThen(v(f), (x) => enumerateForPipeline(x)) };
}

function rangeBound(v: unknown): number {
  const n = toNumber(v, 'System.Int32');
  return Math.round(n);
}

/**
 * `1..1000000` as foreach and the pipeline walk it: an iterator object rather than a generator
 * (a generator's resume costs more than the loop body of `$l.Add($i)`), one result object reused,
 * as every consumer reads `value` before asking for the next.
 */
class RangeIterator implements IterableIterator<number> {
  private readonly result = { value: 0, done: false };
  private next_: number;
  private readonly step: number;

  constructor(
    from: number,
    private readonly to: number,
  ) {
    this.next_ = from;
    this.step = from <= to ? 1 : -1;
  }

  next(): IteratorResult<number> {
    const r = this.result;
    const i = this.next_;
    if (this.step > 0 ? i > this.to : i < this.to) {
      r.done = true;
      return r as IteratorResult<number>;
    }
    this.next_ = i + this.step;
    r.value = i;
    return r as IteratorResult<number>;
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this;
  }
}

function lazyRange(a: unknown, b: unknown): Iterable<unknown> {
  if (typeof a === 'string' && typeof b === 'string' && a.length === 1 && b.length === 1 && !/\d/.test(a + b)) {
    // 'a'..'e' is a character range in PowerShell 7.
    const r = binaryOperator('..')(a, b);
    return Array.isArray(r) ? r : [r];
  }
  return new RangeIterator(rangeBound(a), rangeBound(b));
}

/** What a pipeline or foreach iterates over: arrays and enumerables element by element, $null not at all in foreach. */
export function enumerateForPipeline(v: unknown): Iterable<unknown> {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null) {
    const it = enumerate(v);
    if (it) return it;
  }
  return [v];
}

function compilePipelineChain(c: A.PipelineChain, unit: SourceUnit): Stmt {
  if (c.background) return unsupportedStatement('Running a pipeline chain as a background job (&)', c, unit);
  // As separate statements would be: a statement-terminating error on the left sets $? to false.
  const left = guardStatement(c.left.type === 'Pipeline' ? compilePipeline(c.left, unit) : compilePipelineChain(c.left, unit), c.left, unit);
  const right = compilePipeline(c.right, unit);
  const wantSuccess = c.operator === '&&';
  return (f) =>
    andThen(left(f), () => {
      if (f.scope.run.lastSuccess === wantSuccess) return right(f);
      return undefined;
    });
}

function compileCondition(p: A.PipelineBase, unit: SourceUnit): (f: Frame) => MaybePromise<boolean> {
  const v = compileStatementValue(p, unit);
  return (f) => {
    const x = v(f);
    return x instanceof Promise ? x.then(toBool) : toBool(x);
  };
}

function compileBlock(b: A.StatementBlock, unit: SourceUnit): Stmt {
  return compileStatementList(b.statements, unit, b.traps);
}

function compileIf(s: A.IfStatement, unit: SourceUnit): Stmt {
  const clauses = s.clauses.map((c) => ({ cond: compileCondition(c.condition, unit), body: compileBlock(c.body, unit) }));
  const elseBody = s.elseBody ? compileBlock(s.elseBody, unit) : undefined;
  const from = (f: Frame, i: number): MaybePromise<void> => {
    for (; i < clauses.length; i++) {
      const c = clauses[i]!;
      const r = c.cond(f);
      if (r instanceof Promise) {
        const next = i + 1;
        return r.then((ok) => (ok ? c.body(f) : from(f, next)));
      }
      if (r) return c.body(f);
    }
    return elseBody ? elseBody(f) : undefined;
  };
  return (f) => from(f, 0);
}

function labelMatches(signalLabel: string | undefined, loopLabel: string | undefined): boolean {
  return signalLabel === undefined || (loopLabel !== undefined && signalLabel.toLowerCase() === loopLabel.toLowerCase());
}

/**
 * One loop iteration's body with break/continue handled. Returns true to go on, false after a
 * matching `break`.
 */
function loopBody(body: Stmt, label: string | undefined): (f: Frame) => MaybePromise<boolean> {
  const handle = (e: unknown): boolean => {
    if (e instanceof BreakSignal && labelMatches(e.label, label)) return false;
    if (e instanceof ContinueSignal && labelMatches(e.label, label)) return true;
    throw e;
  };
  return (f) => {
    try {
      const r = body(f);
      if (r instanceof Promise) return r.then(() => true, handle);
      return true;
    } catch (e) {
      return handle(e);
    }
  };
}

/** A loop statement's iterations, stoppable by Ctrl+C even when its body never awaits. */
function loop(f: Frame, step: () => MaybePromise<boolean>): MaybePromise<void> {
  return runInterruptibleLoop(step, f.session.currentSignal, pipelineStopped);
}

function compileForEach(s: A.ForEachStatement, unit: SourceUnit): Stmt {
  if (s.parallel) return unsupportedStatement('foreach -Parallel', s, unit);
  const setVar = compileVariableSetter(s.variable, unit);
  const body = loopBody(compileBlock(s.body, unit), s.label);
  const iterable = compileIterable(s.iterable, unit);
  return (f) =>
    andThen(iterable(f), (items) => {
      const iter = items[Symbol.iterator]();
      return loop(f, () => {
        const n = iter.next();
        if (n.done) return false;
        setVar(f, n.value);
        return body(f);
      });
    });
}

function compileIterable(p: A.PipelineBase, unit: SourceUnit): (f: Frame) => MaybePromise<Iterable<unknown>> {
  const single = singleExpression(p);
  if (single && single.type === 'Binary' && single.operator === '..') {
    const lo = compileExpression(single.left, unit);
    const hi = compileExpression(single.right, unit);
    return (f) => andThen(lo(f), (a) => andThen(hi(f), (b) => lazyRange(a, b)));
  }
  const v = compileStatementValue(p, unit);
  return (f) =>
    andThen(v(f), (x) => {
      if (x === null || x === undefined) return [];
      return enumerateForPipeline(x);
    });
}

function compileFor(s: A.ForStatement, unit: SourceUnit): Stmt {
  const init = s.initializer ? compileStatement(s.initializer, unit) : undefined;
  const cond = s.condition ? compileCondition(s.condition, unit) : undefined;
  const iter = s.iterator ? compileStatement(s.iterator, unit) : undefined;
  const body = loopBody(compileBlock(s.body, unit), s.label);
  return (f) => {
    // The initializer and iterator's output is discarded, as PowerShell does for `$i++`.
    const quiet = withOut(f, () => undefined);
    return andThen(init ? init(quiet) : undefined, () =>
      loop(f, () => {
        const c = cond ? cond(f) : true;
        const step = (ok: boolean): MaybePromise<boolean> => {
          if (!ok) return false;
          return andThen(body(f), (more) => (more ? andThen(iter ? iter(quiet) : undefined, () => true) : false));
        };
        return c instanceof Promise ? c.then(step) : step(c);
      }),
    );
  };
}

function compileWhile(s: A.WhileStatement, unit: SourceUnit): Stmt {
  const cond = compileCondition(s.condition, unit);
  const body = loopBody(compileBlock(s.body, unit), s.label);
  return (f) =>
    loop(f, () => {
      const c = cond(f);
      return c instanceof Promise ? c.then((ok) => (ok ? body(f) : false)) : c ? body(f) : false;
    });
}

function compileDo(s: A.DoWhileStatement | A.DoUntilStatement, unit: SourceUnit): Stmt {
  const cond = compileCondition(s.condition, unit);
  const body = loopBody(compileBlock(s.body, unit), s.label);
  const until = s.type === 'DoUntil';
  return (f) =>
    loop(f, () =>
      andThen(body(f), (more) => {
        if (!more) return false;
        return andThen(cond(f), (ok) => (until ? !ok : ok));
      }),
    );
}

function compileSwitch(s: A.SwitchStatement, unit: SourceUnit): Stmt {
  if (s.parallel) return unsupportedStatement('switch -Parallel', s, unit);
  const opName =
    s.mode === 'wildcard' ? '-like' : s.mode === 'regex' ? '-match' : '-eq';
  const op = binaryOperator((s.caseSensitive ? '-c' : '-i') + opName.slice(1));
  const clauses = s.clauses.map((c) => {
    const body = compileBlock(c.body, unit);
    if (c.pattern.type === 'ScriptBlockExpression') {
      const block = compileScriptBlock(c.pattern.scriptBlock, unit, c.pattern.text);
      return { test: (f: Frame, v: unknown) => andThen(invokeInline(f, block, v, []), (out) => toBool(unwrapCollected(out))), body };
    }
    const pattern = compileExpression(c.pattern, unit);
    return {
      test: (f: Frame, v: unknown) =>
        andThen(pattern(f), (p) => {
          if (s.mode === 'regex') return matchAndCapture(f, v, p, s.caseSensitive);
          if (s.mode === 'equals' && typeof p !== 'string' && typeof v === 'string') {
            // switch compares as strings when the pattern is not one (PowerShell converts the value).
            return toBool(op(v, toStringValue(p)));
          }
          return toBool(op(s.mode === 'exact' ? v : v, p));
        }),
      body,
    };
  });
  const defaultBody = s.defaultBody ? compileBlock(s.defaultBody, unit) : undefined;
  const cond = s.file ? undefined : compileStatementValue(s.condition, unit);
  const fileExpr = s.file ? compileStatementValue(s.condition, unit) : undefined;
  const label = s.label;

  const runOne = (f: Frame, v: unknown): MaybePromise<'next' | 'break'> => {
    const scope = f.scope;
    const saved = scope.dollarUnder;
    scope.dollarUnder = v;
    let matched = false;
    const handle = (e: unknown): 'next' | 'break' => {
      if (e instanceof BreakSignal && labelMatches(e.label, label)) return 'break';
      if (e instanceof ContinueSignal && labelMatches(e.label, label)) return 'next';
      throw e;
    };
    const step = (i: number): MaybePromise<'next' | 'break'> => {
      for (; i < clauses.length; i++) {
        const c = clauses[i]!;
        const t = c.test(f, v);
        const next = i + 1;
        const onTest = (ok: boolean): MaybePromise<'next' | 'break'> => {
          if (!ok) return step(next);
          matched = true;
          scope.dollarUnder = v;
          return andThen(c.body(f), () => step(next));
        };
        if (t instanceof Promise) return t.then(onTest);
        if (t) return onTest(true);
      }
      if (!matched && defaultBody) return andThen(defaultBody(f), () => 'next' as const);
      return 'next';
    };
    return tryFinally(
      () => tryCatch(() => step(0), handle),
      () => {
        scope.dollarUnder = saved;
      },
    );
  };

  return (f) =>
    andThen(fileExpr ? andThen(fileExpr(f), (p) => readSwitchFile(f, p)) : cond!(f), (value) => {
      const items = value === null || value === undefined ? [value] : enumerateForPipeline(value);
      const iter = items[Symbol.iterator]();
      return runLoop(() => {
        const n = iter.next();
        if (n.done) return false;
        return andThen(runOne(f, n.value), (r) => r === 'next');
      });
    });
}

async function readSwitchFile(f: Frame, p: unknown): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const path = resolve(f.session.cwd, toStringValue(p));
  try {
    return (await readFile(path, 'utf8')).split(/\r?\n/).filter((l, i, a) => !(i === a.length - 1 && l === ''));
  } catch {
    throw new RuntimeError(new ErrorRecord(`Cannot find path '${path}' because it does not exist.`, 'PathNotFound', 'ObjectNotFound', path));
  }
}

/** `-match`, setting $Matches like PowerShell when the left side is a scalar. */
const switchMatchCI = matchOperator('-imatch');
const switchMatchCS = matchOperator('-cmatch');
function matchAndCapture(f: Frame, value: unknown, pattern: unknown, caseSensitive: boolean): boolean {
  if (value === null || value === undefined) return false;
  const r = (caseSensitive ? switchMatchCS : switchMatchCI)(toStringValue(value), pattern);
  if (r.matches) f.scope.setLocal('Matches', r.matches);
  return r.result === true;
}

function compileThrow(s: A.ThrowStatement, unit: SourceUnit): Stmt {
  const v = s.pipeline ? compileStatementValue(s.pipeline, unit) : undefined;
  const pos = positionOf(unit, s.extent);
  return (f) =>
    andThen(v ? v(f) : undefined, (x) => {
      const session = f.session;
      if (f.scope.run.tryDepth === 0) {
        // Outside try, `throw` obeys $ErrorActionPreference: SilentlyContinue/Ignore go on after it.
        const preference = session.preference(f.scope, 'ErrorActionPreference');
        if (preference === 'SilentlyContinue' || preference === 'Ignore') {
          f.scope.run.lastSuccess = false;
          if (preference !== 'Ignore') session.recordError(thrownRecord(f, x, v === undefined, pos));
          return;
        }
      }
      throw new ScriptTerminatingError(thrownRecord(f, x, v === undefined, pos));
    });
}

/** The error record `throw x` raises. */
function thrownRecord(f: Frame, x: unknown, bare: boolean, pos: ErrorPosition | undefined): ErrorRecord {
  if (x instanceof ErrorRecord) return withPosition(x, pos);
  if (x === null || x === undefined) {
    // A bare `throw` in a catch block rethrows the error being handled.
    const current = f.scope.getDollarUnder();
    if (bare && current instanceof ErrorRecord) return current;
    return new ErrorRecord('ScriptHalted', 'ScriptHalted', 'OperationStopped', null, undefined, pos);
  }
  const info = exceptionInfo(x);
  if (info) {
    // `throw [ArgumentException]::new('x')`: the exception's own type (and bases) for catch [T].
    return new ErrorRecord(info.message, info.message, 'OperationStopped', null, undefined, pos, info.exceptionType, info.typeChain, x);
  }
  const message = toStringValue(x);
  return new ErrorRecord(message, typeof x === 'string' ? message : 'RuntimeException', 'OperationStopped', x, undefined, pos, THROWN_EXCEPTION);
}

/** Exception type of `throw "text"` (RuntimeException; shown as `Exception:` in PowerShell 7's concise view). */
export const THROWN_EXCEPTION = 'System.Management.Automation.RuntimeException';

/** `catch [T]` matches the exception's type or any of its base types, by full or short name. */
function catchMatches(types: string[], record: ErrorRecord): boolean {
  if (types.length === 0) return true;
  const actual = record.exceptionType.toLowerCase();
  const chain = (record.exceptionTypeChain ?? [record.exceptionType]).map((t) => t.toLowerCase());
  return types.some((t) => {
    const want = t.toLowerCase();
    if (want === 'system.exception' || want === 'exception') return true;
    if (chain.some((c) => want === c || c.endsWith('.' + want))) return true;
    if ((want === 'system.management.automation.runtimeexception' || want === 'runtimeexception') && actual.startsWith('system.management.automation.')) return true;
    // `1/0` is a RuntimeException around a DivideByZeroException: pwsh's catch matches the inner one too.
    return innerExceptionTypes(record).some((c) => want === c.toLowerCase() || c.toLowerCase().endsWith('.' + want));
  });
}

/**
 * A finally block runs in full even after Ctrl+C, its commands and output included, as pwsh's do:
 * the session's stopped signal is set aside while it runs and put back after.
 */
function runFinally(f: Frame, fin: Stmt): MaybePromise<void> {
  const session = f.session;
  const stopped = session.currentSignal;
  if (!stopped?.aborted) return fin(f);
  session.currentSignal = undefined;
  return tryFinally(
    () => fin(f),
    () => {
      session.currentSignal = stopped;
    },
  );
}

function compileTry(s: A.TryStatement, unit: SourceUnit): Stmt {
  const body = compileBlock(s.body, unit);
  const catches = s.catches.map((c) => ({ types: c.types.map(typeNameText), body: compileBlock(c.body, unit) }));
  const fin = s.finallyBody ? compileBlock(s.finallyBody, unit) : undefined;
  const runBody = (f: Frame): MaybePromise<void> => {
    const state = f.scope.run;
    state.tryDepth++;
    return tryFinally(
      () => body(f),
      () => {
        state.tryDepth--;
      },
    );
  };
  const withCatches = (f: Frame): MaybePromise<void> => {
    if (catches.length === 0) return runBody(f);
    return tryCatch(
      () => runBody(f),
      (e) => {
        if (isControlSignal(e)) throw e;
        const err = toRuntimeError(e);
        // Ctrl+C's stop passes every catch (pwsh runs only the finally blocks on the way out).
        if (err.record.errorId === 'PipelineStopped') throw e;
        const handler = catches.find((c) => catchMatches(c.types, err.record));
        if (!handler) throw e;
        f.session.recordError(err.record);
        const scope = f.scope;
        const saved = scope.dollarUnder;
        scope.dollarUnder = err.record;
        return tryFinally(
          () => handler.body(f),
          () => {
            scope.dollarUnder = saved;
          },
        );
      },
    );
  };
  if (!fin) return withCatches;
  return (f) => tryFinally(() => withCatches(f), () => runFinally(f, fin));
}

function compileFunctionDefinition(s: A.FunctionDefinition, unit: SourceUnit): Stmt {
  let name = s.name;
  let scopeName: string | undefined;
  const m = /^(global|script|local|private):(.+)$/i.exec(name);
  if (m) {
    scopeName = m[1]!.toLowerCase();
    name = m[2]!;
  }
  let block: CompiledBlock | undefined;
  const text = unit.text.slice(s.body.extent.start, s.body.extent.end);
  return (f) => {
    block ??= compileScriptBlock(s.body, unit, text, s.parameters, s.kind);
    f.session.defineFunction(f.scope, name, block, scopeName);
  };
}

// ---------------------------------------------------------------- commands

function compileCommand(c: A.Command, unit: SourceUnit): CompiledCommand {
  const [first, ...rest] = c.elements;
  const position = positionOf(unit, c.extent);
  let staticName: string | undefined;
  let name: Expr;
  if (!first) {
    name = () => {
      throw new RuntimeError(new ErrorRecord('A command name is missing.', 'MissingCommandName', 'ParserError', null, undefined, position));
    };
  } else if (first.type === 'StringConstant' && !c.invocationOperator) {
    staticName = first.value;
    const value = first.value;
    name = () => value;
  } else if (first.type === 'CommandParameter') {
    const text = '-' + first.name;
    staticName = text;
    name = () => text;
  } else {
    name = compileExpression(first, unit);
  }
  const args: CompiledArgument[] = rest.map((el): CompiledArgument => {
    if (el.type === 'CommandParameter') {
      const text = unit.text.slice(el.extent.start, el.extent.end);
      const colon = el.hasColon ? unit.text.indexOf(':', el.extent.start) : -1;
      const native = { text: `-${el.name}${el.hasColon ? ':' : ''}`, joined: el.argument !== undefined && colon >= 0 && el.argument.extent.start === colon + 1 };
      const at = sourceSite(unit, parameterTokenExtent(el, unit));
      const valueAt = el.argument ? sourceSite(unit, el.argument.extent) : undefined;
      return { kind: 'param', name: el.name, value: el.argument ? compileExpression(el.argument, unit) : undefined, hasColon: el.hasColon, text, native, at, valueAt };
    }
    if (el.type === 'Variable' && el.splatted) return { kind: 'splat', value: compileExpression({ ...el, splatted: false }, unit), at: sourceSite(unit, el.extent) };
    return { kind: 'value', value: compileExpression(el, unit), native: nativeLiteral(el, unit), at: sourceSite(unit, el.extent) };
  });
  return {
    name,
    staticName,
    args,
    redirections: compileRedirections(c.redirections, unit),
    position,
    dot: c.invocationOperator === '.',
  };
}

/**
 * Where a command element is, for a binding error that points at it. Computed only when an error
 * needs it: a long one-line script has many arguments and each position slices the line.
 */
function sourceSite(unit: SourceUnit, extent: A.Extent): SourceSite {
  let position: ErrorPosition | undefined;
  return () => (position ??= positionOf(unit, extent));
}

/** `-Name` as pwsh marks it: without the colon or the argument joined to it (`-Year:x`). */
function parameterTokenExtent(el: A.CommandParameter, unit: SourceUnit): A.Extent {
  const end = el.extent.start + 1 + el.name.length;
  if (end >= el.extent.end || unit.text.slice(el.extent.start + 1, end).toLowerCase() !== el.name.toLowerCase()) return el.extent;
  return { ...el.extent, end };
}

/** How a native command sees an argument written literally (see NativeLiteral). */
function nativeLiteral(el: A.Expression, unit: SourceUnit): NativeLiteral | undefined {
  if (el.type === 'Number') return { kind: 'text', text: unit.text.slice(el.extent.start, el.extent.end), tilde: false };
  if (el.type === 'StringConstant' && el.quoteKind === 'bare') return { kind: 'text', text: el.value, tilde: el.value === '~' || el.value.startsWith('~/') || el.value.startsWith('~\\') };
  if (el.type === 'ArrayLiteral') return { kind: 'arrayLiteral' };
  return undefined;
}

export interface CompiledRedirection {
  from: A.RedirectionStream;
  /** Merge into output (`2>&1`), discard (`> $null`) or write to a file. */
  to: 'output' | 'null' | 'file';
  append: boolean;
  target?: Expr;
}

function compileRedirections(rs: A.Redirection[], unit: SourceUnit): CompiledRedirection[] {
  return rs.map((r) => {
    if (r.type === 'MergingRedirection') return { from: r.from, to: 'output', append: false };
    const t = r.target;
    if (t.type === 'Variable' && t.name.toLowerCase() === 'null' && !t.scope) return { from: r.from, to: 'null', append: r.append };
    return { from: r.from, to: 'file', append: r.append, target: compileExpression(t, unit) };
  });
}

// ---------------------------------------------------------------- script block invocation (fast path)

/**
 * Runs a script block the way ForEach-Object/Where-Object do: in the caller's scope with `$_` set,
 * output collected. Blocks with param() or named blocks go through the command machinery instead.
 */
export function invokeInline(f: Frame, block: CompiledBlock, dollarUnder: unknown, args: unknown[], sink?: Sink): MaybePromise<unknown[]> {
  if (block.params || block.hasNamedBlocks || block.process || block.begin) {
    return f.session.invokeBlockAsCommand(f, block, dollarUnder, args, sink);
  }
  const out: unknown[] = [];
  const body = block.end;
  if (!body) return out;
  const scope = f.scope;
  const savedUnder = scope.dollarUnder;
  const argsVar = scope.own('args');
  const savedArgs = argsVar?.value;
  scope.dollarUnder = dollarUnder === undefined ? NOT_SET : dollarUnder;
  // Where-Object's block runs once per object, mostly where `$args` already exists (a script's
  // scope): its value is swapped in place rather than set by name.
  if (argsVar) argsVar.value = args;
  else if (args.length > 0) scope.setLocal('args', args);
  const frame: Frame = { session: f.session, scope, out: sink ?? ((v) => void out.push(v)), command: f.command };
  let r: MaybePromise<void>;
  try {
    r = body(frame);
  } catch (e) {
    restoreInline(scope, savedUnder, argsVar, savedArgs, args);
    if (e instanceof ReturnSignal) return out;
    throw e;
  }
  if (r instanceof Promise) {
    return r.then(
      () => {
        restoreInline(scope, savedUnder, argsVar, savedArgs, args);
        return out;
      },
      (e: unknown) => {
        restoreInline(scope, savedUnder, argsVar, savedArgs, args);
        if (e instanceof ReturnSignal) return out;
        throw e;
      },
    );
  }
  restoreInline(scope, savedUnder, argsVar, savedArgs, args);
  return out;
}

/** Puts back the `$_` and `$args` invokeInline replaced. */
function restoreInline(scope: Scope, savedUnder: unknown, argsVar: Variable | undefined, savedArgs: unknown, args: unknown[]): void {
  scope.dollarUnder = savedUnder;
  if (argsVar) argsVar.value = savedArgs;
  else if (args.length > 0) scope.remove('args');
}

// ---------------------------------------------------------------- expressions

export function compileExpression(e: A.Expression, unit: SourceUnit): Expr {
  const compiled = compileExpressionInner(e, unit);
  return compiled;
}

function constant(v: unknown): Expr {
  return () => v;
}

function compileExpressionInner(e: A.Expression, unit: SourceUnit): Expr {
  switch (e.type) {
    case 'Number':
      // The parser folds `-2147483648` into one literal, typed Int64 from its digits; it fits an Int32, as in pwsh.
      return constant(literalValue(e.numberType === 'long' && !/l$/i.test(e.text) && isInt32(e.value) ? 'int' : e.numberType, e.value));
    case 'StringConstant':
      return constant(e.value);
    case 'ExpandableString':
      return compileExpandable(e, unit);
    case 'Variable':
      return compileVariable(e, unit);
    case 'ArrayLiteral': {
      const els = e.elements.map((x) => compileExpression(x, unit));
      return (f) => sequence(els.map((el) => () => el(f)));
    }
    case 'ArrayExpression': {
      const body = compileBlock(e.body, unit);
      return (f) => {
        const items: unknown[] = [];
        const r = body(withOut(f, (v) => void items.push(v)));
        return r instanceof Promise ? r.then(() => items) : items;
      };
    }
    case 'SubExpression': {
      const body = compileBlock(e.body, unit);
      return (f) => {
        const items: unknown[] = [];
        const r = body(withOut(f, (v) => void items.push(v)));
        return r instanceof Promise ? r.then(() => unwrapCollected(items)) : unwrapCollected(items);
      };
    }
    case 'Paren':
      return compileStatementValue(e.pipeline, unit);
    case 'Hashtable':
      return compileHashtable(e, unit, false);
    case 'ScriptBlockExpression': {
      let value: ScriptBlockValue | undefined;
      return () => (value ??= new ScriptBlockValue(e.text, compileScriptBlock(e.scriptBlock, unit, e.text)));
    }
    case 'Binary':
      return compileBinary(e, unit);
    case 'Unary':
      return compileUnary(e, unit);
    case 'Convert':
      return compileConvert(e, unit);
    case 'TypeLiteral': {
      const text = typeNameText(e.typeName);
      let ref: unknown;
      return () => (ref ??= typeRef(text));
    }
    case 'Member':
      return compileMember(e, unit);
    case 'InvokeMember':
      return compileInvokeMember(e, unit);
    case 'Index': {
      const target = compileExpression(e.target, unit);
      const index = compileExpression(e.index, unit);
      return (f) =>
        andThen(target(f), (t) => {
          if ((t === null || t === undefined) && e.nullConditional) return null;
          return andThen(index(f), (i) => getIndex(t, i));
        });
    }
    case 'Attributed':
      return compileExpression(e.child, unit);
    case 'Ternary': {
      const c = compileExpression(e.condition, unit);
      const a = compileExpression(e.ifTrue, unit);
      const b = compileExpression(e.ifFalse, unit);
      return (f) => andThen(c(f), (v) => (toBool(v) ? a(f) : b(f)));
    }
    case 'ErrorExpression': {
      const pos = positionOf(unit, e.extent);
      return () => {
        throw new RuntimeError(withPosition(notSupportedYet('An expression that could not be parsed'), pos));
      };
    }
  }
}

export function typeNameText(t: A.TypeName): string {
  let s = t.name;
  if (t.genericArguments.length > 0) s += '[' + t.genericArguments.map(typeNameText).join(',') + ']';
  if (t.arrayRank > 0) s += '[' + ','.repeat(t.arrayRank - 1) + ']';
  return s;
}

function compileExpandable(e: A.ExpandableString, unit: SourceUnit): Expr {
  const parts = e.parts.map((p) => (typeof p === 'string' ? p : compileExpression(p, unit)));
  if (parts.every((p) => typeof p === 'string')) return constant(parts.join(''));
  // Each part is converted as soon as it is evaluated, reading $OFS then (as pwsh does: a
  // subexpression that sets $OFS changes how the collections after it join).
  const append = (f: Frame, s: string, v: unknown): string => {
    if (typeof v === 'string') return s + v;
    // An Int32 (`"user$i"`) reads the same in JS as in .NET.
    if (typeof v === 'number' && (v | 0) === v) return s + v;
    if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return s + toStringValue(v);
    const ofsVar = f.scope.find('ofs');
    return s + toStringValue(v, ofsVar && ofsVar.value !== null && ofsVar.value !== undefined ? toStringValue(ofsVar.value) : ' ');
  };
  const rest = async (f: Frame, s: string, from: number, pending: Promise<unknown>): Promise<string> => {
    s = append(f, s, await pending);
    for (let j = from + 1; j < parts.length; j++) {
      const p = parts[j]!;
      s = typeof p === 'string' ? s + p : append(f, s, await p(f));
    }
    return s;
  };
  return (f) => {
    let s = '';
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (typeof p === 'string') {
        s += p;
        continue;
      }
      const v = p(f);
      if (v instanceof Promise) return rest(f, s, i, v);
      s = append(f, s, v);
    }
    return s;
  };
}

const CONSTANT_VARIABLES: Record<string, unknown> = { true: true, false: false, null: null };

function compileVariable(e: A.VariableExpression, unit: SourceUnit): Expr {
  const lower = e.name.toLowerCase();
  const scope = e.scope?.toLowerCase();
  if (!scope || scope === 'local' || scope === 'variable' || scope === 'using' || scope === 'private') {
    if (Object.hasOwn(CONSTANT_VARIABLES, lower)) {
      const v = CONSTANT_VARIABLES[lower];
      return () => v;
    }
    if (lower === '_' || lower === 'psitem') return (f) => f.scope.getDollarUnder();
    if (lower === '?') return (f) => f.scope.run.lastSuccess;
    if (scope === 'local' || scope === 'private') {
      return (f) => {
        const v = f.scope.own(lower);
        return v ? v.value : f.session.automaticVariable(lower, f, e.name);
      };
    }
    return (f) => {
      const v = f.scope.find(lower);
      return v ? v.value : f.session.automaticVariable(lower, f, e.name);
    };
  }
  if (scope === 'global' || scope === 'script') {
    return (f) => {
      const s = scope === 'global' ? f.scope.globalScope : f.scope.scriptScope;
      const v = s.find(lower);
      return v ? v.value : f.session.automaticVariable(lower, f, e.name);
    };
  }
  if (scope === 'env') {
    return (f) => {
      const v = f.session.env[e.name] ?? findEnv(f.session.env, e.name);
      return v === undefined ? null : v;
    };
  }
  if (scope === 'function') {
    return (f) => {
      const fn = f.session.findFunction(f.scope, e.name);
      return fn ? new ScriptBlockValue(fn.text, fn) : null;
    };
  }
  if (scope === 'alias') return (f) => f.session.aliasDefinition(e.name) ?? null;
  const pos = positionOf(unit, e.extent);
  return () => {
    throw new RuntimeError(withPosition(notSupportedYet(`The '${e.scope}:' drive`), pos));
  };
}

function findEnv(env: Record<string, string | undefined>, name: string): string | undefined {
  // Environment variable names are case-insensitive on Windows, where these scripts come from.
  const lower = name.toLowerCase();
  for (const k of Object.keys(env)) if (k.toLowerCase() === lower) return env[k];
  return undefined;
}

function compileHashtable(e: A.HashtableExpression, unit: SourceUnit, ordered: boolean): Expr {
  const entries = e.entries.map((en) => ({ key: compileExpression(en.key, unit), value: compileStatementValue(en.value, unit) }));
  return (f) => {
    const h = new PSHashtable(ordered);
    const steps = entries.map((en) => () =>
      andThen(en.key(f), (k) =>
        andThen(en.value(f), (v) => {
          if (h.has(k)) {
            throw new RuntimeError(
              new ErrorRecord(`Duplicate keys '${toStringValue(k)}' are not allowed in hash literals.`, 'DuplicateKeyInHashLiteral', 'ParserError', k),
            );
          }
          h.set(k, v);
          return null;
        }),
      ),
    );
    return andThen(sequence(steps), () => h);
  };
}

/**
 * `[PSCustomObject]@{...}` straight into a PSObject, with no hashtable in between: the row of every
 * report loop, so it allocates only the object and its properties while evaluation stays synchronous.
 */
function compileCustomObject(e: A.HashtableExpression, unit: SourceUnit): Expr {
  const constant = constantKeyedObject(e, unit);
  if (constant) return constant;
  const entries = e.entries.map((en) => ({ key: compileExpression(en.key, unit), value: compileStatementValue(en.value, unit) }));
  const add = (o: PSObject, k: unknown, v: unknown): void => {
    const name = toStringValue(k);
    const lk = name.toLowerCase();
    if (o.props.has(lk)) {
      throw new RuntimeError(new ErrorRecord(`Duplicate keys '${name}' are not allowed in hash literals.`, 'DuplicateKeyInHashLiteral', 'ParserError', k));
    }
    o.props.set(lk, { kind: 'note', name, value: v });
  };
  const rest = async (f: Frame, o: PSObject, from: number, key: unknown, value: { pending: unknown } | undefined): Promise<PSObject> => {
    add(o, await key, value ? await value.pending : await entries[from]!.value(f));
    for (let j = from + 1; j < entries.length; j++) add(o, await entries[j]!.key(f), await entries[j]!.value(f));
    return o;
  };
  return (f) => {
    const o = new PSObject();
    for (let i = 0; i < entries.length; i++) {
      const k = entries[i]!.key(f);
      if (k instanceof Promise) return rest(f, o, i, k, undefined);
      const v = entries[i]!.value(f);
      if (v instanceof Promise) return rest(f, o, i, k, { pending: v });
      add(o, k, v);
    }
    return o;
  };
}

/**
 * The usual row, `[PSCustomObject]@{ Name = ...; Size = ... }`: every key a distinct constant, so
 * names and their lower-cased forms are worked out once here and each row only evaluates values.
 */
function constantKeyedObject(e: A.HashtableExpression, unit: SourceUnit): Expr | undefined {
  const names: string[] = [];
  for (const en of e.entries) {
    if (en.key.type !== 'StringConstant') return undefined;
    names.push(en.key.value);
  }
  const lower = names.map((n) => n.toLowerCase());
  // A repeated key keeps the general path, which reports it as pwsh does.
  if (new Set(lower).size !== lower.length) return undefined;
  const values = e.entries.map((en) => compileStatementValue(en.value, unit));
  // Every row shares `lower` as its property names; only the properties themselves are per row.
  const rest = async (f: Frame, props: PSProperty[], from: number, pending: Promise<unknown>): Promise<PSObject> => {
    props[from] = { kind: 'note', name: names[from]!, value: await pending };
    for (let j = from + 1; j < values.length; j++) props[j] = { kind: 'note', name: names[j]!, value: await values[j]!(f) };
    return new PSObject(undefined, new PropertyMap(lower, props));
  };
  return (f) => {
    const props = new Array<PSProperty>(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!(f);
      if (v instanceof Promise) return rest(f, props, i, v);
      props[i] = { kind: 'note', name: names[i]!, value: v };
    }
    return new PSObject(undefined, new PropertyMap(lower, props));
  };
}

const SHORT_CIRCUIT = new Set(['-and', '-or', '??']);
const MATCH_OPERATORS = new Set(['-match', '-imatch', '-cmatch', '-notmatch', '-inotmatch', '-cnotmatch']);
const SCRIPT_BLOCK_OPERATORS = /^-[ic]?(replace|split)$/;

/** Script blocks called from operators and methods must finish synchronously. */
export function invokeSync(f: Frame, block: ScriptBlockValue, dollarUnder: unknown, args: unknown[]): unknown[] {
  const r = invokeInline(f, block.compiled as CompiledBlock, dollarUnder, args);
  if (r instanceof Promise) {
    void r.catch(() => undefined);
    throw new RuntimeError(notSupportedYet('A script block running asynchronous commands inside an operator or method call'));
  }
  return r;
}

function compileBinary(e: A.BinaryExpression, unit: SourceUnit): Expr {
  const op = e.operator.toLowerCase();
  const left = compileExpression(e.left, unit);
  const right = compileExpression(e.right, unit);
  if (SHORT_CIRCUIT.has(op)) {
    if (op === '-and') return (f) => andThen(left(f), (a) => (toBool(a) ? andThen(right(f), toBool) : false));
    if (op === '-or') return (f) => andThen(left(f), (a) => (toBool(a) ? true : andThen(right(f), toBool)));
    return (f) => andThen(left(f), (a) => (a === null || a === undefined ? right(f) : a));
  }
  const fn = binaryOperator(op);
  if (MATCH_OPERATORS.has(op)) {
    const match = matchOperator(op);
    return (f) =>
      andThen(left(f), (a) =>
        andThen(right(f), (b) => {
          const r = match(a, b);
          if (r.matches) f.scope.setLocal('Matches', r.matches);
          return r.result;
        }),
      );
  }
  if (SCRIPT_BLOCK_OPERATORS.test(op)) {
    // -replace / -split may take a script block, which runs with the caller's frame.
    return (f) =>
      andThen(left(f), (a) =>
        andThen(right(f), (b) => binaryOperator(op, { invoke: (block, du, args) => invokeSync(f, block, du, args ?? []) })(a, b)),
      );
  }
  return (f) => {
    const a = left(f);
    const b = right(f);
    if (a instanceof Promise || b instanceof Promise) return Promise.all([a, b]).then(([x, y]) => fn(x, y));
    return fn(a, b);
  };
}

function compileUnary(e: A.UnaryExpression, unit: SourceUnit): Expr {
  const op = e.operator;
  if (op === '++' || op === '--' || op === 'post++' || op === 'post--') {
    const lv = compileLValue(e.operand, unit);
    const delta = op.endsWith('++') ? 1 : -1;
    const post = op.startsWith('post');
    const add = binaryOperator('+');
    return (f) =>
      andThen(lv.prepare(f), (ref) => {
        const old = ref.get();
        const base = old === null || old === undefined ? 0 : old;
        const next = add(base, delta);
        ref.set(next);
        return post ? base : next;
      });
  }
  const operand = compileExpression(e.operand, unit);
  if (op === ',') return (f) => andThen(operand(f), (v) => [v]);
  const fn = unaryOperator(op.toLowerCase());
  return (f) => andThen(operand(f), fn);
}

function compileConvert(e: A.ConvertExpression, unit: SourceUnit): Expr {
  const type = typeNameText(e.typeName);
  const lower = type.toLowerCase();
  if (lower === 'ordered' && e.operand.type === 'Hashtable') return compileHashtable(e.operand, unit, true);
  if ((lower === 'pscustomobject' || lower === 'system.management.automation.pscustomobject') && e.operand.type === 'Hashtable') {
    return compileCustomObject(e.operand, unit);
  }
  if ((lower === 'ref' || lower === 'system.management.automation.psreference') && e.operand.type === 'Variable') return compileVariableReference(e.operand);
  const operand = compileExpression(e.operand, unit);
  if (lower === 'void' || lower === 'system.void') return (f) => andThen(operand(f), () => undefined);
  if (lower === 'ordered') {
    const pos = positionOf(unit, e.extent);
    return () => {
      throw new RuntimeError(
        new ErrorRecord('The ordered attribute can be specified only on a hash literal node.', 'OrderedAttributeOnlyOnHashLiteralNode', 'ParserError', null, undefined, pos),
      );
    };
  }
  return (f) => andThen(operand(f), (v) => convertTo(v, type));
}

/**
 * `[ref]$n`: a reference to the variable itself (PSReference reading and writing it), so
 * `[int]::TryParse('5', [ref]$n)` sets $n. A variable not set yet is created in the current
 * scope when written; one holding a reference already gives that reference.
 */
function compileVariableReference(v: A.VariableExpression): Expr {
  const name = v.name;
  const lower = name.toLowerCase();
  const scopeName = v.scope?.toLowerCase();
  return (f) => {
    const target = scopeName === 'global' ? f.scope.globalScope : scopeName === 'script' ? f.scope.scriptScope : f.scope;
    const found = scopeName === 'local' || scopeName === 'private' ? target.own(lower) : target.find(lower);
    if (found) {
      if (found.value instanceof PSReference) return found.value;
      return new PSReference(
        () => found.value,
        (value) => {
          found.value = found.typeName ? convertTo(value, found.typeName) : value;
        },
      );
    }
    return new PSReference(
      () => {
        const now = target.find(lower);
        return now ? now.value : null;
      },
      (value) => f.session.assignVariable(target, name, value, { isPrivate: scopeName === 'private', lower }),
    );
  };
}

function memberName(e: A.Expression, unit: SourceUnit): (f: Frame) => MaybePromise<string> {
  if (e.type === 'StringConstant') {
    const n = e.value;
    return () => n;
  }
  const x = compileExpression(e, unit);
  return (f) => andThen(x(f), (v) => toStringValue(v));
}

function compileMember(e: A.MemberExpression, unit: SourceUnit): Expr {
  const target = compileExpression(e.target, unit);
  const name = memberName(e.member, unit);
  if (e.isStatic) return (f) => andThen(target(f), (t) => andThen(name(f), (n) => staticMember(t, n)));
  return (f) =>
    andThen(target(f), (t) => {
      if ((t === null || t === undefined) && e.nullConditional) return null;
      return andThen(name(f), (n) => getMember(t, n));
    });
}

function compileInvokeMember(e: A.InvokeMemberExpression, unit: SourceUnit): Expr {
  const target = compileExpression(e.target, unit);
  const name = memberName(e.member, unit);
  const args = e.arguments.map((a) => compileExpression(a, unit));
  const call = (f: Frame, t: unknown, n: string, lower: string, vs: unknown[]): unknown => (e.isStatic ? invokeEngineStaticMethod(f, t, n, vs) : invokeEngineMethod(f, t, n, lower, vs));
  if (e.member.type !== 'StringConstant') {
    return (f) =>
      andThen(target(f), (t) => {
        if ((t === null || t === undefined) && e.nullConditional) return null;
        return andThen(name(f), (n) => andThen(sequence(args.map((a) => () => a(f))), (vs) => call(f, t, n, n.toLowerCase(), vs)));
      });
  }
  // `$list.Add($x)` in a loop: no closure or promise per call while everything is synchronous,
  // the name lower-cased once here rather than on every call.
  const constName = e.member.value;
  const lowerName = constName.toLowerCase();
  const nullConditional = e.nullConditional === true;
  const arg0 = args[0];
  const withTarget =
    lowerName === 'add' && arg0 !== undefined && args.length === 1 && !e.isStatic
      ? (f: Frame, t: unknown): unknown => {
          // The report loop's `$list.Add($row)`: a value of the element type goes straight in.
          if ((t === null || t === undefined) && nullConditional) return null;
          const v = arg0(f);
          if (v instanceof Promise) return v.then((x) => call(f, t, constName, lowerName, [x]));
          if (t instanceof PSList && addAsIs(t, v)) return t.kind === 'List' ? undefined : t.items.length - 1;
          return call(f, t, constName, lowerName, [v]);
        }
      : (f: Frame, t: unknown): unknown => {
          if ((t === null || t === undefined) && nullConditional) return null;
          const vs = new Array<unknown>(args.length);
          for (let i = 0; i < args.length; i++) {
            const v = args[i]!(f);
            if (v instanceof Promise) return finishArguments(f, t, vs, i, v);
            vs[i] = v;
          }
          return call(f, t, constName, lowerName, vs);
        };
  const finishArguments = async (f: Frame, t: unknown, vs: unknown[], from: number, pending: Promise<unknown>): Promise<unknown> => {
    vs[from] = await pending;
    for (let j = from + 1; j < args.length; j++) vs[j] = await args[j]!(f);
    return call(f, t, constName, lowerName, vs);
  };
  return (f) => {
    const t = target(f);
    return t instanceof Promise ? t.then((x) => withTarget(f, x)) : withTarget(f, t);
  };
}

/** Methods that run script blocks belong to the engine; everything else to the member tables (runtime/member-access.ts, src/dotnet). */
function invokeEngineMethod(f: Frame, target: unknown, name: string, lower: string, args: unknown[]): unknown {
  // The hot path of report-building loops: a List's own methods, straight to the member table.
  if (target instanceof PSList && lower !== 'where' && lower !== 'gettype') {
    const r = invokeCollectionMethod(target, name, lower, args, (block, a) => invokeSync(f, block, a[0], a));
    if (r.found) return r.value;
  }
  if (target instanceof PSClassObject) {
    const r = (target.userClass as UserClass).invokeMethod(target, name, args);
    if (r.found) return r.value;
  }
  const stage = target instanceof PSObject ? cmdletHandles.get(target) : undefined;
  if (stage) return invokeCmdletMethod(stage, lower, name, args);
  if (target instanceof ScriptBlockValue) {
    const block = target.compiled as CompiledBlock;
    if (lower === 'invoke' || lower === 'invokereturnasis') {
      return andThen(f.session.invokeBlockAsCommand(f, block, undefined, args), (out) => (lower === 'invoke' ? out : unwrapCollected(out)));
    }
    if (lower === 'getnewclosure') return target;
  }
  // List`1 has a ForEach(Action<T>) of its own, which wins over the magic one (and outputs nothing).
  const ownForEach = lower === 'foreach' && target instanceof PSList && target.kind === 'List';
  if ((lower === 'where' || lower === 'foreach') && !ownForEach && args[0] instanceof ScriptBlockValue && target !== null && target !== undefined) {
    const items = [...enumerateForPipeline(target)];
    const block = args[0].compiled as CompiledBlock;
    const out: unknown[] = [];
    let i = 0;
    return andThen(
      runLoop(() => {
        if (i >= items.length) return false;
        const item = items[i++];
        return andThen(invokeInline(f, block, item, []), (res) => {
          if (lower === 'where') {
            if (toBool(unwrapCollected(res))) out.push(item);
          } else {
            for (const r of res) out.push(r);
          }
          return true;
        });
      }),
      () => out,
    );
  }
  // A typed number's methods are its value's (ToString, CompareTo...); only GetType() needs the type.
  const self = target instanceof PSNumber && lower !== 'gettype' ? target.value : target;
  return invokeMethod(self, name, args, { invoke: (block, du, a) => invokeSync(f, block, du, a ?? []) });
}

/** [math] methods that return a Double whatever their arguments (Round(2.5) is 2, a Double). */
const MATH_DOUBLE_RESULTS = new Set(['round', 'floor', 'ceiling', 'truncate', 'pow', 'sqrt', 'exp', 'log', 'log10', 'log2', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'cbrt', 'ieeeremainder', 'scaleb', 'copysign']);

/** Static .NET methods see plain numbers; their results get the types .NET gives them. */
function invokeDotNetStatic(target: unknown, name: string, args: unknown[]): unknown {
  let decimalArgs = false;
  const plain = args.map((a) => {
    if (!(a instanceof PSNumber)) return a;
    if (a.kind === 'Decimal') decimalArgs = true;
    return a.value;
  });
  const r = invokeStaticMethod(target, name, plain);
  if (typeof r === 'number' && target instanceof PSTypeRef && target.name === 'System.Math' && MATH_DOUBLE_RESULTS.has(name.toLowerCase())) {
    return decimalArgs ? numberOfKind('Decimal', r) : double(r);
  }
  return r;
}

/** `[scriptblock]::Create(text)` needs the parser and compiler; other static methods live in runtime/static-member-access.ts and src/dotnet. */
function invokeEngineStaticMethod(f: Frame, target: unknown, name: string, args: unknown[]): unknown {
  if (target instanceof PSTypeRef && target.name === 'System.Management.Automation.ScriptBlock' && name.toLowerCase() === 'create') {
    return f.session.createScriptBlock(toStringValue(args[0]));
  }
  const t = staticTarget(target);
  const user = t instanceof PSTypeRef ? userType(t.name) : undefined;
  if (user instanceof UserClass) {
    const r = user.invokeStatic(name, args);
    if (r.found) return r.value;
  }
  return invokeDotNetStatic(target, name, args);
}

/** `$PSCmdlet.ShouldProcess(...)` and friends in advanced functions. */
function invokeCmdletMethod(stage: StageContext, lower: string, name: string, args: unknown[]): unknown {
  const str = (i: number) => (args[i] === undefined ? undefined : toStringValue(args[i]));
  switch (lower) {
    case 'shouldprocess':
    case 'shouldcontinue': {
      // A refusal to ask (no terminal) surfaces as the .NET method's exception, as in pwsh.
      const wrap = (e: unknown): never => {
        if (!(e instanceof RuntimeError) || e instanceof ScriptTerminatingError || e.record.exceptionType !== 'System.Management.Automation.PSInvalidOperationException') throw e;
        throw methodException(name, args.length, e.record.message, 'PSInvalidOperationException');
      };
      try {
        const answer =
          lower === 'shouldcontinue' ? stage.shouldContinue(str(0) ?? '', str(1) ?? '') : stage.shouldProcess(str(0) ?? '', str(1) ?? stage.definition.metadata.name);
        return answer instanceof Promise ? answer.catch(wrap) : answer;
      } catch (e) {
        return wrap(e);
      }
    }
    case 'writeobject':
      return andThen(args[1] === true ? emit((v) => stage.write(v), args[0]) : stage.write(args[0]), () => undefined);
    case 'writeerror':
      if (args[0] instanceof ErrorRecord) stage.writeError(args[0]);
      return undefined;
    case 'throwterminatingerror':
      if (args[0] instanceof ErrorRecord) stage.throwTerminating(args[0]);
      throw new RuntimeError(new ErrorRecord(toStringValue(args[0]), 'ScriptHalted', 'OperationStopped'));
    case 'writeverbose':
      stage.writeVerbose(str(0) ?? '');
      return undefined;
    case 'writewarning':
      stage.writeWarning(str(0) ?? '');
      return undefined;
    case 'writedebug':
      stage.writeDebug(str(0) ?? '');
      return undefined;
    default:
      throw new RuntimeError(
        new ErrorRecord(`Method invocation failed because [System.Management.Automation.PSScriptCmdlet] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation'),
      );
  }
}

// ---------------------------------------------------------------- assignment

interface Ref {
  get(): unknown;
  set(v: unknown): void;
}

interface LValue {
  prepare(f: Frame): MaybePromise<Ref>;
}

function compileVariableSetter(v: A.VariableExpression, unit: SourceUnit): (f: Frame, value: unknown) => void {
  const lv = compileLValue(v, unit);
  const slow = (f: Frame, value: unknown): void => {
    const r = lv.prepare(f) as Ref;
    r.set(value);
  };
  const lower = v.name.toLowerCase();
  if (v.scope !== undefined || Object.hasOwn(CONSTANT_VARIABLES, lower) || lower === '_' || lower === 'psitem') return slow;
  // foreach's `$i`, set once per turn: when the scope already holds a plain variable of that name
  // (every turn after the first), the new value goes straight in, with no Ref allocated per turn.
  // Anything a plain store would skip (a typed or read-only variable) takes the assignment path.
  return (f, value) => {
    const existing = f.scope.own(lower);
    if (existing !== undefined && existing.typeName === undefined && existing.readOnly !== true) existing.value = value;
    else slow(f, value);
  };
}

/** `typeName` and `validation`: what `[int]` / `[ValidateRange(1,5)]` in front of a variable put on it. */
function compileLValue(e: A.Expression, unit: SourceUnit, typeName?: string, validation?: ValidationRules): LValue {
  switch (e.type) {
    case 'Variable': {
      const name = e.name;
      const lower = name.toLowerCase();
      const scope = e.scope?.toLowerCase();
      if (lower === 'null' && !scope) return { prepare: () => ({ get: () => null, set: () => undefined }) };
      if (scope === 'env') {
        return {
          prepare: (f) => ({
            get: () => f.session.env[name] ?? findEnv(f.session.env, name) ?? null,
            set: (v) => {
              if (v === null || v === undefined || v === '') delete f.session.env[name];
              else f.session.env[name] = toStringValue(v);
            },
          }),
        };
      }
      if (scope === 'function') {
        // `$function:Get-Big = { ... }` defines (or with $null removes) a function, as Set-Item function: does.
        return {
          prepare: (f) => ({
            get: () => {
              const fn = f.session.findFunction(f.scope, name);
              return fn ? new ScriptBlockValue(fn.text, fn) : null;
            },
            set: (v) => {
              if (v === null || v === undefined) {
                for (let s: typeof f.scope | undefined = f.scope; s; s = s.parent) if (s.functions?.delete(lower)) break;
                return;
              }
              const block = v instanceof ScriptBlockValue ? v : f.session.createScriptBlock(toStringValue(v));
              f.session.defineFunction(f.scope, name, block.compiled as CompiledBlock);
            },
          }),
        };
      }
      return {
        prepare: (f) => {
          const target = scope === 'global' ? f.scope.globalScope : scope === 'script' ? f.scope.scriptScope : f.scope;
          return {
            get: () => {
              if (lower === '_' || lower === 'psitem') return f.scope.getDollarUnder();
              const found = scope === 'local' || scope === 'private' ? target.own(lower) : target.find(lower);
              return found ? found.value : f.session.automaticVariable(lower, f, name);
            },
            set: (value) => {
              try {
                f.session.assignVariable(target, name, value, { isPrivate: scope === 'private', typeName, lower, validation });
              } catch (e) {
                // Only a typed variable's conversion fails with InvalidArgument here.
                if (e instanceof RuntimeError && e.record.category === 'InvalidArgument') throw variableTransformationError(e.record);
                throw e;
              }
            },
          };
        },
      };
    }
    case 'Convert':
      if (e.operand.type === 'Variable' || e.operand.type === 'Convert' || e.operand.type === 'Attributed') {
        return compileLValue(e.operand, unit, typeName ?? typeNameText(e.typeName), validation);
      }
      break;
    case 'Attributed': {
      // The attribute nearest the variable is applied first; pwsh checks them all, so order does not matter here.
      const rules: ValidationRules = { ...validation };
      return compileLValue(e.child, unit, typeName, addValidationAttribute(e.attribute, rules) ? rules : validation);
    }
    case 'Member': {
      const target = compileExpression(e.target, unit);
      const name = memberName(e.member, unit);
      return {
        prepare: (f) =>
          andThen(target(f), (t) =>
            andThen(name(f), (n) => ({
              get: () => (e.isStatic ? staticMember(t, n) : getMember(t, n)),
              set: (v: unknown) => {
                if (e.isStatic) return setStaticMember(t, n, v);
                if (t === null || t === undefined) {
                  throw new RuntimeError(
                    new ErrorRecord(`The property '${n}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyAssignmentException', 'InvalidOperation', null),
                  );
                }
                setMember(t, n, v);
              },
            })),
          ),
      };
    }
    case 'Index': {
      const target = compileExpression(e.target, unit);
      const index = compileExpression(e.index, unit);
      return {
        prepare: (f) =>
          andThen(target(f), (t) =>
            andThen(index(f), (i) => ({
              get: () => getIndex(t, i),
              set: (v: unknown) => setIndex(t, i, v),
            })),
          ),
      };
    }
    case 'Paren': {
      const single = singleExpression(e.pipeline);
      if (single) return compileLValue(single, unit, typeName, validation);
      break;
    }
    default:
      break;
  }
  const pos = positionOf(unit, e.extent);
  return {
    prepare: () => {
      throw new RuntimeError(
        new ErrorRecord('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 'InvalidLeftHandSide', 'ParserError', null, undefined, pos),
      );
    },
  };
}

const COMPOUND: Record<string, string> = { '+=': '+', '-=': '-', '*=': '*', '/=': '/', '%=': '%' };

/** Compiles an assignment; the closure returns the assigned value (for `($a = 5)` and chains). */
function compileAssignment(s: A.AssignmentStatement, unit: SourceUnit): Expr {
  const right = compileStatementValue(s.right, unit);
  if (s.left.type === 'ArrayLiteral' && s.operator === '=') {
    const targets = s.left.elements.map((el) => compileLValue(el, unit));
    return (f) =>
      andThen(right(f), (v) => {
        const items = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
        return andThen(
          sequence(targets.map((t) => () => t.prepare(f))),
          (refs) => {
            refs.forEach((r, i) => {
              if (i < refs.length - 1) r.set(i < items.length ? items[i] : null);
              else {
                const rest = items.slice(i);
                r.set(rest.length === 0 ? null : rest.length === 1 ? rest[0] : rest);
              }
            });
            return v;
          },
        );
      });
  }
  const lv = compileLValue(s.left, unit);
  if (s.operator === '=') {
    return (f) => andThen(right(f), (v) => andThen(lv.prepare(f), (ref) => (ref.set(v), v)));
  }
  if (s.operator === '??=') {
    return (f) =>
      andThen(lv.prepare(f), (ref) => {
        const old = ref.get();
        if (old !== null && old !== undefined) return old;
        return andThen(right(f), (v) => (ref.set(v), v));
      });
  }
  const op = binaryOperator(COMPOUND[s.operator]!);
  return (f) =>
    andThen(lv.prepare(f), (ref) =>
      andThen(right(f), (v) => {
        const next = op(ref.get(), v);
        ref.set(next);
        return next;
      }),
    );
}
