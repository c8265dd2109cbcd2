// The real rooms behind the connection cmdlets. Loaded on the first Connect-ExchangeOnline only, so
// starting exosh (and `exosh -c '1+1'`) never pays for msal-node, undici and the Exchange assets.
// Registers Exchange's views with the formatter on load: only connected sessions show Exchange objects.
import { registerView } from '../../format/views.js';
import { secureStringText } from '../../runtime/credentials.js';
import { PSObject } from '../../runtime/values.js';
import { certificateFromObject, certificateFromPem, createTokenProvider, findCertificateByThumbprint, loadCertificateFile } from '../auth/index.js';
import type { ClientCertificate } from '../contracts.js';
import { createRemoteCommand } from '../proxy/index.js';
import { createFileRequestLog, createRestInvoker } from '../rest/index.js';
import { createHttpTransport } from '../transport.js';
import { toServiceObject } from '../values/service-object.js';
import { exchangeViews } from '../values/views.js';
import type { ExchangeServices } from './services.js';
import type { CertificateSource } from './sign-in-choice.js';

/** -Certificate: PEM text, or an object with the certificate's and key's PEM (a PSObject's properties count). */
function certificateOfValue(value: unknown): ClientCertificate {
  if (typeof value === 'string') return certificateFromPem(value, undefined, undefined, 'the -Certificate text');
  if (value instanceof PSObject) {
    const plain: Record<string, unknown> = {};
    for (const name of value.names()) {
      const v = value.get(name);
      plain[name] = secureStringText(v) ?? v;
    }
    return certificateFromObject(plain);
  }
  return certificateFromObject(value);
}

async function loadCertificate(source: CertificateSource): Promise<ClientCertificate> {
  switch (source.kind) {
    case 'file':
      return loadCertificateFile(source.path, source.password);
    case 'thumbprint':
      return findCertificateByThumbprint(source.thumbprint);
    case 'object':
      return certificateOfValue(source.value);
  }
}

for (const { typeName, view } of exchangeViews()) registerView(typeName, view);

export const defaultExchangeServices: ExchangeServices = {
  createTokenProvider: (method, ctx) => createTokenProvider(method, ctx),
  createRestInvoker: () => createRestInvoker(),
  createRemoteCommand,
  toServiceObject,
  createHttpTransport: (extraCaPem) => createHttpTransport(extraCaPem ? { extraCaPem } : {}),
  createFileRequestLog: (dir, level) => createFileRequestLog(dir, level),
  loadCertificate,
};
