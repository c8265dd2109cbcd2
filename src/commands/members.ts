// Get-Member, Add-Member and New-Object.
import type { CommandContext, CommandDefinition, CommandInstance } from '../runtime/command.js';
import { PSObject, PSHashtable, PSTypeRef, ScriptBlockValue, type PSProperty } from '../runtime/values.js';
import { toStringValue, typeNameOf, typeNamesOf } from '../runtime/conversions.js';
import { propertyEntries, setMember } from '../runtime/member-access.js';
import { resolveTypeName } from '../runtime/types.js';
import { constructObject } from '../runtime/static-member-access.js';
import { ErrorRecord, RuntimeError } from '../runtime/errors.js';
import { constructCredential } from '../runtime/credentials.js';
import { inputOf, singleResult } from './pipeline-input.js';
import { cmdletError } from './cmdlet-errors.js';
import { methodsOf, SHORT_TYPE_NAMES, STATIC_MEMBERS } from './type-members.js';
import { wildcardMatcher } from './wildcard.js';

// ------------------------------------------------------------------------------------------------
// Get-Member

const MEMBER_TYPES = [
  'AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'Properties', 'PropertySet', 'Method', 'CodeMethod',
  'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'All',
];

function shortType(v: unknown): string {
  if (v === null || v === undefined) return 'System.Object';
  const full = typeNameOf(v);
  return SHORT_TYPE_NAMES[full] ?? full;
}

function memberDefinition(typeName: string, name: string, memberType: string, definition: string): PSObject {
  const o = PSObject.fromEntries(
    [
      ['TypeName', typeName],
      ['Name', name],
      ['MemberType', memberType],
      ['Definition', definition],
    ],
    ['Microsoft.PowerShell.Commands.MemberDefinition', 'System.Object'],
  );
  o.toStringHook = () => definition;
  return o;
}

/** Members of one value, sorted as Get-Member lists them: by member type, then name. */
export function membersOf(v: unknown): PSObject[] {
  const typeName = typeNamesOf(v)[0] ?? 'System.Object';
  const out: PSObject[] = [];
  if (v instanceof PSObject) {
    const custom = typeName === 'System.Management.Automation.PSCustomObject' || typeName.startsWith('Selected.');
    for (const p of v.props.values()) out.push(memberDefinition(typeName, p.name, ...propertyDefinition(p, custom, v)));
    for (const m of v.methods?.values() ?? []) out.push(memberDefinition(typeName, m.name, 'ScriptMethod', m.definition ?? `System.Object ${m.name}();`));
  } else {
    for (const [name, value] of propertyEntries(v)) out.push(memberDefinition(typeName, name, 'Property', `${shortType(value)} ${name} {get;}`));
    if (typeof v === 'string') out.push(memberDefinition(typeName, 'Chars', 'ParameterizedProperty', 'char Chars(int index) {get;}'));
  }
  for (const [name, def] of methodsOf(typeName)) {
    if (!out.some((m) => String(m.get('Name')).toLowerCase() === name.toLowerCase())) out.push(memberDefinition(typeName, name, 'Method', def));
  }
  return out.sort(
    (a, b) =>
      String(a.get('MemberType')).localeCompare(String(b.get('MemberType'))) ||
      String(a.get('Name')).localeCompare(String(b.get('Name')), 'en-US', { sensitivity: 'base' }),
  );
}

function propertyDefinition(p: PSProperty, custom: boolean, self: PSObject): [string, string] {
  switch (p.kind) {
    case 'note': {
      if (!custom) return ['Property', `${shortType(p.value)} ${p.name} {get;set;}`];
      const shown = p.value === null || p.value === undefined ? 'null' : toStringValue(p.value);
      return ['NoteProperty', `${shortType(p.value)} ${p.name}=${shown}`];
    }
    case 'script':
      // Getters of emulated .NET objects (FileInfo.Length, CommandInfo.Definition) are plain properties there.
      if (!custom && !scriptTexts.has(p)) return ['Property', `${shortTypeOfGetter(p, self)} ${p.name} {get;}`];
      return ['ScriptProperty', `System.Object ${p.name} {get=${scriptText(p)};}`];
    case 'alias':
      return ['AliasProperty', `${p.name} = ${p.target}`];
  }
}

/** The type a getter's value has, for Get-Member; System.Object when reading it fails. */
function shortTypeOfGetter(p: PSProperty & { kind: 'script' }, self: PSObject): string {
  try {
    return shortType(p.getter(self));
  } catch {
    return 'System.Object';
  }
}

