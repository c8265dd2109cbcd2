// Test-side plumbing: an undici Agent that trusts the sandbox CA (never verification turned off),
// an msal-node network client on it (configured as msal documents: system.networkClient), and a
// cookie-less form driver for the sign-in pages.
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { Agent, request } from 'undici';

export function trustingAgent(caCertPem: string): Agent {
  return new Agent({ connect: { ca: caCertPem } });
}

export function msalNetworkClient(agent: Agent): INetworkModule {
  const send = async <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const res = await request(url, { method, headers: options?.headers, body: options?.body, dispatcher: agent });
    const text = await res.body.text();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    return { status: res.statusCode, headers, body: (text ? JSON.parse(text) : {}) as T };
  };
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('GET', url, options),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('POST', url, options),
  };
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export async function httpGet(agent: Agent, url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  const res = await request(url, { method: 'GET', headers, dispatcher: agent });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

export async function httpPostForm(agent: Agent, url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<HttpResult> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
    dispatcher: agent,
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** The hidden `flow` field and the form's action, as a browser would read them off the page. */
export function formOf(html: string): { action: string; flow: string } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const flow = /name="flow" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !flow) throw new Error(`No sign-in form in page: ${html.slice(0, 300)}`);
  return { action: action.replace(/&amp;/g, '&'), flow };
}
