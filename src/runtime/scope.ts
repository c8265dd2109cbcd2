// Variable scopes. PowerShell is dynamically scoped: a function or script block runs in a child
// of the *calling* scope. `$_`/`$PSItem` live in a field rather than the map because they change
// once per pipeline object.
import type { ErrorRecord } from './errors.js';
import type { ValidationRules } from './validation.js';

export interface Variable {
  /** As first written, for Get-Variable. */
  name: string;
  value: unknown;
  /** `$private:x`: visible only in the scope that holds it. */
  isPrivate?: boolean;
  readOnly?: boolean;
  /** `[int]$x = ...` keeps converting later assignments. */
  typeName?: string;
  /** `[ValidateRange(1,5)]$x = ...` keeps checking later assignments. */
  validation?: ValidationRules;
  /** Shown by Get-Variable; absent for user variables. */
  description?: string;
}

export const NOT_SET: unique symbol = Symbol('not set');

export type ScopeKind = 'global' | 'script' | 'function' | 'block';

/** A function as the scope table holds it; `block` is the interpreter's compiled form. */
export interface FunctionEntry {
  name: string;
  block: unknown;
}

/** What one run of script code keeps apart from runs going on beside it. */
export interface RunState {
  /** `$?` */
  lastSuccess: boolean;
  /** Active try blocks, dynamically: statement-terminating errors propagate to a catch inside one. */
  tryDepth: number;
  /** Applied to each non-terminating error written inside the run (Invoke-Tenant names the tenant). */
  decorateError?: (record: ErrorRecord) => ErrorRecord;
}

export class Scope {
  vars: Map<string, Variable> | undefined;
  functions: Map<string, FunctionEntry> | undefined;
  /** `$_` / `$PSItem` in this scope, or NOT_SET. */
  dollarUnder: unknown = NOT_SET;
  /** Set-StrictMode in this scope (0 = off); undefined inherits from the parent. */
  strictMode: number | undefined;
  /** The nearest script scope (the global scope is its own script scope). */
  readonly scriptScope: Scope;
  readonly globalScope: Scope;

  /**
   * `$?`, try depth and error marking, shared with the parent scope unless a run gets its own
   * (Invoke-Tenant's blocks run side by side, each with its own `$?`).
   */
  run: RunState;

  constructor(
    readonly parent: Scope | undefined,
    readonly kind: ScopeKind,
  ) {
    this.run = parent ? parent.run : { lastSuccess: true, tryDepth: 0 };
    this.globalScope = parent ? parent.globalScope : this;
    this.scriptScope = kind === 'script' || kind === 'global' || !parent ? this : parent.scriptScope;
  }

  /** Finds a variable visible from this scope. */
  find(lowerName: string): Variable | undefined {
    let s: Scope | undefined = this;
    while (s) {
      const v = s.vars?.get(lowerName);
      if (v && (!v.isPrivate || s === this)) return v;
      s = s.parent;
    }
    return undefined;
  }

  /** The variable in this scope only. */
  own(lowerName: string): Variable | undefined {
    return this.vars?.get(lowerName);
  }

  /** Sets (creating in this scope when absent here): PowerShell's assignment rule. */
  setLocal(name: string, value: unknown, options?: Partial<Variable>): Variable {
    const key = name.toLowerCase();
    if (!this.vars) this.vars = new Map();
    const existing = this.vars.get(key);
    if (existing) {
      existing.value = value;
      if (options) Object.assign(existing, options);
      return existing;
    }
    const v: Variable = { name, value, ...options };
    this.vars.set(key, v);
    return v;
  }

  remove(lowerName: string): boolean {
    return this.vars?.delete(lowerName) ?? false;
  }

  findFunction(lowerName: string): FunctionEntry | undefined {
    let s: Scope | undefined = this;
    while (s) {
      const f = s.functions?.get(lowerName);
      if (f) return f;
      s = s.parent;
    }
    return undefined;
  }

  defineFunction(name: string, block: unknown): void {
    (this.functions ??= new Map()).set(name.toLowerCase(), { name, block });
  }

  effectiveStrictMode(): number {
    let s: Scope | undefined = this;
    while (s) {
      if (s.strictMode !== undefined) return s.strictMode;
      s = s.parent;
    }
    return 0;
  }

  getDollarUnder(): unknown {
    let s: Scope | undefined = this;
    while (s) {
      if (s.dollarUnder !== NOT_SET) return s.dollarUnder;
      s = s.parent;
    }
    return null;
  }
}
