// How .NET spells the names of generic types: `List[string]` as written in a script,
// ``System.Collections.Generic.List`1[System.String]`` from Type.ToString(), and the
// assembly-qualified FullName that GetType().FullName shows. exosh keeps the ToString() form
// as a value's type name; FullName is derived from it on demand.

const CORELIB = 'System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';
const AUTOMATION = 'System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35';
/** Where PowerShell puts the types that `class` and `enum` define. */
export const CLASS_ASSEMBLY = 'PowerShell Class Assembly, Version=1.0.0.1, Culture=neutral, PublicKeyToken=null';

/** `List[string]`, ``List`1[System.String]``, `Dictionary[string,int]` → base name and arguments; undefined when not generic. */
export function splitGenericName(name: string): { base: string; args: string[] } | undefined {
  if (name.endsWith('[]')) return undefined;
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return undefined;
  const inner = name.slice(open + 1, -1);
  if (inner.trim() === '' || /^,*$/.test(inner)) return undefined;
  const args: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of inner) {
    if (c === '[') depth++;
    if (c === ']') depth--;
    if (c === ',' && depth === 0) {
      args.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  args.push(cur.trim());
  // `[[System.String, System.Private.CoreLib, ...]]`: keep the type, drop the assembly.
  const clean = args.map((a) => {
    const m = /^\[(.*)\]$/.exec(a);
    if (!m) return a;
    return splitTopLevel(m[1]!)[0]!.trim();
  });
  return { base: name.slice(0, open).replace(/`\d+$/, ''), args: clean };
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '[') depth++;
    if (c === ']') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Type.ToString(): ``System.Collections.Generic.List`1[System.String]``. Non-generic names come back unchanged. */
export function genericToString(name: string): string {
  const g = splitGenericName(name);
  if (!g) return name;
  return `${g.base}\`${g.args.length}[${g.args.map(genericToString).join(',')}]`;
}

/** The assembly a type lives in, for FullName and AssemblyQualifiedName. */
export function assemblyOf(full: string, isUserType: (name: string) => boolean): string {
  if (isUserType(full)) return CLASS_ASSEMBLY;
  if (full.startsWith('System.Management.Automation.') || full.startsWith('Microsoft.PowerShell.')) return AUTOMATION;
  return CORELIB;
}

/**
 * Type.FullName: generic arguments assembly-qualified, as .NET prints them —
 * ``System.Collections.Generic.List`1[[System.String, System.Private.CoreLib, Version=...]]``.
 */
export function qualifiedFullName(name: string, isUserType: (name: string) => boolean = () => false): string {
  const g = splitGenericName(name);
  if (!g) return name;
  const args = g.args.map((a) => `[${qualifiedFullName(a, isUserType)}, ${assemblyOf(a, isUserType)}]`);
  return `${g.base}\`${g.args.length}[${args.join(',')}]`;
}

/** Type.Name: ``List`1`` for a generic type, the last dotted part otherwise. */
export function shortTypeName(name: string): string {
  const g = splitGenericName(name);
  if (g) return `${g.base.slice(g.base.lastIndexOf('.') + 1)}\`${g.args.length}`;
  const cut = name.endsWith('[]') ? name.length - 3 : name.length;
  return name.slice(name.lastIndexOf('.', cut) + 1);
}
