// Types a script defines with `class` and `enum`. As in pwsh they exist from the moment the script
// is compiled (a script may use a class above its definition): the compiler declares them, the
// script binds them to its session and scope when it starts, and from then on they behave like
// .NET types — typed properties with defaults, hidden and static members, constructors chained
// with `: base(...)`, methods with typed returns, inheritance with overriding, `[Flags()]` enums.
import type * as A from '../language/ast.js';
import { andThen, type MaybePromise } from './async.js';
import { MethodReturnSignal, ReturnSignal } from './control.js';
import { conversionError, convertToFull, isNull, toArray, toStringValue, typeNamesOf } from './conversions.js';
import { ErrorRecord, RuntimeError } from './errors.js';
import type { Expr, Frame, Stmt } from './frame.js';
import { Scope } from './scope.js';
import { defineUserType, INTEGER_RANGES, requireTypeName, resolveTypeName, userType, type UserType } from './types.js';
import {
  type ClassHandle,
  type EnumTypeInfo,
  enumValueText,
  parseEnumText,
  PSClassObject,
  PSEnumValue,
  PSGuid,
  PSHashtable,
  PSObject,
  PSTypeRef,
} from './values.js';
import { registerStaticMethod } from './static-member-access.js';
import { enumNames } from '../dotnet/enum.js';

/** What the compiler lends this module; passed in so there is no import cycle with compile.ts. */
export interface MemberCompiler {
  expression(e: A.Expression): Expr;
  /** A method or constructor body, where `return $x` gives the method's value. */
  methodBody(body: A.ScriptBlock): Stmt;
}

function err(message: string, errorId: string, exceptionType: string, category: ErrorRecord['category'] = 'InvalidOperation'): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, errorId, category, null, undefined, undefined, exceptionType));
}

function overloadError(name: string, count: number): RuntimeError {
  return err(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest', 'System.Management.Automation.MethodException');
}

const discard = (): void => undefined;

/** Where a bound type runs its code: the session and the scope of the script that defined it. */
interface Home {
  frame: Frame;
}

/** A type name as written, resolved on first use (it may name a class defined further down). */
class LazyType {
  private full: string | undefined;
  constructor(readonly written: string) {}
  get name(): string {
    return (this.full ??= requireTypeName(this.written));
  }
}

function typeText(t: A.TypeName): string {
  let s = t.name;
  if (t.genericArguments.length > 0) s += '[' + t.genericArguments.map(typeText).join(',') + ']';
  if (t.arrayRank > 0) s += '[' + ','.repeat(t.arrayRank - 1) + ']';
  return s;
}

function constraintOf(attrs: A.AttributeBase[]): LazyType | undefined {
  const c = attrs.find((a): a is A.TypeConstraint => a.type === 'TypeConstraint');
  return c ? new LazyType(typeText(c.typeName)) : undefined;
}

const VALUE_TYPES = new Set(['System.Boolean', 'System.Char', 'System.Double', 'System.Single', 'System.Decimal', 'System.DateTime', 'System.TimeSpan', 'System.Management.Automation.SwitchParameter', ...Object.keys(INTEGER_RANGES)]);

/** default(T): 0, $false, DateTime.MinValue... for value types, $null for the rest (a [string] property starts $null). */
function defaultOf(type: LazyType | undefined): unknown {
  if (!type) return null;
  const full = type.name;
  if (VALUE_TYPES.has(full)) return convertToFull(null, full);
  if (full === 'System.Guid') return new PSGuid('00000000-0000-0000-0000-000000000000');
  const user = userType(full);
  if (user instanceof UserEnum) return new PSEnumValue(user.info, 0);
  return null;
}

function convertTyped(v: unknown, type: LazyType | undefined): unknown {
  return type ? convertToFull(v, type.name) : v;
}

// ------------------------------------------------------------------------------------------------
// Classes

interface PropertyDef {
  readonly name: string;
  readonly lname: string;
  readonly type: LazyType | undefined;
  readonly hidden: boolean;
  readonly init: Expr | undefined;
  /** The property's [Validate*()] attributes; throws the validation message. */
  readonly validate: ((value: unknown) => void) | undefined;
}

// ------------------------------------------------------------------------------------------------
// [ValidateSet()], [ValidateRange()]... on properties: checked on every assignment

function constantOf(e: A.Expression): unknown {
  if (e.type === 'StringConstant' || e.type === 'Number') return e.value;
  if (e.type === 'Unary' && e.operator === '-' && e.operand.type === 'Number') return -(e.operand.value as number);
  if (e.type === 'Variable' && e.name.toLowerCase() === 'true') return true;
  if (e.type === 'Variable' && e.name.toLowerCase() === 'false') return false;
  return undefined;
}

function validationError(message: string): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, 'ValidationMetadataException', 'InvalidData', null, undefined, undefined, 'System.Management.Automation.ValidationMetadataException'));
}

