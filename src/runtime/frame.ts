// What compiled code runs against: the session, the current scope and where statement output goes.
import type { MaybePromise } from './async.js';
import type { Scope } from './scope.js';
import type { Session } from './session.js';
import type { StageContext } from './pipeline.js';

/** Receives one output object; returns a promise only when downstream is busy (backpressure). */
export type Sink = (value: unknown) => MaybePromise<void>;

/** Source text of a compile unit, for error positions. */
export interface SourceUnit {
  text: string;
  file?: string;
}

export interface Frame {
  readonly session: Session;
  readonly scope: Scope;
  readonly out: Sink;
  /** The command context of the function/script block being run, for $PSCmdlet and Write-Error prefixes. */
  readonly command?: StageContext;
}

export type Expr = (f: Frame) => MaybePromise<unknown>;
export type Stmt = (f: Frame) => MaybePromise<void>;

/** A frame whose output goes elsewhere. */
export function withOut(f: Frame, out: Sink): Frame {
  return { session: f.session, scope: f.scope, out, command: f.command };
}

export function withScope(f: Frame, scope: Scope, out: Sink = f.out): Frame {
  return { session: f.session, scope, out, command: f.command };
}

/** `$x = cmd`: nothing → $null, one object → itself, several → an array. */
export function unwrapCollected(items: unknown[]): unknown {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return items;
}
