// The providers admins touch besides the file system: `env:`, `variable:`, `function:` and
// `alias:`. Get-ChildItem, Get-Item, Test-Path, Remove-Item, New-Item and Set-Item ask
// `providerPath()` first and hand such paths here; everything else stays a file-system path.
import type { CommandContext } from '../runtime/command.js';
import type { CompiledBlock } from '../runtime/compile.js';
import { toStringValue } from '../runtime/conversions.js';
import type { StageContext } from '../runtime/pipeline.js';
import type { Session } from '../runtime/session.js';
import { PSObject, ScriptBlockValue } from '../runtime/values.js';
import { cmdletError, pathNotFound } from './cmdlet-errors.js';
import { aliasInfo } from './discovery.js';
import { hasWildcard, wildcardMatcher } from './wildcard.js';

export type ProviderKind = 'Environment' | 'Variable' | 'Function' | 'Alias';

/** Drive name as pwsh spells it, by provider. */
export const PROVIDER_DRIVES: Readonly<Record<ProviderKind, string>> = { Environment: 'Env', Variable: 'Variable', Function: 'Function', Alias: 'Alias' };

const BY_DRIVE: Readonly<Record<string, ProviderKind>> = { env: 'Environment', variable: 'Variable', function: 'Function', alias: 'Alias' };
const BY_PROVIDER: Readonly<Record<string, ProviderKind>> = { environment: 'Environment', variable: 'Variable', function: 'Function', alias: 'Alias' };

export interface ProviderPath {
  kind: ProviderKind;
  /** The item name (may hold wildcards); '' for the drive's root. */
  name: string;
}

/** `env:`, `Env:\PATH`, `variable:/x`, or an item's PSPath (`Microsoft.PowerShell.Core\Environment::PATH`). */
export function providerPath(raw: string): ProviderPath | undefined {
  const drive = /^(env|variable|function|alias):[\\/]?(.*)$/is.exec(raw);
  if (drive) return { kind: BY_DRIVE[drive[1]!.toLowerCase()]!, name: drive[2]! };
  const qualified = /^(?:Microsoft\.PowerShell\.Core\\)?(Environment|Variable|Function|Alias)::[\\/]?(.*)$/is.exec(raw);
  if (qualified) return { kind: BY_PROVIDER[qualified[1]!.toLowerCase()]!, name: qualified[2]! };
  return undefined;
}

/** The path as pwsh writes it in messages: `Env:/NOPE`. */
export function displayPath(p: ProviderPath): string {
  return `${PROVIDER_DRIVES[p.kind]}:/${p.name}`;
}

function sessionOf(ctx: CommandContext): { session: Session; stage: StageContext } {
  const stage = ctx as StageContext;
  return { session: stage.frame.session, stage };
}

function itemPaths(o: PSObject, kind: ProviderKind, name: string): PSObject {
  o.set('PSPath', `Microsoft.PowerShell.Core\\${kind}::${name}`);
  o.set('PSDrive', PROVIDER_DRIVES[kind]);
  o.set('PSProvider', `Microsoft.PowerShell.Core\\${kind}`);
  o.set('PSIsContainer', false);
  return o;
}

function envItem(name: string, value: string): PSObject {
  const o = PSObject.fromEntries(
    [
      ['Name', name],
      ['Key', name],
      ['Value', value],
    ],
    ['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object'],
  );
  o.toStringHook = () => 'System.Collections.DictionaryEntry';
  return itemPaths(o, 'Environment', name);
}

function variableItem(name: string, value: unknown): PSObject {
  const o = PSObject.fromEntries(
    [
      ['Name', name],
      ['Value', value],
      ['Description', ''],
      ['Options', 'None'],
      ['Visibility', 'Public'],
    ],
    ['System.Management.Automation.PSVariable', 'System.Object'],
  );
  return itemPaths(o, 'Variable', name);
}

function functionItem(name: string, block: CompiledBlock): PSObject {
  const sb = new ScriptBlockValue(block.text, block);
  const o = PSObject.fromEntries(
    [
      ['CommandType', 'Function'],
      ['Name', name],
      ['Version', ''],
      ['Source', ''],
      ['ScriptBlock', sb],
      ['Definition', block.text],
    ],
    ['System.Management.Automation.FunctionInfo', 'System.Management.Automation.CommandInfo', 'System.Object'],
  );
  o.toStringHook = () => name;
  return itemPaths(o, 'Function', name);
}

/** One provider's items by name: listed, read, written, removed. */
interface Store {
  list(): { name: string; item: () => PSObject }[];
  get(name: string): PSObject | undefined;
  set(name: string, value: unknown): void;
  remove(name: string): boolean;
}

