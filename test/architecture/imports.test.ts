// The rooms of src/ and which way their imports may point (docs/architecture.md, "Rooms"):
// commands, format and exchange → runtime → language, with the .NET emulation (src/dotnet) below
// the engine, the parser on its own, and the sandbox sharing no code with the client it fakes.
// The test reads every import of src/**/*.ts(x) — static, re-export and `import()` — as the
// TypeScript pre-processor sees them, so an import written in a comment or string never counts.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** An import edge: the importing file and the file it names, both relative to src/ without extension. */
interface Edge {
  from: string;
  to: string;
}

/**
 * The runtime files src/dotnet may use: the value model and the operators over values. Everything
 * else in src/runtime is the engine (session, compiler, pipeline, binder, scopes, member dispatch),
 * which sits above the .NET room and hands it script blocks only through MethodHooks.
 */
const RUNTIME_VALUE_LAYER = new Set([
  'runtime/values',
  'runtime/errors',
  'runtime/types',
  'runtime/conversions',
  'runtime/operators',
  'runtime/operators-regex',
  'runtime/operators-wildcard',
  'runtime/format-operator',
]);

const ABOVE_RUNTIME = ['format', 'commands', 'exchange', 'ui', 'sandbox'];

function roomOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : file;
}

/** Why this import breaks a room's rule, or undefined when it may stand. */
export function violation({ from, to }: Edge): string | undefined {
  const source = roomOf(from);
  const target = roomOf(to);
  if (source === target) return undefined;
  switch (source) {
    case 'runtime':
      return ABOVE_RUNTIME.includes(target) ? `runtime imports ${target}` : undefined;
    case 'dotnet':
      if (target === 'runtime') return RUNTIME_VALUE_LAYER.has(to) ? undefined : `dotnet imports the engine (${to})`;
      return target === 'language' ? undefined : `dotnet imports ${target}`;
    case 'language':
      return `language imports ${target}`;
    case 'exchange':
      return target === 'sandbox' ? 'the Exchange client imports the sandbox' : undefined;
    case 'sandbox':
      return `the sandbox imports client code (${target})`;
    default:
      return undefined;
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function withoutExtension(path: string): string {
  return path.replace(/\.(ts|tsx|js|jsx|mjs)$/, '');
}

function importEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((path) => {
    const from = withoutExtension(relative(SRC, path));
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    return importedFiles
      .filter((f) => f.fileName.startsWith('.'))
      .map((f) => ({ from, to: withoutExtension(relative(SRC, resolve(dirname(path), f.fileName))) }));
  });
}

describe('the rooms of src/ import one way', () => {
  const edges = importEdges();

  it('reads the imports of every room', () => {
    const rooms = new Set(edges.map((e) => roomOf(e.from)));
    for (const room of ['runtime', 'dotnet', 'language', 'commands', 'format', 'exchange', 'sandbox', 'ui']) expect(rooms).toContain(room);
    expect(edges).toContainEqual({ from: 'runtime/member-access', to: 'dotnet/string' });
  });

  it('no import breaks a rule', () => {
    const broken = edges.flatMap((e) => {
      const why = violation(e);
      return why ? [`${e.from} → ${e.to}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('the rules reject imports that point back up', () => {
    expect(violation({ from: 'runtime/operators', to: 'format/views' })).toBe('runtime imports format');
    expect(violation({ from: 'runtime/session', to: 'commands/index' })).toBe('runtime imports commands');
    expect(violation({ from: 'dotnet/string', to: 'runtime/compile' })).toBe('dotnet imports the engine (runtime/compile)');
    expect(violation({ from: 'dotnet/math', to: 'runtime/member-access' })).toBe('dotnet imports the engine (runtime/member-access)');
    expect(violation({ from: 'dotnet/text', to: 'format/out' })).toBe('dotnet imports format');
    expect(violation({ from: 'language/parser/index', to: 'runtime/values' })).toBe('language imports runtime');
    expect(violation({ from: 'exchange/proxy/index', to: 'sandbox/index' })).toBe('the Exchange client imports the sandbox');
    expect(violation({ from: 'sandbox/exchange/service', to: 'exchange/rest/client' })).toBe('the sandbox imports client code (exchange)');
  });

  it('the rules let the arrows that point down stand', () => {
    expect(violation({ from: 'commands/sort-object', to: 'runtime/values' })).toBeUndefined();
    expect(violation({ from: 'runtime/compile', to: 'dotnet/string' })).toBeUndefined();
    expect(violation({ from: 'dotnet/string', to: 'runtime/conversions' })).toBeUndefined();
    expect(violation({ from: 'runtime/compile', to: 'language/ast' })).toBeUndefined();
    expect(violation({ from: 'sandbox/exchange/service', to: 'sandbox/store/index' })).toBeUndefined();
  });
});
