// Sign-in failures as the user sees them: Entra's own AADSTS text where there is one (what MSAL.NET
// and so Connect-ExchangeOnline show), otherwise a sentence saying what to do. Every message passes
// through redact(): a password, token, key or assertion never reaches the screen, a log or $Error.
import { ErrorRecord, type ErrorCategory } from '../../runtime/errors.js';
import { RemoteError } from '../contracts.js';
import type { NetworkObservations } from './network-client.js';

/** .NET exception types the module's sign-in throws (MSAL.NET), for `catch [type]` and the error id. */
export type SignInExceptionType =
  | 'Microsoft.Identity.Client.MsalServiceException'
  | 'Microsoft.Identity.Client.MsalUiRequiredException'
  | 'Microsoft.Identity.Client.MsalClientException'
  | 'System.OperationCanceledException'
  | 'System.Net.Http.HttpRequestException';

export function signInError(
  message: string,
  options: { category?: ErrorCategory; exceptionType?: SignInExceptionType; status?: number; secrets?: readonly string[] } = {},
): RemoteError {
  const exceptionType = options.exceptionType ?? 'Microsoft.Identity.Client.MsalClientException';
  const text = redact(message, options.secrets ?? []);
  const shortType = exceptionType.slice(exceptionType.lastIndexOf('.') + 1);
  const record = new ErrorRecord(text, shortType, options.category ?? 'AuthenticationError', null, undefined, undefined, exceptionType);
  return new RemoteError(record, true, options.status);
}

export function cancelledError(): RemoteError {
  return signInError('The operation was canceled.', { category: 'OperationStopped', exceptionType: 'System.OperationCanceledException' });
}

const JWT_LIKE = /eyJ[\w-]+\.[\w-]+\.[\w-]*/g;
const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g;

/** Removes every known secret, and anything shaped like a JWT or a PEM block, from `text`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short "secrets" would blank out ordinary words; real passwords and keys are longer.
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out.replace(JWT_LIKE, '***').replace(PEM_BLOCK, '***');
}

/** Entra's error_description as MSAL.NET puts it in the exception message (CRLF kept as line breaks). */
function entraText(description: string): string {
  return description.replace(/\r\n/g, '\n').trim();
}

/** The AADSTS description out of msal-node's "Error(s): … - Description: … - Correlation ID: …". */
function unwrapMsal(message: string): string {
  const start = message.search(/AADSTS\d+/);
  const text = message.slice(start);
  const trailer = text.search(/ - Correlation ID: /);
  return trailer > 0 ? text.slice(0, trailer) : text;
}

interface MsalLikeError {
  errorCode: string;
  errorMessage: string;
  subError?: string;
}

function isMsalError(err: unknown): err is MsalLikeError {
  return !!err && typeof err === 'object' && typeof (err as MsalLikeError).errorCode === 'string' && typeof (err as MsalLikeError).errorMessage === 'string';
}

/** AADSTS codes that MSAL.NET turns into MsalUiRequiredException (the user must interact). */
const UI_REQUIRED = new Set([50076, 50079, 50158, 65001, 50105, 53003]);

function fromEntra(description: string, status: number | undefined, secrets: readonly string[]): RemoteError {
  const code = Number(/AADSTS(\d+)/.exec(description)?.[1]);
  return signInError(entraText(description), {
    exceptionType: UI_REQUIRED.has(code) ? 'Microsoft.Identity.Client.MsalUiRequiredException' : 'Microsoft.Identity.Client.MsalServiceException',
    ...(status !== undefined ? { status } : {}),
    secrets,
  });
}

/**
 * Any failure of a sign-in or refresh → RemoteError. `observed` is what the network client saw
 * (msal reports a failed discovery or an unreachable host in its own words, without Entra's text).
 */
export function toSignInError(err: unknown, secrets: readonly string[], observed?: NetworkObservations): RemoteError {
  if (err instanceof RemoteError) return err;
  if (isMsalError(err)) {
    // Entra's error_description as it came is the text MSAL.NET shows; msal-node wraps it in
    // "Error(s): … - Description: … - Correlation ID: …", so the raw one is preferred.
    const raw = observed?.lastServiceError;
    if (raw && /AADSTS\d+/.test(raw.description)) return fromEntra(raw.description, raw.status, secrets);
    if (/AADSTS\d+/.test(err.errorMessage)) return fromEntra(unwrapMsal(err.errorMessage), undefined, secrets);
    switch (err.errorCode) {
      case 'device_code_polling_cancelled':
        return cancelledError();
      case 'device_code_expired':
      case 'device_code_unknown_error':
        return signInError('The device code expired before the sign-in was completed. Run Connect-ExchangeOnline -Device again and enter the new code.', { secrets });
      case 'user_canceled':
        return signInError('User canceled authentication.', { secrets });
    }
    if (observed?.lastServiceError) return fromEntra(observed.lastServiceError.description, observed.lastServiceError.status, secrets);
    if (observed?.lastTransportError) return unreachable(observed.lastTransportError, secrets);
    return signInError(`${err.errorCode}: ${err.errorMessage}`, { secrets });
  }
  if (observed?.lastTransportError) return unreachable(observed.lastTransportError, secrets);
  const message = err instanceof Error ? err.message : String(err);
  return signInError(message, { secrets });
}

function unreachable(e: { url: string; message: string }, secrets: readonly string[]): RemoteError {
  const origin = (() => {
    try {
      return new URL(e.url).origin;
    } catch {
      return e.url;
    }
  })();
  return signInError(`Unable to reach the sign-in service at ${origin}: ${e.message}`, {
    category: 'ConnectionError',
    exceptionType: 'System.Net.Http.HttpRequestException',
    secrets,
  });
}
