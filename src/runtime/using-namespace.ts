// `using namespace System.Collections.Generic`: type names in the script resolve against the
// namespaces it names, at compile time as PowerShell resolves them at parse time. The compiler
// calls qualifyTypeNames once per script; each TypeName node that does not resolve as written
// but does under one of the namespaces is rewritten to the qualified name, so every later
// consumer (casts, type literals, parameter types, catch clauses, class members) sees a plain
// full name and needs no knowledge of `using`.
import type * as A from '../language/ast.js';
import { resolveTypeName } from './types.js';

function qualify(t: A.TypeName, namespaces: readonly string[]): void {
  for (const g of t.genericArguments) qualify(g, namespaces);
  if (resolveTypeName(t.name) !== undefined) return;
  for (const ns of namespaces) {
    const candidate = `${ns}.${t.name}`;
    if (resolveTypeName(candidate) !== undefined) {
      t.name = candidate;
      return;
    }
  }
}

/** Rewrites, in place, the type names of `ast` that resolve only under `namespaces`. */
export function qualifyTypeNames(ast: A.ScriptBlock, namespaces: readonly string[]): void {
  if (namespaces.length === 0) return;
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    const n = node as { type?: unknown };
    if (n.type === 'TypeName') {
      qualify(node as A.TypeName, namespaces);
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === 'extent') continue;
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(ast);
}