function validatorOf(attrs: A.AttributeBase[]): ((value: unknown) => void) | undefined {
  const checks: ((value: unknown) => void)[] = [];
  for (const a of attrs) {
    if (a.type !== 'Attribute') continue;
    const n = a.typeName.name.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
    const args = a.positionalArguments.map(constantOf);
    switch (n) {
      case 'validateset': {
        const set = args.map((x) => toStringValue(x));
        const ignoreCase = a.namedArguments.find((x) => x.name.toLowerCase() === 'ignorecase');
        const cs = ignoreCase?.value !== undefined && constantOf(ignoreCase.value) === false;
        checks.push((v) => {
          const text = toStringValue(v);
          if (!set.some((x) => (cs ? x === text : x.toLowerCase() === text.toLowerCase()))) {
            throw validationError(`The argument "${text}" does not belong to the set "${set.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`);
          }
        });
        break;
      }
      case 'validaterange': {
        const [lo, hi] = args as [number, number];
        checks.push((v) => {
          const x = Number(v);
          if (x < lo) throw validationError(`The ${toStringValue(v)} argument is less than the minimum allowed range of ${lo}. Supply an argument that is greater than or equal to ${lo} and then try the command again.`);
          if (x > hi) throw validationError(`The ${toStringValue(v)} argument is greater than the maximum allowed range of ${hi}. Supply an argument that is less than or equal to ${hi} and then try the command again.`);
        });
        break;
      }
      case 'validatenotnull':
        checks.push((v) => {
          if (isNull(v)) throw validationError('The argument is null. Provide a valid value for the argument, and then try running the command again.');
        });
        break;
      case 'validatenotnullorempty':
        checks.push((v) => {
          if (isNull(v) || v === '' || (Array.isArray(v) && v.length === 0)) {
            throw validationError('The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.');
          }
        });
        break;
      case 'validatepattern': {
        const pattern = toStringValue(args[0]);
        const re = new RegExp(pattern, 'i');
        checks.push((v) => {
          const text = toStringValue(v);
          if (!re.test(text)) throw validationError(`The argument "${text}" does not match the "${pattern}" pattern. Supply an argument that matches "${pattern}" and try the command again.`);
        });
        break;
      }
      case 'validatelength': {
        const [lo, hi] = args as [number, number];
        checks.push((v) => {
          const len = toStringValue(v).length;
          if (len < lo) throw validationError(`The character length (${len}) of the argument is too short. Specify an argument with a length that is greater than or equal to "${lo}", and then try the command again.`);
          if (len > hi) throw validationError(`The character length of the ${len} argument is too long. Shorten the character length of the argument so it is fewer than or equal to "${hi}" characters, and then try the command again.`);
        });
        break;
      }
    }
  }
  if (checks.length === 0) return undefined;
  return (v) => {
    for (const c of checks) c(v);
  };
}

interface MethodDef {
  readonly name: string;
  readonly params: readonly { name: string; type: LazyType | undefined }[];
  /** Undefined: untyped (returns what `return` gives); 'System.Void': nothing. */
  readonly returnType: LazyType | undefined;
  readonly body: Stmt;
  readonly baseArgs: readonly Expr[] | undefined;
}

interface StaticSlot {
  readonly name: string;
  readonly type: LazyType | undefined;
  readonly init: Expr | undefined;
  readonly validate: ((value: unknown) => void) | undefined;
  value: unknown;
}

export class UserClass implements UserType, ClassHandle {
  readonly kind = 'class' as const;
  readonly properties: PropertyDef[] = [];
  readonly methods = new Map<string, MethodDef[]>();
  readonly staticMethods = new Map<string, MethodDef[]>();
  readonly statics = new Map<string, StaticSlot>();
  readonly ctors: MethodDef[] = [];
  private readonly baseType: LazyType | undefined;
  /** Interfaces as written after `:`; resolved on first use. */
  private readonly interfaces: LazyType[];
  home: Home | undefined;

