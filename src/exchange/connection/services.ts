// What the connection room needs from the other rooms (sign-in, REST, proxies, values) and from the
// composition root (sandbox URL and CA, environment). Passed in, so the connection cmdlets can be
// tested against small fakes and src/exchange/index.ts is the one place that wires the real ones.
import type { CommandContext, CommandDefinition } from '../../runtime/command.js';
import type { CertificateSource } from './sign-in-choice.js';
import type {
  ClientCertificate,
  HttpTransport,
  RemoteCmdletMetadata,
  RemoteConnection,
  RequestLog,
  RestInvoker,
  ServiceObjectConverter,
  SignInContext,
  SignInMethod,
  TokenProvider,
} from '../contracts.js';

/** How a proxy finds the connection to call (prefixed: its own; unprefixed: Invoke-Tenant's, else its own). */
export type ConnectionResolver = (ctx: CommandContext) => RemoteConnection;

export interface RemoteCommandOptions {
  prefix: string;
  moduleName: string;
  connection: ConnectionResolver;
  convert: ServiceObjectConverter;
}

export interface ExchangeServices {
  createTokenProvider(method: SignInMethod, ctx: SignInContext): Promise<TokenProvider>;
  createRestInvoker(): RestInvoker;
  createRemoteCommand(metadata: RemoteCmdletMetadata, options: RemoteCommandOptions): CommandDefinition;
  toServiceObject: ServiceObjectConverter;
  createHttpTransport(extraCaPem: string | undefined): HttpTransport;
  /** -CertificateFilePath (PFX/PEM), -Certificate, -CertificateThumbprint (the per-user store folder). */
  loadCertificate(source: CertificateSource): Promise<ClientCertificate>;
  /** -LogDirectoryPath: a request log writing there (LogLevel Default or All). */
  createFileRequestLog?(dir: string, level: 'Default' | 'All'): RequestLog;
}

export interface SandboxEndpoint {
  url: string;
  caPem: string;
}

export interface ExchangeConfig {
  /** The rooms, loaded on the first connect (sign-in and REST pull in msal-node and undici). */
  loadServices(): Promise<ExchangeServices>;
  /** `exosh --sandbox` / `--sandbox-url`: what `-Sandbox <tenant>` connects to. */
  sandbox?: SandboxEndpoint;
  /** Extra CA to trust for every connection (--ca-file without a sandbox). */
  extraCaPem?: string;
  /** IDENTITY_ENDPOINT / IDENTITY_HEADER for -ManagedIdentity come from here. */
  env: Record<string, string | undefined>;
  /** Opens the system browser for interactive sign-in; false when nothing could open it. */
  openBrowser(url: string): Promise<boolean>;
  now?: () => number;
}