function storeFor(ctx: CommandContext, kind: ProviderKind): Store {
  const { session, stage } = sessionOf(ctx);
  const services = ctx.session;
  switch (kind) {
    case 'Environment': {
      const env = session.env;
      const key = (name: string) => Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase() && env[k] !== undefined);
      return {
        list: () =>
          Object.keys(env)
            .filter((k) => env[k] !== undefined)
            .sort((a, b) => a.localeCompare(b, 'en-US'))
            .map((k) => ({ name: k, item: () => envItem(k, env[k]!) })),
        get: (name) => {
          const k = key(name);
          return k === undefined ? undefined : envItem(k, env[k]!);
        },
        set: (name, value) => {
          const k = key(name) ?? name;
          if (value === null || value === undefined || value === '') delete env[k];
          else env[k] = toStringValue(value);
        },
        remove: (name) => {
          const k = key(name);
          if (k === undefined) return false;
          delete env[k];
          return true;
        },
      };
    }
    case 'Variable':
      return {
        list: () =>
          services
            .listVariables()
            .sort((a, b) => a.name.localeCompare(b.name, 'en-US'))
            .map((v) => ({ name: v.name, item: () => variableItem(v.name, v.value) })),
        get: (name) => {
          const v = services.listVariables().find((x) => x.name.toLowerCase() === name.toLowerCase());
          return v ? variableItem(v.name, v.value) : undefined;
        },
        set: (name, value) => services.setVariable(name, value),
        remove: (name) => services.removeVariable(name),
      };
    case 'Function': {
      const scope = stage.frame.scope;
      const all = () => {
        const seen = new Map<string, { name: string; block: CompiledBlock }>();
        for (let s: typeof scope | undefined = scope; s; s = s.parent) {
          for (const [k, fn] of s.functions ?? []) if (!seen.has(k)) seen.set(k, { name: fn.name, block: fn.block as CompiledBlock });
        }
        return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-US'));
      };
      return {
        list: () => all().map((f) => ({ name: f.name, item: () => functionItem(f.name, f.block) })),
        get: (name) => {
          const entry = scope.findFunction(name.toLowerCase());
          return entry ? functionItem(entry.name, entry.block as CompiledBlock) : undefined;
        },
        set: (name, value) => {
          const block = value instanceof ScriptBlockValue ? value : session.createScriptBlock(toStringValue(value ?? ''));
          session.defineFunction(scope, name, block.compiled as CompiledBlock);
        },
        remove: (name) => {
          for (let s: typeof scope | undefined = scope; s; s = s.parent) if (s.functions?.delete(name.toLowerCase())) return true;
          return false;
        },
      };
    }
    case 'Alias':
      return {
        list: () =>
          services
            .listAliases()
            .sort((a, b) => a.name.localeCompare(b.name, 'en-US'))
            .map((a) => ({ name: a.name, item: () => itemPaths(aliasInfo(a.name, a.definition), 'Alias', a.name) })),
        get: (name) => {
          const a = services.listAliases().find((x) => x.name.toLowerCase() === name.toLowerCase());
          return a ? itemPaths(aliasInfo(a.name, a.definition), 'Alias', a.name) : undefined;
        },
        set: (name, value) => session.setAlias(name, toStringValue(value)),
        remove: (name) => session.removeAlias(name),
      };
  }
}

/** The items a provider path names: its root lists all; a wildcard its matches; a plain name one item or none. */
export function providerItems(ctx: CommandContext, p: ProviderPath, literal = false): PSObject[] {
  const store = storeFor(ctx, p.kind);
  if (p.name === '') return store.list().map((e) => e.item());
  if (!literal && hasWildcard(p.name)) {
    const match = wildcardMatcher([p.name]);
    return store
      .list()
      .filter((e) => match(e.name))
      .map((e) => e.item());
  }
  const one = store.get(literal ? p.name : p.name.replace(/`(.)/g, '$1'));
  return one ? [one] : [];
}

/** Get-ChildItem / Get-Item on a provider path; a plain name that is missing is PathNotFound. */
export async function writeProviderItems(ctx: CommandContext, commandName: string, p: ProviderPath, literal: boolean): Promise<void> {
  const items = providerItems(ctx, p, literal);
  if (items.length === 0 && p.name !== '' && (literal || !hasWildcard(p.name))) {
    ctx.writeError(pathNotFound(commandName, displayPath(p)));
    return;
  }
  for (const item of items) await ctx.write(item);
}

export function testProviderPath(ctx: CommandContext, p: ProviderPath, literal: boolean): boolean {
  return p.name === '' || providerItems(ctx, p, literal).length > 0;
}

export function removeProviderItems(ctx: CommandContext, p: ProviderPath, literal: boolean): MaybeVoid {
  const store = storeFor(ctx, p.kind);
  const items = providerItems(ctx, p, literal);
  if (items.length === 0 && (literal || !hasWildcard(p.name))) {
    ctx.writeError(pathNotFound('Remove-Item', displayPath(p)));
    return;
  }
  return (async () => {
    for (const item of items) {
      const name = toStringValue(item.get('Name'));
      if (!(await ctx.shouldProcess(`Item: ${name}`, 'Remove Item'))) continue;
      store.remove(name);
    }
  })();
}

type MaybeVoid = void | Promise<void>;

/** Set-Item / New-Item on a provider path: creates or replaces the item; the new item when asked. */
export function setProviderItem(ctx: CommandContext, commandName: string, p: ProviderPath, value: unknown): PSObject | undefined {
  if (p.name === '' || hasWildcard(p.name)) {
    ctx.writeError(cmdletError(commandName, `Cannot process path '${displayPath(p)}': give the name of one item.`, 'InvalidPath', 'InvalidArgument', displayPath(p)));
    return undefined;
  }
  const store = storeFor(ctx, p.kind);
  store.set(p.name, value);
  return store.get(p.name);
}