const scriptTexts = new WeakMap<PSProperty, string>();
function scriptText(p: PSProperty): string {
  return scriptTexts.get(p) ?? '';
}

export const getMember: CommandDefinition = {
  metadata: {
    name: 'Get-Member',
    aliases: ['gm'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Name', type: 'string[]', position: 0 },
      { name: 'MemberType', type: 'string[]', aliases: ['Type'], validateSet: MEMBER_TYPES },
      { name: 'View', type: 'string[]', validateSet: ['Extended', 'Adapted', 'Base', 'All'] },
      { name: 'Static', type: 'switch' },
      { name: 'Force', type: 'switch' },
    ],
    help: {
      synopsis: 'Gets the properties and methods of objects.',
      examples: [
        { code: 'Get-Mailbox -ResultSize 1 | Get-Member', remarks: 'The members of a mailbox object.' },
        { code: "'text' | Get-Member -MemberType Method", remarks: 'Only the methods of a string.' },
      ],
    },
  },
  create(ctx): CommandInstance {
    const p = ctx.params;
    const seen = new Set<string>();
    let any = false;
    const nameMatch = (p.Name as string[] | undefined)?.length ? wildcardMatcher(p.Name as string[]) : () => true;
    const types = (p.MemberType as string[] | undefined)?.map((t) => t.toLowerCase());
    const typeMatch = (mt: string) => {
      if (!types || types.includes('all')) return true;
      const l = mt.toLowerCase();
      if (types.includes(l)) return true;
      if (types.includes('properties') && l.endsWith('property') && l !== 'parameterizedproperty') return true;
      if (types.includes('methods') && l.endsWith('method')) return true;
      return false;
    };
    return {
      process(input) {
        const obj = inputOf(ctx, input);
        if (obj === undefined || obj === null) return;
        any = true;
        if (p.Static === true) {
          // `[math] | Get-Member -Static` describes the type; any other value describes its type.
          const typeName = obj instanceof PSTypeRef ? obj.name : (typeNamesOf(obj)[0] ?? 'System.Object');
          if (seen.has('static:' + typeName)) return;
          seen.add('static:' + typeName);
          const members = [...(STATIC_MEMBERS[typeName] ?? []), ['Equals', 'Method', 'static bool Equals(System.Object objA, System.Object objB)'] as const, ['ReferenceEquals', 'Method', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'] as const]
            .filter(([name], i, all) => all.findIndex(([n]) => n === name) === i)
            .map(([name, kind, def]) => memberDefinition(typeName, name, kind, def))
            .sort((a, b) => String(a.get('MemberType')).localeCompare(String(b.get('MemberType'))) || String(a.get('Name')).localeCompare(String(b.get('Name'))));
          return ctx.writeEnumerated(members.filter((m) => nameMatch(String(m.get('Name'))) && typeMatch(String(m.get('MemberType')))));
        }
        const key = (typeNamesOf(obj)[0] ?? '') + (obj instanceof PSObject ? '|' + obj.names().join(',') : '');
        if (seen.has(key)) return;
        seen.add(key);
        return ctx.writeEnumerated(membersOf(obj).filter((m) => nameMatch(String(m.get('Name'))) && typeMatch(String(m.get('MemberType')))));
      },
      end() {
        if (!any) {
          ctx.writeError(
            cmdletError('Get-Member', 'You must specify an object for the Get-Member cmdlet.', 'NoObjectInGetMember', 'CloseError', null, 'System.InvalidOperationException'),
          );
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Add-Member

const MEMBER_SETS = ['MemberSet', 'NotePropertySingleMemberSet', 'NotePropertyMultiMemberSet'];
const ADD_MEMBER_TYPES = ['NoteProperty', 'AliasProperty', 'ScriptProperty', 'ScriptMethod', 'CodeProperty', 'CodeMethod', 'Property', 'Method', 'MemberSet', 'PropertySet'];

function memberExists(o: PSObject, name: string): boolean {
  return o.has(name) || (o.methods?.has(name.toLowerCase()) ?? false);
}

/**
 * Runs a ScriptMethod body with `$this` set, in its own scope; one result as itself. A body that
 * runs asynchronous commands gives a promise, which the method call expression awaits.
 */
function runWithThis(ctx: CommandContext, body: ScriptBlockValue, self: PSObject, args: unknown[] = []): unknown {
  const r = ctx.invoke(body, undefined, args, { this: self });
  return Array.isArray(r) ? singleResult(r) : r.then(singleResult);
}

/**
 * A ScriptProperty getter: property reads are synchronous everywhere (`$o.X`, formatting, sorting),
 * so a body that runs an asynchronous command (a remote cmdlet) cannot be waited for. Failing
 * loudly beats the blank value it would otherwise give.
 */
function scriptPropertyValue(ctx: CommandContext, name: string, body: ScriptBlockValue, self: PSObject): unknown {
  const r = ctx.invoke(body, undefined, [], { this: self });
  if (Array.isArray(r)) return singleResult(r);
  r.catch(() => undefined);
  throw new RuntimeError(
    new ErrorRecord(
      `The ScriptProperty '${name}' runs a command that completes asynchronously (such as a remote cmdlet); exosh cannot wait for it inside a property getter. Use a calculated property (Select-Object @{n='${name}';e={...}}) instead.`,
      'ScriptPropertyAsynchronous',
      'NotImplemented',
      self,
    ),
  );
}

function addMemberCreate(ctx: CommandContext): CommandInstance {
  const p = ctx.params;
  const fail = (message: string, id: string, target: unknown) => ctx.writeError(cmdletError('Add-Member', message, id, 'InvalidOperation', target));
  return {
    process(input) {
      const obj = inputOf(ctx, input);
      if (obj === undefined) return;
      if (!(obj instanceof PSObject)) {
        fail(
          `exosh can add members only to objects such as [pscustomobject]; the input is a [${typeNameOf(obj)}].`,
          'AddMemberToNonPSObject',
          obj,
        );
        return;
      }
      const force = p.Force === true;
      const add = (name: string, prop: PSProperty | undefined, method?: ScriptBlockValue): boolean => {
        if (memberExists(obj, name) && !force) {
          fail(
            `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
            'MemberAlreadyExists',
            obj,
          );
          return false;
        }
        obj.props.delete(name.toLowerCase());
        obj.methods?.delete(name.toLowerCase());
        if (prop) obj.props.set(name.toLowerCase(), prop);
        if (method) {
          obj.methods ??= new Map();
          obj.methods.set(name.toLowerCase(), {
            name,
            definition: `System.Object ${name}();`,
            invoke: (self, args) => runWithThis(ctx, method, self, args),
          });
        }
        return true;
      };
      if (p.NotePropertyMembers instanceof PSHashtable) {
        for (const [k, v] of p.NotePropertyMembers.entries()) add(toStringValue(k), { kind: 'note', name: toStringValue(k), value: v });
      } else if (p.NotePropertyName !== undefined) {
        const name = String(p.NotePropertyName);
        add(name, { kind: 'note', name, value: p.NotePropertyValue ?? null });
      } else if (p.MemberType !== undefined) {
        const type = String(p.MemberType).toLowerCase();
        const name = String(p.Name);
        const value = p.Value ?? null;
        switch (type) {
          case 'noteproperty':
            add(name, { kind: 'note', name, value });
            break;
          case 'aliasproperty':
            add(name, { kind: 'alias', name, target: toStringValue(value) });
            break;
          case 'scriptproperty': {
            if (!(value instanceof ScriptBlockValue)) {
              fail('The value of a ScriptProperty must be a script block (its getter).', 'ScriptPropertyNeedsScriptBlock', value);
              return;
            }
            const prop: PSProperty = {
              kind: 'script',
              name,
              getter: (self) => scriptPropertyValue(ctx, name, value, self),
            };
            scriptTexts.set(prop, value.text);
            add(name, prop);
            break;
          }
          case 'scriptmethod':
            if (!(value instanceof ScriptBlockValue)) {
              fail('The value of a ScriptMethod must be a script block.', 'ScriptMethodNeedsScriptBlock', value);
              return;
            }
            add(name, undefined, value);
            break;
          default:
            fail(`Add-Member -MemberType ${String(p.MemberType)} is not supported by exosh; use NoteProperty, AliasProperty, ScriptProperty or ScriptMethod.`, 'CannotAddMemberType', p.MemberType);
            return;
        }
      }
      if (p.TypeName !== undefined) obj.typeNames = [String(p.TypeName), ...obj.typeNames.filter((t) => t !== String(p.TypeName))];
      if (p.PassThru === true) return ctx.write(obj);
    },
  };
}

export const addMember: CommandDefinition = {
  metadata: {
    name: 'Add-Member',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'TypeNameSet',
    parameters: [
      { name: 'InputObject', type: 'psobject', mandatory: true, valueFromPipeline: true },
      { name: 'MemberType', type: 'string', aliases: ['Type'], mandatory: true, position: 0, parameterSets: ['MemberSet'], validateSet: ADD_MEMBER_TYPES },
      { name: 'Name', type: 'string', mandatory: true, position: 1, parameterSets: ['MemberSet'] },
      { name: 'Value', type: 'object', position: 2, parameterSets: ['MemberSet'] },
      { name: 'SecondValue', type: 'object', position: 3, parameterSets: ['MemberSet'] },
      { name: 'NotePropertyName', type: 'string', mandatory: true, position: 0, parameterSets: ['NotePropertySingleMemberSet'] },
      { name: 'NotePropertyValue', type: 'object', mandatory: true, position: 1, parameterSets: ['NotePropertySingleMemberSet'] },
      { name: 'NotePropertyMembers', type: 'hashtable', mandatory: true, position: 0, parameterSets: ['NotePropertyMultiMemberSet'] },
      { name: 'TypeName', type: 'string', parameterSets: ['TypeNameSet', ...MEMBER_SETS], mandatory: false },
      { name: 'Force', type: 'switch', parameterSets: MEMBER_SETS },
      { name: 'PassThru', type: 'switch' },
    ],
    help: {
      synopsis: 'Adds custom properties and methods to an instance of a PowerShell object.',
      examples: [
        { code: '$o | Add-Member -MemberType NoteProperty -Name Checked -Value $true', remarks: 'Adds a note property.' },
        { code: '$o | Add-Member -NotePropertyMembers @{ A = 1; B = 2 } -PassThru', remarks: 'Adds several and passes the object on.' },
      ],
    },
  },
  create: addMemberCreate,
};

// ------------------------------------------------------------------------------------------------
// New-Object

const PSOBJECT_TYPES = new Set(['System.Management.Automation.PSObject', 'System.Management.Automation.PSCustomObject', 'System.Object']);

/** New-Object's constructor call: VALUES' constructors; PSCustomObject is a new empty PSObject. */
function construct(full: string, args: unknown[]): unknown {
  if (PSOBJECT_TYPES.has(full)) return new PSObject();
  if (full === 'System.Management.Automation.PSCredential') return constructCredential(args, 'PSCredential');
  return constructObject(full, args);
}

export const newObject: CommandDefinition = {
  metadata: {
    name: 'New-Object',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Net',
    parameters: [
      { name: 'TypeName', type: 'string', mandatory: true, position: 0, parameterSets: ['Net'] },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], position: 1, parameterSets: ['Net'] },
      { name: 'ComObject', type: 'string', mandatory: true, position: 0, parameterSets: ['Com'] },
      { name: 'Strict', type: 'switch', parameterSets: ['Com'] },
      { name: 'Property', type: 'hashtable' },
    ],
    help: {
      synopsis: 'Creates an instance of a .NET Framework or COM object.',
      examples: [
        { code: "New-Object PSObject -Property @{ Name = 'a'; Count = 1 }", remarks: 'A custom object with two note properties.' },
        { code: 'New-Object System.Collections.Generic.List[string]', remarks: 'An empty list of strings.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process() {
        if (p.ComObject !== undefined) {
          ctx.writeError(cmdletError('New-Object', 'COM objects are not available in exosh.', 'NoCOMClassIdentified', 'ResourceUnavailable', p.ComObject));
          return;
        }
        const written = String(p.TypeName);
        const full = resolveTypeName(written);
        if (!full) {
          return ctx.throwTerminating(
            cmdletError('New-Object', `Cannot find type [${written}]: verify that the assembly containing this type is loaded.`, 'TypeNotFound', 'InvalidType', written, 'System.Management.Automation.PSArgumentException'),
          );
        }
        const args = (p.ArgumentList as unknown[] | undefined) ?? [];
        let obj: unknown;
        try {
          obj = construct(full, args);
        } catch (e) {
          if (e instanceof RuntimeError) {
            const notSupported = e.record.errorId === 'NotSupportedByExosh';
            ctx.throwTerminating(
              cmdletError('New-Object', e.record.message, notSupported ? 'NotSupportedByExosh' : 'ConstructorInvokedThrowException', notSupported ? 'NotImplemented' : 'InvalidOperation', written),
            );
          }
          throw e;
        }
        if (p.Property instanceof PSHashtable) {
          for (const [k, v] of p.Property.entries()) {
            const key = toStringValue(k);
            if (obj instanceof PSObject) obj.set(key, v);
            else {
              try {
                setMember(obj, key, v);
              } catch (e) {
                if (e instanceof RuntimeError) {
                  ctx.writeError(
                    cmdletError('New-Object', `The member "${key}" was not found for the specified .NET object.`, 'InvalidOperationException', 'InvalidOperation', obj),
                  );
                } else throw e;
              }
            }
          }
        }
        return ctx.write(obj);
      },
    };
  },
};

export const memberCommands = [getMember, addMember, newObject];
