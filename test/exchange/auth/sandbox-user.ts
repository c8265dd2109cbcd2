// The test plays the person at the keyboard and the browser: it fills the sandbox's sign-in forms
// over HTTPS (trusting the sandbox CA through the same transport the shell uses) and checks that a
// token is one the sandbox's Exchange accepts.
import { expect } from 'vitest';
import { request } from 'undici';
import { RemoteError, type HttpTransport } from '../../../src/exchange/contracts.js';
import { formOf } from '../../sandbox/identity/sandbox-client.js';

export { formOf };

export async function get(transport: HttpTransport, url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  const res = await request(url, { method: 'GET', headers, dispatcher: transport.dispatcherFor(url) });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

export async function postForm(transport: HttpTransport, url: string, form: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    dispatcher: transport.dispatcherFor(url),
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** Opens the authorize URL, signs in (MFA code when given) and returns where the sandbox redirects. */
export async function browserSignIn(transport: HttpTransport, base: string, authorizeUrl: string, upn: string, password: string, mfaCode?: string): Promise<string> {
  const page = await get(transport, authorizeUrl);
  const form = formOf(page.text);
  let res = await postForm(transport, `${base}${form.action}`, { flow: form.flow, login: upn, passwd: password, action: 'signin' });
  if (mfaCode !== undefined) {
    const mfa = formOf(res.text);
    res = await postForm(transport, `${base}${mfa.action}`, { flow: mfa.flow, otc: mfaCode, action: 'verify' });
  }
  if (res.status !== 302) throw new Error(`Sign-in did not redirect (HTTP ${res.status}): ${res.text.slice(0, 300)}`);
  return String(res.headers['location']);
}

/** Enters the code on /devicelogin, then signs in. */
export async function deviceSignIn(transport: HttpTransport, base: string, userCode: string, upn: string, password: string): Promise<string> {
  const entry = await postForm(transport, `${base}/devicelogin`, { user_code: userCode });
  const form = formOf(entry.text);
  const done = await postForm(transport, `${base}${form.action}`, { flow: form.flow, login: upn, passwd: password });
  return done.text;
}

export async function declineDevice(transport: HttpTransport, base: string, userCode: string): Promise<void> {
  const form = formOf((await postForm(transport, `${base}/devicelogin`, { user_code: userCode })).text);
  await postForm(transport, `${base}${form.action}`, { flow: form.flow, action: 'cancel' });
}

/** GET EXOBanner with the token: 200 when Exchange accepts it. */
export async function exchangeAccepts(transport: HttpTransport, base: string, tenant: string, token: string): Promise<number> {
  const res = await get(transport, `${base}/adminapi/v1.0/${tenant}/EXOBanner('AutogenSession')?Version=3.7.0`, { authorization: `Bearer ${token}` });
  return res.status;
}

/** The user code inside the device-code message ("...enter the code ABCD1234 to authenticate."). */
export function userCodeOf(message: string): string {
  const code = /code ([A-Z0-9]{6,12})\b/.exec(message)?.[1];
  if (!code) throw new Error(`No user code in: ${message}`);
  return code;
}

/** The RemoteError a sign-in that must fail rejects with. */
export async function failure(promise: Promise<unknown>): Promise<RemoteError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(RemoteError);
    return err as RemoteError;
  }
  throw new Error('expected the sign-in to fail');
}