  constructor(
    readonly name: string,
    baseTypes: A.TypeName[],
  ) {
    // As in pwsh the base class, when there is one, comes first and the rest are interfaces. A
    // first name spelled like an interface (IComparable, System.IEquatable[object]) is one.
    const written = baseTypes.map(typeText);
    const first = written[0];
    const firstIsInterface = first !== undefined && INTERFACE_NAME.test(first);
    this.baseType = first !== undefined && !firstIsInterface ? new LazyType(first) : undefined;
    this.interfaces = (firstIsInterface ? written : written.slice(1)).map((w) => new LazyType(w));
  }

  interfaceNames(): string[] {
    const out: string[] = [];
    for (let c: UserClass | undefined = this; c; c = c.base) {
      for (const i of c.interfaces) out.push(resolveTypeName(i.written) ?? i.written);
    }
    return out;
  }

  declaredPropertyNames(): string[] {
    const out: string[] = [];
    for (let c: UserClass | undefined = this; c; c = c.base) for (const p of c.properties) if (!out.includes(p.lname)) out.push(p.lname);
    return out;
  }

  private declares(full: string): boolean {
    return this.interfaceNames().some((n) => n === full || n.startsWith(full + '['));
  }

  compareWith(self: PSClassObject, other: unknown): number | undefined {
    if (!this.declares('System.IComparable')) return undefined;
    const found = this.findMethodFor('compareto', [other]);
    if (!found || found === 'wrong-count') return undefined;
    return Math.sign(Number(syncResult(found.cls.invokeOn(self, found.method, [other]), 'CompareTo')));
  }

  equalsWith(self: PSClassObject, other: unknown): boolean | undefined {
    const found = this.findMethodFor('equals', [other]);
    if (!found || found === 'wrong-count') return undefined;
    return syncResult(found.cls.invokeOn(self, found.method, [other]), 'Equals') === true;
  }

  get fullName(): string {
    return this.name;
  }

  get baseName(): string | undefined {
    return this.baseType?.name;
  }

  enumInfo(): undefined {
    return undefined;
  }

  get base(): UserClass | undefined {
    if (!this.baseType) return undefined;
    const t = userType(this.baseType.name);
    return t instanceof UserClass ? t : undefined;
  }

  /** Most derived first, as PSTypeNames lists them. */
  typeNames(): string[] {
    const out: string[] = [];
    for (let c: UserClass | undefined = this; c; c = c.base) out.push(c.name);
    out.push('System.Object');
    return out;
  }

  propertyConverter(lname: string): ((value: unknown) => unknown) | undefined {
    for (let c: UserClass | undefined = this; c; c = c.base) {
      const p = c.properties.find((x) => x.lname === lname);
      if (p) {
        if (!p.type && !p.validate) return undefined;
        return (v) => {
          const x = convertTyped(v, p.type);
          p.validate?.(x);
          return x;
        };
      }
    }
    return undefined;
  }

  findMethod(lname: string, count: number): { cls: UserClass; method: MethodDef } | 'wrong-count' | undefined {
    let sawName = false;
    for (let c: UserClass | undefined = this; c; c = c.base) {
      const overloads = c.methods.get(lname);
      if (!overloads) continue;
      sawName = true;
      const m = overloads.find((o) => o.params.length === count);
      if (m) return { cls: c, method: m };
    }
    return sawName ? 'wrong-count' : undefined;
  }

  /** Like findMethod, choosing among same-count overloads by the arguments' types. */
  findMethodFor(lname: string, args: unknown[]): { cls: UserClass; method: MethodDef } | 'wrong-count' | undefined {
    let sawName = false;
    for (let c: UserClass | undefined = this; c; c = c.base) {
      const overloads = c.methods.get(lname);
      if (!overloads) continue;
      sawName = true;
      const m = pickOverload(overloads, args);
      if (m) return { cls: c, method: m };
    }
    return sawName ? 'wrong-count' : undefined;
  }

  private requireHome(): Home {
    if (this.home) return this.home;
    for (let c: UserClass | undefined = this.base; c; c = c.base) if (c.home) return c.home;
    throw err(`The type [${this.name}] is declared but its script has not run yet.`, 'TypeNotBound', 'System.InvalidOperationException');
  }

  /** A frame for running this class's code: a new scope under the defining script's, with `$this`. */
  private frameFor(self: PSClassObject | undefined): Frame {
    const home = this.requireHome().frame;
    const scope = new Scope(home.scope, 'function');
    if (self) scope.setLocal('this', self);
    return { session: home.session, scope, out: discard };
  }

