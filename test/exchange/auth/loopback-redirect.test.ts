// The browser's one trip back to the shell: only `GET /?code=…` or `/?error=…` counts, the server
// answers the browser with a page and closes, and it gives up on timeout or Ctrl+C.
import { describe, expect, it } from 'vitest';
import { LoopbackAbortedError, LoopbackTimeoutError, openLoopbackRedirect } from '../../../src/exchange/auth/loopback-redirect.js';

const local = (redirectUri: string, path: string) => redirectUri.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, path);

describe('loopback redirect', () => {
  it('ignores the favicon, takes the code and state, then stops listening', async () => {
    const loopback = await openLoopbackRedirect({ timeoutMs: 5000 });
    expect(loopback.redirectUri).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect((await fetch(local(loopback.redirectUri, '/favicon.ico'))).status).toBe(404);
    expect((await fetch(local(loopback.redirectUri, '/'))).status).toBe(400);
    const page = await fetch(local(loopback.redirectUri, '/?code=abc&state=s1'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('You can close this window');
    expect(await loopback.result).toEqual({ kind: 'code', code: 'abc', state: 's1' });
    await expect(fetch(local(loopback.redirectUri, '/?code=again'))).rejects.toThrow();
  });

  it('passes an error redirect on', async () => {
    const loopback = await openLoopbackRedirect({ timeoutMs: 5000 });
    await fetch(local(loopback.redirectUri, '/?error=access_denied&error_description=AADSTS65004%3A%20User%20declined'));
    expect(await loopback.result).toEqual({ kind: 'error', error: 'access_denied', description: 'AADSTS65004: User declined' });
  });

  it('gives up after the timeout, and at once when aborted', async () => {
    const slow = await openLoopbackRedirect({ timeoutMs: 50 });
    await expect(slow.result).rejects.toBeInstanceOf(LoopbackTimeoutError);
    const controller = new AbortController();
    const aborted = await openLoopbackRedirect({ timeoutMs: 5000, signal: controller.signal });
    controller.abort();
    await expect(aborted.result).rejects.toBeInstanceOf(LoopbackAbortedError);
    await expect(fetch(local(aborted.redirectUri, '/?code=late'))).rejects.toThrow();
  });
});
