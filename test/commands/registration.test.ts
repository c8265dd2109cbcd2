// registration table.
import { describe, expect, it } from 'vitest';
import { withCommands } from './local-commands-session.js';
import { localCommands } from '../../src/commands/index.js';
import { PSObject } from '../../src/runtime/values.js';
import { RuntimeError } from '../../src/runtime/errors.js';

describe('registration table', () => {
  it('every command has a unique name and aliases; help for each', () => {
    const names = new Set<string>();
    for (const c of localCommands) {
      for (const n of [c.metadata.name, ...(c.metadata.aliases ?? [])]) {
        expect(names.has(n.toLowerCase()), n).toBe(false);
        names.add(n.toLowerCase());
      }
      expect(c.metadata.help?.synopsis, c.metadata.name).toBeTruthy();
      expect(c.metadata.help?.examples?.length, c.metadata.name).toBeGreaterThan(0);
    }
    for (const a of ['?', 'where', 'select', 'group', 'measure', 'foreach', '%', 'ft', 'fl', 'gcm', 'gm', 'gci', 'dir', 'gc', 'echo', 'cls', 'clear']) {
      expect(names.has(a), a).toBe(true);
    }
    // As in pwsh, these are aliases on Windows only; elsewhere they run the system's programs.
    for (const a of ['sort', 'ls', 'cat', 'write', 'sleep', 'tee']) {
      expect(names.has(a), a).toBe(process.platform === 'win32');
    }
  });
  it('no parameter set has two parameters at the same position', () => {
    for (const c of localCommands) {
      const sets = new Set<string>();
      for (const p of c.metadata.parameters) for (const s of p.parameterSets ?? []) sets.add(s);
      if (sets.size === 0) sets.add('__All');
      for (const s of sets) {
        const positions = c.metadata.parameters.filter((p) => p.position !== undefined && (!p.parameterSets || p.parameterSets.includes(s))).map((p) => p.position);
        expect(new Set(positions).size, `${c.metadata.name} ${s}`).toBe(positions.length);
      }
    }
  });
  it('a command with parameter sets names one of them as its default', () => {
    for (const c of localCommands) {
      const sets = new Set<string>();
      for (const p of c.metadata.parameters) for (const s of p.parameterSets ?? []) sets.add(s);
      if (sets.size > 1) expect(sets.has(c.metadata.defaultParameterSet ?? ''), c.metadata.name).toBe(true);
    }
  });
  void RuntimeError;
});
