// [System.Net.WebUtility] / [System.Web.HttpUtility]: HTML and URL encoding.

import { str } from './arguments.js';
import { StaticType } from './member-tables.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const WEBUTILITY: StaticType = {
  methods: {
    urlencode: (a) => encodeURIComponent(str(a[0])).replace(/%20/g, '+'),
    urldecode: (a) => decodeURIComponent(str(a[0]).replace(/\+/g, ' ')),
    htmlencode: (a) => str(a[0]).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!),
    htmldecode: (a) =>
      str(a[0]).replace(/&(amp|lt|gt|quot|#39);/g, (m) => Object.entries(HTML_ESCAPES).find(([, v]) => v === m)![0]),
  },
};
