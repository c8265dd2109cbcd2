// Pages of 1000 mailboxes are ~10 MB of JSON; the service gzips them when asked (the module sends
// Accept-Encoding: gzip, rest-protocol.md §1.3). undici's request() does not decompress by itself,
// so each transport dispatcher gets the decompress interceptor once, error answers included (their
// bodies carry the service's error text).
import { interceptors, type Dispatcher } from 'undici';

const composed = new WeakMap<Dispatcher, Dispatcher>();

export function decompressing(dispatcher: Dispatcher): Dispatcher {
  let d = composed.get(dispatcher);
  if (!d) {
    d = dispatcher.compose(interceptors.decompress({ skipErrorResponses: false }));
    composed.set(dispatcher, d);
  }
  return d;
}

export const ACCEPT_ENCODING = 'gzip, deflate';
