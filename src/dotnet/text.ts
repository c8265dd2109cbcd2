// System.Text: [System.Text.Encoding] and StringBuilder.

import { EOL } from 'node:os';
import { formatOperator } from '../runtime/format-operator.js';
import { PSChar, PSObject } from '../runtime/values.js';
import { int, str } from './arguments.js';
import { bytesOf } from './convert.js';
import { StaticType } from './member-tables.js';

/** [System.Text.Encoding]::UTF8 and friends: objects with GetBytes/GetString. */
function encoding(name: string, bufferEncoding: BufferEncoding, webName: string): PSObject {
  const o = PSObject.fromEntries(
    [
      ['EncodingName', name],
      ['WebName', webName],
      ['BodyName', webName],
      ['CodePage', webName === 'utf-8' ? 65001 : webName === 'us-ascii' ? 20127 : 1200],
    ],
    [`System.Text.${name.replace(/[^A-Za-z0-9]/g, '')}Encoding`, 'System.Text.Encoding', 'System.Object'],
  );
  o.methods = new Map([
    ['getbytes', { name: 'GetBytes', invoke: (_s: PSObject, a: unknown[]) => [...Buffer.from(a[0] instanceof PSChar ? a[0].toString() : Array.isArray(a[0]) ? a[0].map(str).join('') : str(a[0]), bufferEncoding)] }],
    ['getstring', { name: 'GetString', invoke: (_s: PSObject, a: unknown[]) => Buffer.from(bytesOf(a[0])).toString(bufferEncoding) }],
    ['getbytecount', { name: 'GetByteCount', invoke: (_s: PSObject, a: unknown[]) => Buffer.byteLength(str(a[0]), bufferEncoding) }],
  ]);
  o.toStringHook = () => o.typeNames[0]!;
  return o;
}

export const ENCODING: StaticType = {
  properties: {
    utf8: () => encoding('Unicode (UTF-8)', 'utf8', 'utf-8'),
    ascii: () => encoding('US-ASCII', 'ascii', 'us-ascii'),
    unicode: () => encoding('Unicode', 'utf16le', 'utf-16'),
    default: () => encoding('Unicode (UTF-8)', 'utf8', 'utf-8'),
    latin1: () => encoding('Western European (ISO)', 'latin1', 'iso-8859-1'),
  },
  methods: {
    getencoding: (a) => {
      const n = str(a[0]).toLowerCase();
      if (n === 'utf-8' || n === 'utf8' || n === '65001') return encoding('Unicode (UTF-8)', 'utf8', 'utf-8');
      if (n === 'ascii' || n === 'us-ascii') return encoding('US-ASCII', 'ascii', 'us-ascii');
      if (n === 'unicode' || n === 'utf-16') return encoding('Unicode', 'utf16le', 'utf-16');
      return encoding('Western European (ISO)', 'latin1', 'iso-8859-1');
    },
  },
};

/** [System.Text.StringBuilder]::new() */
export function stringBuilder(initial = ''): PSObject {
  let text = initial;
  const o = new PSObject(['System.Text.StringBuilder', 'System.Object']);
  o.props.set('length', { kind: 'script', name: 'Length', getter: () => text.length });
  o.props.set('capacity', { kind: 'script', name: 'Capacity', getter: () => Math.max(16, text.length) });
  o.toStringHook = () => text;
  o.methods = new Map([
    ['append', { name: 'Append', invoke: (self: PSObject, a: unknown[]) => ((text += a.map((x) => (x instanceof PSChar ? x.toString() : str(x))).join('')), self) }],
    ['appendline', { name: 'AppendLine', invoke: (self: PSObject, a: unknown[]) => ((text += (a.length ? str(a[0]) : '') + EOL), self) }],
    ['appendformat', { name: 'AppendFormat', invoke: (self: PSObject, a: unknown[]) => ((text += formatOperator(str(a[0]), a.slice(1))), self) }],
    ['insert', { name: 'Insert', invoke: (self: PSObject, a: unknown[]) => ((text = text.slice(0, int(a[0])) + str(a[1]) + text.slice(int(a[0]))), self) }],
    ['remove', { name: 'Remove', invoke: (self: PSObject, a: unknown[]) => ((text = text.slice(0, int(a[0])) + text.slice(int(a[0]) + int(a[1]))), self) }],
    ['replace', { name: 'Replace', invoke: (self: PSObject, a: unknown[]) => ((text = text.split(str(a[0])).join(str(a[1]))), self) }],
    ['clear', { name: 'Clear', invoke: (self: PSObject) => ((text = ''), self) }],
    ['tostring', { name: 'ToString', invoke: () => text }],
  ]);
  return o;
}
