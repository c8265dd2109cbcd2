// msal-node's network client (its documented `system.networkClient` seam) over the shell's own
// transport, so sign-in trusts exactly the CAs the REST calls trust (the sandbox's, when given) and
// never reaches a host msal would pick by itself. It also remembers the last Entra error and
// transport failure it saw, because msal words some of those in its own, less useful, terms.
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { request } from 'undici';
import type { HttpTransport } from '../contracts.js';

export interface NetworkObservations {
  lastServiceError?: { status: number; description: string };
  lastTransportError?: { url: string; message: string };
  reset(): void;
}

export function createObservations(): NetworkObservations {
  return {
    reset() {
      delete this.lastServiceError;
      delete this.lastTransportError;
    },
  };
}

/** Sends one request and reads a JSON answer; a body that is not JSON becomes an Entra-shaped error. */
export async function sendJson(
  transport: HttpTransport,
  method: 'GET' | 'POST',
  url: string,
  init: { headers?: Record<string, string>; body?: string } = {},
  observations?: NetworkObservations,
): Promise<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }> {
  let res;
  try {
    res = await request(url, { method, headers: init.headers, body: init.body, dispatcher: transport.dispatcherFor(url) });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
    const message = e.cause?.message ?? e.message;
    if (observations) observations.lastTransportError = { url, message };
    throw err;
  }
  const text = await res.body.text();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    body = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    body = {
      error: 'invalid_response',
      error_description: `The sign-in service at ${new URL(url).origin} answered HTTP ${res.statusCode} with a response that is not JSON.`,
    };
  }
  if (res.statusCode >= 400 && observations) {
    const description = typeof body['error_description'] === 'string' ? body['error_description'] : typeof body['message'] === 'string' ? body['message'] : undefined;
    if (description) observations.lastServiceError = { status: res.statusCode, description };
  }
  return { status: res.statusCode, headers, body };
}

export function createMsalNetworkClient(transport: HttpTransport, observations: NetworkObservations): INetworkModule {
  const send = async <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const res = await sendJson(
      transport,
      method,
      url,
      { ...(options?.headers ? { headers: options.headers } : {}), ...(options?.body !== undefined ? { body: options.body } : {}) },
      observations,
    );
    return { status: res.status, headers: res.headers, body: res.body as T };
  };
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('GET', url, options),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('POST', url, options),
  };
}
