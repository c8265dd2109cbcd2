// [uri]: the static members and a Uri value's properties.

import { convertToFull } from '../runtime/conversions.js';
import { PSUri } from '../runtime/values.js';
import { str } from './arguments.js';
import { StaticType } from './member-tables.js';

export const URI: StaticType = {
  properties: { urischemehttps: () => 'https', urischemehttp: () => 'http' },
  methods: {
    new: (a) => convertToFull(a[0], 'System.Uri'),
    escapedatastring: (a) => encodeURIComponent(str(a[0])).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()),
    unescapedatastring: (a) => decodeURIComponent(str(a[0])),
    escapeuristring: (a) => encodeURI(str(a[0])),
    iswellformeduristring: (a) => {
      try {
        new URL(str(a[0]));
        return true;
      } catch {
        return false;
      }
    },
  },
};

export function uriMember(u: PSUri, name: string): unknown {
  const url = u.url;
  switch (name) {
    case 'absoluteuri':
      return url.href;
    case 'absolutepath':
      return url.pathname;
    case 'localpath':
      return decodeURIComponent(url.pathname);
    case 'host':
    case 'dnssafehost':
      return url.hostname;
    case 'port':
      return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : url.protocol === 'http:' ? 80 : -1;
    case 'scheme':
      return url.protocol.replace(/:$/, '');
    case 'query':
      return url.search;
    case 'fragment':
      return url.hash;
    case 'authority':
      return url.host;
    case 'pathandquery':
      return url.pathname + url.search;
    case 'originalstring':
      return u.original;
    case 'segments': {
      const parts = url.pathname.split('/');
      return parts.slice(0, -1).map((p) => p + '/').concat(parts[parts.length - 1] ? [parts[parts.length - 1]!] : []).filter((p, i) => i === 0 || p !== '');
    }
    case 'isabsoluteuri':
      return true;
    default:
      return undefined;
  }
}
