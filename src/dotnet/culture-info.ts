// [cultureinfo]: exosh always formats as en-US, so every culture object describes en-US.

import { PSObject } from '../runtime/values.js';
import { str } from './arguments.js';
import { StaticType } from './member-tables.js';

/** [cultureinfo]::CurrentCulture / Get-Culture: exosh always formats as en-US. */
export function cultureInfo(name = 'en-US'): PSObject {
  const textInfo = PSObject.fromEntries([['CultureName', name], ['ListSeparator', ',']], ['System.Globalization.TextInfo', 'System.Object']);
  textInfo.methods = new Map([
    ['totitlecase', { name: 'ToTitleCase', invoke: (_s: PSObject, a: unknown[]) => str(a[0]).replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase())) }],
    ['toupper', { name: 'ToUpper', invoke: (_s: PSObject, a: unknown[]) => str(a[0]).toUpperCase() }],
    ['tolower', { name: 'ToLower', invoke: (_s: PSObject, a: unknown[]) => str(a[0]).toLowerCase() }],
  ]);
  const o = PSObject.fromEntries(
    [
      ['Parent', name === '' ? null : 'en'],
      ['LCID', name === '' ? 127 : 1033],
      ['KeyboardLayoutId', 1033],
      ['Name', name],
      ['IetfLanguageTag', name],
      ['DisplayName', name === '' ? 'Invariant Language (Invariant Country)' : 'English (United States)'],
      ['NativeName', name === '' ? 'Invariant Language (Invariant Country)' : 'English (United States)'],
      ['EnglishName', name === '' ? 'Invariant Language (Invariant Country)' : 'English (United States)'],
      ['TwoLetterISOLanguageName', name === '' ? 'iv' : 'en'],
      ['TextInfo', textInfo],
    ],
    ['System.Globalization.CultureInfo', 'System.Object'],
  );
  o.toStringHook = () => name;
  return o;
}

export const CULTUREINFO: StaticType = {
  properties: {
    currentculture: () => cultureInfo(),
    currentuiculture: () => cultureInfo(),
    invariantculture: () => cultureInfo(''),
  },
  methods: {
    getcultureinfo: (a) => cultureInfo(str(a[0])),
    createspecificculture: (a) => cultureInfo(str(a[0])),
    new: (a) => cultureInfo(str(a[0])),
  },
};