  // ---------------------------------------------------------------- construction

  construct(args: unknown[]): unknown {
    return this.constructAsync(args);
  }

  constructAsync(args: unknown[]): MaybePromise<PSClassObject> {
    const obj = new PSClassObject(this, this.typeNames());
    return andThen(this.initialise(obj), () =>
      andThen(this.runConstructor(obj, args), () => {
        this.attachToString(obj);
        return obj;
      }),
    );
  }

  /** Property defaults and initialisers, the class's own properties first (the order pwsh shows them). */
  private initialise(obj: PSClassObject): MaybePromise<void> {
    const chain: UserClass[] = [];
    for (let c: UserClass | undefined = this; c; c = c.base) chain.push(c);
    const steps: (() => MaybePromise<void>)[] = [];
    for (const c of chain) {
      for (const p of c.properties) {
        if (obj.props.has(p.lname) || obj.hidden.has(p.lname)) continue;
        const slot = { kind: 'note' as const, name: p.name, value: defaultOf(p.type) };
        (p.hidden ? obj.hidden : obj.props).set(p.lname, slot);
        if (p.init) {
          const init = p.init;
          steps.push(() =>
            andThen(init(c.frameFor(obj)), (v) => {
              slot.value = convertTyped(v, p.type);
            }),
          );
        }
      }
    }
    return runSteps(steps);
  }

  private runConstructor(obj: PSClassObject, args: unknown[]): MaybePromise<void> {
    if (this.ctors.length === 0) {
      if (args.length > 0) throw overloadError('new', args.length);
      return this.base ? this.base.runConstructor(obj, []) : undefined;
    }
    const ctor = pickOverload(this.ctors, args);
    if (!ctor) throw overloadError('new', args.length);
    const frame = this.frameFor(obj);
    bindParameters(frame, ctor, args, 'new');
    const base = this.base;
    const viaBase = (): MaybePromise<void> => {
      if (!base) return undefined;
      if (!ctor.baseArgs) return base.runConstructor(obj, []);
      return andThen(evaluateAll(ctor.baseArgs, frame), (values) => base.runConstructor(obj, values));
    };
    return andThen(viaBase(), () => andThen(runBody(ctor, frame), () => undefined));
  }

  /** A ToString() the class (or a base) defines reaches formatting and string conversion. */
  private attachToString(obj: PSClassObject): void {
    const found = this.findMethod('tostring', 0);
    if (!found || found === 'wrong-count') return;
    obj.toStringHook = (self) => {
      const r = found.cls.invokeOn(self as PSClassObject, found.method, []);
      if (r instanceof Promise) {
        void r.catch(() => undefined);
        throw err('A ToString() method running asynchronous commands is not supported by exosh yet.', 'NotSupportedByExosh', 'System.NotSupportedException');
      }
      return toStringValue(r);
    };
  }

  // ---------------------------------------------------------------- members

  invokeOn(self: PSClassObject | undefined, method: MethodDef, args: unknown[]): MaybePromise<unknown> {
    const frame = this.frameFor(self);
    bindParameters(frame, method, args, method.name);
    return runBody(method, frame);
  }

  /** `$obj.Name(args)`; found false when neither the class nor a base has the method. */
  invokeMethod(self: PSClassObject, name: string, args: unknown[]): { found: boolean; value?: MaybePromise<unknown> } {
    const from = (self.dispatchFrom as UserClass | undefined) ?? this;
    const m = from.findMethodFor(name.toLowerCase(), args);
    if (m === undefined) return { found: false };
    if (m === 'wrong-count') throw overloadError(name, args.length);
    return { found: true, value: m.cls.invokeOn(self, m.method, args) };
  }

  invokeStatic(name: string, args: unknown[]): { found: boolean; value?: MaybePromise<unknown> } {
    const lname = name.toLowerCase();
    if (lname === 'new') return { found: true, value: this.constructAsync(args) };
    let sawName = false;
    for (let c: UserClass | undefined = this; c; c = c.base) {
      const overloads = c.staticMethods.get(lname);
      if (!overloads) continue;
      sawName = true;
      const m = pickOverload(overloads, args);
      if (m) return { found: true, value: c.invokeOn(undefined, m, args) };
    }
    if (sawName) throw overloadError(name, args.length);
    return { found: false };
  }

  private staticSlot(name: string): StaticSlot | undefined {
    const lname = name.toLowerCase();
    for (let c: UserClass | undefined = this; c; c = c.base) {
      const s = c.statics.get(lname);
      if (s) return s;
    }
    return undefined;
  }

