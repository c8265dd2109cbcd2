// SecureString and PSCredential stand-ins. They live in the value layer because casts,
// `[pscredential]::new(...)`, New-Object and the host cmdlets all make them. A SecureString keeps
// its text in a WeakMap, outside every property, so no formatter or serialiser can print it.
import { PSObject } from './values.js';
import { ErrorRecord, RuntimeError } from './errors.js';
import { toStringValue, typeNameOf } from './conversions.js';

const secrets = new WeakMap<PSObject, string>();

export const SECURE_STRING_TYPE = 'System.Security.SecureString';
export const CREDENTIAL_TYPE = 'System.Management.Automation.PSCredential';

/** A SecureString holding `text`; only its Length shows. */
export function newSecureString(text: string): PSObject {
  const o = new PSObject([SECURE_STRING_TYPE, 'System.Object']);
  o.toStringHook = () => SECURE_STRING_TYPE;
  o.props.set('length', { kind: 'script', name: 'Length', getter: (self) => secrets.get(self)?.length ?? 0 });
  secrets.set(o, text);
  return o;
}

/** The text of a SecureString, for code that must hand it on (authentication); undefined otherwise. */
export function secureStringText(v: unknown): string | undefined {
  return v instanceof PSObject ? secrets.get(v) : undefined;
}

export function isSecureString(v: unknown): v is PSObject {
  return v instanceof PSObject && secrets.has(v);
}

export function isCredential(v: unknown): v is PSObject {
  return v instanceof PSObject && v.typeNames[0] === CREDENTIAL_TYPE;
}

/** A PSCredential: UserName, Password (the SecureString) and GetNetworkCredential(). */
export function newCredential(userName: string, password: PSObject): PSObject {
  const cred = PSObject.fromEntries(
    [
      ['UserName', userName],
      ['Password', password],
    ],
    [CREDENTIAL_TYPE, 'System.Object'],
  );
  cred.methods = new Map([
    [
      'getnetworkcredential',
      {
        name: 'GetNetworkCredential',
        definition: 'System.Net.NetworkCredential GetNetworkCredential()',
        invoke: () => {
          const at = userName.indexOf('\\');
          return PSObject.fromEntries(
            [
              ['UserName', at >= 0 ? userName.slice(at + 1) : userName],
              ['Password', secureStringText(password) ?? ''],
              ['SecurePassword', password],
              ['Domain', at >= 0 ? userName.slice(0, at) : ''],
            ],
            ['System.Net.NetworkCredential', 'System.Object'],
          );
        },
      },
    ],
  ]);
  return cred;
}

/**
 * `[pscredential]::new(user, password)` and `New-Object PSCredential (user, password)`: .NET's
 * constructor takes a user name and a SecureString; `callName` is the name its errors show.
 */
export function constructCredential(args: unknown[], callName: string): PSObject {
  const flat = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (flat.length !== 2) {
    throw new RuntimeError(new ErrorRecord(`Cannot find an overload for "${callName}" and the argument count: "${flat.length}".`, 'MethodCountCouldNotFindBest', 'InvalidOperation', null, undefined, undefined, 'System.Management.Automation.MethodException'));
  }
  const [user, password] = flat;
  if (password === null || password === undefined) {
    throw new RuntimeError(new ErrorRecord(`Exception calling ".ctor" with "2" argument(s): "Value cannot be null. (Parameter 'password')"`, 'ArgumentNullException', 'NotSpecified', null, undefined, undefined, 'System.Management.Automation.MethodInvocationException'));
  }
  if (!isSecureString(password)) {
    const text = toStringValue(password);
    throw new RuntimeError(
      new ErrorRecord(
        `Cannot convert argument "password", with value: "${text}", for "PSCredential" to type "${SECURE_STRING_TYPE}": "Cannot convert the "${text}" value of type "${typeNameOf(password)}" to type "${SECURE_STRING_TYPE}"."`,
        'MethodArgumentConversionInvalidCastArgument',
        'NotSpecified',
        null,
        undefined,
        undefined,
        'System.Management.Automation.MethodException',
      ),
    );
  }
  return newCredential(user === null || user === undefined ? '' : toStringValue(user), password);
}