  getStatic(name: string): { found: boolean; value?: unknown } {
    const s = this.staticSlot(name);
    return s ? { found: true, value: s.value } : { found: false };
  }

  setStatic(name: string, value: unknown): boolean {
    const s = this.staticSlot(name);
    if (!s) return false;
    try {
      const x = convertTyped(value, s.type);
      s.validate?.(x);
      s.value = x;
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      throw err(`Exception setting "${s.name}": "${e.record.message}"`, 'ExceptionWhenSetting', 'System.Management.Automation.SetValueInvocationException', 'NotSpecified');
    }
    return true;
  }

  // ---------------------------------------------------------------- conversion

  convert(v: unknown): unknown {
    if (isNull(v)) return null;
    if (v instanceof PSClassObject) {
      if (v.typeNames.includes(this.name)) return v.userClass === this ? v : v.asBase(this);
      throw conversionError(v, this.name);
    }
    const fromBag = v instanceof PSHashtable || (v instanceof PSObject && v.typeNames[0] === 'System.Management.Automation.PSCustomObject');
    // Setting properties needs a parameterless constructor (the implicit one, or one declared).
    if (fromBag && (this.ctors.length === 0 || this.ctors.some((c) => c.params.length === 0))) {
      const entries: [string, unknown][] = v instanceof PSHashtable ? v.entries().map(([k, x]) => [toStringValue(k), x]) : (v as PSObject).names().map((n) => [n, (v as PSObject).get(n)]);
      return this.fromProperties(v, entries);
    }
    // From a string, a static Parse([string]) converts first, as LanguagePrimitives tries it
    // before constructors.
    if (typeof v === 'string') {
      const parse = this.staticMethods.get('parse')?.find((m) => m.params.length === 1);
      if (parse) return settle(this.invokeOn(undefined, parse, [v]), this.name);
    }
    // A constructor taking one argument converts, as PowerShell's casts use them.
    if (!fromBag && this.ctors.some((c) => c.params.length === 1)) return settle(this.constructAsync([v]), this.name);
    throw conversionError(v, this.name);
  }

  private fromProperties(source: unknown, entries: [string, unknown][]): PSClassObject {
    const obj = settle(this.constructAsync([]), this.name);
    for (const [k, x] of entries) {
      const lname = k.toLowerCase();
      const slot = obj.props.get(lname) ?? obj.hidden.get(lname);
      if (!slot || slot.kind !== 'note') {
        const settable = this.settableProperties()
          .map((p) => `[${p.name} <${p.type ? p.type.name : 'System.Object'}>]`)
          .join(', ');
        const inner = `Cannot create object of type "${this.name}". The property '${k}' was not found for the '${this.name}' object. The settable properties are: ${settable}.`;
        throw new RuntimeError(new ErrorRecord(inner, 'ObjectCreationError', 'InvalidArgument', source, undefined, undefined, 'System.Management.Automation.PSInvalidCastException'));
      }
      const convert = this.propertyConverter(lname);
      slot.value = convert ? convert(x) : x;
    }
    return obj;
  }

  private settableProperties(): PropertyDef[] {
    const out: PropertyDef[] = [];
    for (let c: UserClass | undefined = this; c; c = c.base) out.push(...c.properties.filter((p) => !p.hidden));
    return out;
  }
}

/** `IComparable`, `System.IEquatable[T]`, `Collections.Generic.IComparer[T]`: .NET's interface naming. */
const INTERFACE_NAME = /(^|\.)I[A-Z][A-Za-z0-9_]*(`\d+)?(\[.*\])?$/;

/** A method the engine calls on the object's behalf (CompareTo for -lt) must not wait on commands. */
function syncResult(v: MaybePromise<unknown>, method: string): unknown {
  if (v instanceof Promise) {
    void v.catch(() => undefined);
    throw err(`A ${method}() method running asynchronous commands is not supported by exosh yet.`, 'NotSupportedByExosh', 'System.NotSupportedException');
  }
  return v;
}

/**
 * The overload for these arguments: same count, every argument convertible, exact type matches
 * preferred ([A]::new(5) takes A([int]) over A([string])). Undefined when none fits by count.
 */
function pickOverload(candidates: readonly MethodDef[], args: unknown[]): MethodDef | undefined {
  const byCount = candidates.filter((c) => c.params.length === args.length);
  if (byCount.length <= 1) return byCount[0];
  let best: MethodDef | undefined;
  let bestScore = -1;
  for (const c of byCount) {
    let score = 0;
    for (let i = 0; i < args.length && score >= 0; i++) {
      const t = c.params[i]!.type;
      if (!t) continue;
      const arg = args[i];
      if (arg !== null && arg !== undefined && typeNamesOf(arg).includes(t.name)) score += 2;
      else {
        try {
          convertToFull(arg, t.name);
          score += 1;
        } catch {
          score = -1;
        }
      }
    }
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best ?? byCount[0];
}

function runSteps(steps: readonly (() => MaybePromise<unknown>)[]): MaybePromise<void> {
  for (let i = 0; i < steps.length; i++) {
    const r = steps[i]!();
    if (r instanceof Promise) return r.then(() => runSteps(steps.slice(i + 1)));
  }
  return undefined;
}

function evaluateAll(exprs: readonly Expr[], f: Frame): MaybePromise<unknown[]> {
  const out: unknown[] = [];
  return andThen(
    runSteps(exprs.map((e) => () => andThen(e(f), (v) => void out.push(v)))),
    () => out,
  );
}

/** A value needed synchronously (a cast, New-Object): constructors that await are not supported there. */
function settle<T>(v: MaybePromise<T>, typeName: string): T {
  if (v instanceof Promise) {
    void v.catch(() => undefined);
    throw err(`Creating a [${typeName}] whose constructor runs asynchronous commands is supported only through [${typeName}]::new().`, 'NotSupportedByExosh', 'System.NotSupportedException');
  }
  return v;
}

/** Arguments converted to the parameters' types, as PowerShell's method binder does. */
function bindParameters(frame: Frame, m: MethodDef, args: unknown[], methodName: string): void {
  for (let i = 0; i < m.params.length; i++) {
    const p = m.params[i]!;
    let value = args[i];
    if (p.type) {
      try {
        value = convertToFull(value, p.type.name);
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        if (e.record.errorId === 'ConvertToFinalInvalidCastException') throw overloadError(methodName, args.length);
        throw err(
          `Cannot convert argument "${p.name}", with value: "${toStringValue(args[i])}", for "${methodName}" to type "${p.type.name}": "${e.record.message}"`,
          'MethodArgumentConversionInvalidCastArgument',
          'System.Management.Automation.MethodException',
          'NotSpecified',
        );
      }
    }
    frame.scope.setLocal(p.name, value, p.type ? { typeName: p.type.name } : undefined);
  }
}

/** Runs a body; `return $x` ends it with the value, converted to the declared return type. */
function runBody(m: MethodDef, frame: Frame): MaybePromise<unknown> {
  const finish = (v: unknown): unknown => {
    if (!m.returnType) return v;
    const t = m.returnType.name;
    if (t === 'System.Void') return undefined;
    return convertToFull(v, t);
  };
  const caught = (e: unknown): unknown => {
    if (e instanceof MethodReturnSignal) return finish(e.value);
    if (e instanceof ReturnSignal) return finish(null);
    throw e;
  };
  let r: MaybePromise<void>;
  try {
    r = m.body(frame);
  } catch (e) {
    return caught(e);
  }
  if (r instanceof Promise) return r.then(() => finish(null), caught);
  return finish(null);
}

// ------------------------------------------------------------------------------------------------
// Enums

export class UserEnum implements UserType {
  readonly kind = 'enum' as const;
  readonly baseName = 'System.Enum';
  private computed: EnumTypeInfo | undefined;
  home: Home | undefined;

  constructor(
    readonly name: string,
    readonly flags: boolean,
    private readonly memberDefs: readonly { name: string; value: Expr | undefined }[],
    /** `enum Big : long`: the underlying integral type as written; Int32 when none. */
    private readonly underlyingWritten: string | undefined = undefined,
  ) {}

  /** The underlying type's full name (System.Int32 unless the definition names another). */
  get underlyingType(): string {
    if (this.underlyingWritten === undefined) return 'System.Int32';
    const full = resolveTypeName(this.underlyingWritten);
    if (full === undefined || !(full in INTEGER_RANGES)) {
      throw err(
        `'${this.underlyingWritten}' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)`,
        'InvalidUnderlyingType',
        'System.Management.Automation.ParseException',
        'ParserError',
      );
    }
    return full;
  }

  get fullName(): string {
    return this.name;
  }

  /** Members with their values: each one more than the previous unless given. Computed on first use. */
  get info(): EnumTypeInfo {
    if (this.computed) return this.computed;
    const members: [string, number][] = [];
    let next = 0;
    const frame: Frame | undefined = this.home?.frame;
    const [lo, hi] = INTEGER_RANGES[this.underlyingType]!;
    const short = this.underlyingWritten ?? 'int';
    for (const m of this.memberDefs) {
      let value = next;
      if (m.value) {
        if (!frame) throw err(`The enum [${this.name}] is declared but its script has not run yet.`, 'TypeNotBound', 'System.InvalidOperationException');
        const v = m.value(frame);
        if (v instanceof Promise) throw err('An enum value must be a constant.', 'EnumValueNotConstant', 'System.InvalidOperationException');
        value = Number(convertToFull(v, 'System.Int64'));
      }
      if (value < lo || value > hi) throw err(`Enumerator value is either too large or too small for ${short}.`, 'EnumeratorValueOutOfBounds', 'System.Management.Automation.ParseException', 'ParserError');
      members.push([m.name, value]);
      next = value + 1;
    }
    this.computed = { name: this.name, flags: this.flags, members };
    return this.computed;
  }

  enumInfo(): EnumTypeInfo {
    return this.info;
  }

  getStatic(name: string): { found: boolean; value?: unknown } {
    const lname = name.toLowerCase();
    const m = this.info.members.find(([n]) => n.toLowerCase() === lname);
    return m ? { found: true, value: new PSEnumValue(this.info, m[1]) } : { found: false };
  }

  construct(): unknown {
    return new PSEnumValue(this.info, 0);
  }

  convert(v: unknown): unknown {
    const info = this.info;
    if (v instanceof PSEnumValue) {
      if (v.enumType === info) return v;
      return this.fromNumber(v.value, v);
    }
    if (typeof v === 'number') return this.fromNumber(v, v);
    if (typeof v === 'string') {
      const n = parseEnumText(info, v);
      if (n === undefined) {
        const names = info.members.map(([x]) => x).join(', ');
        throw conversionError(v, this.name, `Unable to match the identifier name ${v} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names}`, 'InvalidCastFromStringToEnum');
      }
      return this.fromNumber(n, v);
    }
    if (Array.isArray(v)) return this.convert(toArray(v).map((x) => toStringValue(x)).join(','));
    throw conversionError(v, this.name);
  }

  private fromNumber(n: number, original: unknown): PSEnumValue {
    const info = this.info;
    if (enumValueText(info, n) === undefined && !(this.flags && n === 0)) {
      const names = info.members.map(([x]) => x).join(',');
      throw new RuntimeError(
        new ErrorRecord(
          `Cannot convert value "${toStringValue(original)}" to type "${this.name}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${names}".`,
          'RuntimeException',
          'InvalidArgument',
          original,
          undefined,
          undefined,
          'System.Management.Automation.PSInvalidCastException',
        ),
      );
    }
    return new PSEnumValue(info, n);
  }
}

// ------------------------------------------------------------------------------------------------
// Declaring and binding

export type DeclaredType = UserClass | UserEnum;

function hasAttribute(attrs: A.AttributeBase[], name: string): boolean {
  return attrs.some((a) => a.type === 'Attribute' && (a.typeName.name.toLowerCase() === name || a.typeName.name.toLowerCase() === `${name}attribute` || a.typeName.name.toLowerCase() === `system.${name}attribute`));
}

/** Declares the types of a script (at compile time, so they resolve anywhere in it) and compiles their members. */
export function declareTypes(defs: readonly A.TypeDefinition[], compiler: MemberCompiler): DeclaredType[] {
  const declared: DeclaredType[] = defs.map((d) => {
    const t =
      d.kind === 'enum'
        ? new UserEnum(
            d.name,
            hasAttribute(d.attributes, 'flags'),
            d.members.filter((m): m is A.EnumMember => m.type === 'EnumMember').map((m) => ({ name: m.name, value: m.initialValue ? compiler.expression(m.initialValue) : undefined })),
            d.baseTypes[0] ? typeText(d.baseTypes[0]) : undefined,
          )
        : new UserClass(d.name, d.baseTypes);
    defineUserType(t);
    return t;
  });
  defs.forEach((d, i) => {
    const t = declared[i]!;
    if (t instanceof UserClass) compileClassMembers(t, d, compiler);
  });
  return declared;
}

function compileClassMembers(cls: UserClass, d: A.TypeDefinition, compiler: MemberCompiler): void {
  for (const m of d.members) {
    if (m.type === 'PropertyMember') {
      const type = m.propertyType ? new LazyType(typeText(m.propertyType)) : undefined;
      const init = m.initialValue ? compiler.expression(m.initialValue) : undefined;
      const validate = validatorOf(m.attributes);
      if (m.isStatic) cls.statics.set(m.name.toLowerCase(), { name: m.name, type, init, validate, value: undefined });
      else cls.properties.push({ name: m.name, lname: m.name.toLowerCase(), type, hidden: m.isHidden, init, validate });
    } else if (m.type === 'FunctionMember') {
      const def: MethodDef = {
        name: m.isConstructor ? 'new' : m.name,
        params: m.parameters.map((p) => ({ name: p.name, type: constraintOf(p.attributes) })),
        returnType: m.returnType ? new LazyType(typeText(m.returnType)) : undefined,
        body: compiler.methodBody(m.body),
        baseArgs: m.baseArguments?.map((e) => compiler.expression(e)),
      };
      if (m.isConstructor && !m.isStatic) cls.ctors.push(def);
      else {
        const table = m.isStatic ? cls.staticMethods : cls.methods;
        const lname = m.name.toLowerCase();
        table.set(lname, [...(table.get(lname) ?? []), def]);
      }
    }
  }
}

/**
 * Binds a script's types to the frame it runs in (their methods run in scopes under it) and runs
 * their static initialisers, before the script's first statement.
 */
export function bindTypes(types: readonly DeclaredType[], f: Frame): MaybePromise<void> {
  const home: Home = { frame: { session: f.session, scope: f.scope, out: discard } };
  for (const t of types) {
    t.home = home;
    // A redefinition (the same script run again) replaces the registered type.
    defineUserType(t);
  }
  const steps: (() => MaybePromise<unknown>)[] = [];
  for (const t of types) {
    if (!(t instanceof UserClass)) continue;
    for (const s of t.statics.values()) {
      s.value = defaultOf(s.type);
      if (s.init) {
        const init = s.init;
        steps.push(() =>
          andThen(init(home.frame), (v) => {
            s.value = convertTyped(v, s.type);
          }),
        );
      }
    }
  }
  return runSteps(steps);
}

// ------------------------------------------------------------------------------------------------
// [enum]::GetNames() and friends, for script enums and the .NET enums exosh knows

function enumTypeArgument(a: unknown): { user?: UserEnum; names?: string[]; full: string } {
  const full = a instanceof PSTypeRef ? a.name : requireTypeName(toStringValue(a));
  const t = userType(full);
  if (t instanceof UserEnum) return { user: t, full };
  const names = enumNames(full);
  if (names) return { names, full };
  throw err(`Type provided must be an Enum. (Parameter 'enumType')`, 'ArgumentException', 'System.ArgumentException', 'NotSpecified');
}

registerStaticMethod('System.Enum', 'GetNames', (a) => {
  const t = enumTypeArgument(a[0]);
  return t.user ? t.user.info.members.map(([n]) => n) : t.names!.slice();
});
registerStaticMethod('System.Enum', 'GetValues', (a) => {
  const t = enumTypeArgument(a[0]);
  return t.user ? t.user.info.members.map(([, v]) => new PSEnumValue(t.user!.info, v)) : t.names!.slice();
});
registerStaticMethod('System.Enum', 'Parse', (a) => {
  const t = enumTypeArgument(a[0]);
  if (t.user) return t.user.convert(toStringValue(a[1]));
  return convertToFull(a[1], t.full);
});
registerStaticMethod('System.Enum', 'IsDefined', (a) => {
  const t = enumTypeArgument(a[0]);
  if (!t.user) return t.names!.some((n) => n.toLowerCase() === toStringValue(a[1]).toLowerCase());
  const v = a[1];
  if (typeof v === 'string') return t.user.info.members.some(([n]) => n === v);
  const n = v instanceof PSEnumValue ? v.value : Number(v);
  return t.user.info.members.some(([, x]) => x === n);
});
registerStaticMethod('System.Enum', 'GetUnderlyingType', (a) => {
  const t = enumTypeArgument(a[0]);
  return new PSTypeRef(t.user ? t.user.underlyingType : 'System.Int32');
});
registerStaticMethod('System.Enum', 'ToObject', (a) => {
  const t = enumTypeArgument(a[0]);
  return t.user ? new PSEnumValue(t.user.info, Number(convertToFull(a[1], 'System.Int64'))) : convertToFull(a[1], t.full);
});
