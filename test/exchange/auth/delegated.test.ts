// Connect-ExchangeOnline as a person: the browser flow, -Device and -Credential, against the
// sandbox's Entra look-alike, each ending with a token the sandbox's Exchange accepts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTokenProvider, redact } from '../../../src/exchange/auth/index.js';
import { RemoteError, type HttpTransport, type SignInContext, type SignInMethod } from '../../../src/exchange/contracts.js';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import { SANDBOX_MFA_CODE, SANDBOX_PASSWORD, startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { browserSignIn, declineDevice, deviceSignIn, exchangeAccepts, failure, formOf, get, postForm, userCodeOf } from './sandbox-user.js';

let sandbox: RunningSandbox;
let transport: HttpTransport;
let contoso: RunningSandbox['tenants'][number];

beforeAll(async () => {
  sandbox = await startSandbox({ mailboxes: 50, quiet: true, identity: { deviceCodeIntervalSeconds: 1 } });
  transport = createHttpTransport({ extraCaPem: sandbox.caCertPem });
  contoso = sandbox.tenants.find((t) => t.key === 'contoso')!;
}, 60_000);

afterAll(async () => {
  await transport?.close();
  await sandbox?.close();
});

function ctx(tenant?: string, signal?: AbortSignal): SignInContext {
  return {
    endpoints: { connectionUri: sandbox.url, authorityUri: sandbox.url, resource: 'https://outlook.office365.com' },
    tenant,
    transport,
    ...(signal ? { signal } : {}),
  };
}

const admin = () => `admin@${contoso.initialDomain}`;

/** Everything a failed sign-in shows the user, to scan for secrets. */
function visibleText(err: unknown): string {
  const e = err as RemoteError;
  return [e.message, e.record?.message, String(e.record?.targetObject), e.stack ?? '', JSON.stringify(e.record)].join('\n');
}

describe('Connect-ExchangeOnline (browser sign-in on a loopback redirect)', () => {
  it('opens the authorize URL, takes the code at http://localhost:<port>/ and gets a token Exchange accepts', async () => {
    let opened = '';
    const method: SignInMethod = {
      kind: 'interactive',
      loginHint: admin(),
      openBrowser: async (url) => {
        opened = url;
        // The "browser": sign in on the pages, then follow the redirect to the shell's loopback server.
        void (async () => {
          const location = await browserSignIn(transport, sandbox.url, url, admin(), SANDBOX_PASSWORD);
          const page = await fetch(location.replace('//localhost:', '//127.0.0.1:'));
          expect(await page.text()).toContain('Authentication complete');
        })();
        return true;
      },
    };
    const provider = await createTokenProvider(method, ctx());
    const redirect = new URL(new URL(opened).searchParams.get('redirect_uri')!);
    expect(redirect.hostname).toBe('localhost');
    expect(redirect.pathname).toBe('/');
    expect(new URL(opened).searchParams.get('login_hint')).toBe(admin());
    expect(new URL(opened).searchParams.get('code_challenge_method')).toBe('S256');
    const token = await provider.getToken();
    expect(token).toMatchObject({ tenantId: contoso.id, userPrincipalName: admin(), appId: 'fb78d390-0c51-40cd-8e17-fdbfab77341b' });
    expect(provider.status).toBe('Active');
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, token.token)).toBe(200);
    // The loopback server is gone once the redirect came back.
    await expect(fetch(`http://127.0.0.1:${redirect.port}/`)).rejects.toThrow();
    provider.dispose();
  });

  it('asks an MFA account for its code in the browser', async () => {
    const upn = `secure.admin@${contoso.initialDomain}`;
    const provider = await createTokenProvider(
      {
        kind: 'interactive',
        openBrowser: async (url) => {
          void browserSignIn(transport, sandbox.url, url, upn, SANDBOX_PASSWORD, SANDBOX_MFA_CODE).then((loc) => fetch(loc.replace('//localhost:', '//127.0.0.1:')));
          return true;
        },
      },
      ctx(contoso.initialDomain),
    );
    expect(provider.current?.userPrincipalName).toBe(upn);
  });

  it('reports Entra\'s words when the user cancels on the sign-in page', async () => {
    const err = await failure(
      createTokenProvider(
        {
          kind: 'interactive',
          openBrowser: async (url) => {
            void (async () => {
              const form = formOf((await get(transport, url)).text);
              const declined = await postForm(transport, `${sandbox.url}${form.action}`, { flow: form.flow, action: 'cancel' });
              await fetch(String(declined.headers['location']).replace('//localhost:', '//127.0.0.1:'));
            })();
            return true;
          },
        },
        ctx(),
      ),
    );
    expect(err.message).toMatch(/^AADSTS65004: User declined/);
    expect(err.record.category).toBe('AuthenticationError');
  });

  it('fails clearly, suggesting -Device, when no browser can be opened', async () => {
    const err = await failure(createTokenProvider({ kind: 'interactive', openBrowser: async () => false }, ctx()));
    expect(err.message).toMatch(/browser could not be opened.*-Device/);
    expect(err.record.category).toBe('AuthenticationError');
    expect(err.terminating).toBe(true);
    const launcherFailed = await failure(
      createTokenProvider(
        {
          kind: 'interactive',
          openBrowser: async () => {
            throw new Error('spawn xdg-open ENOENT');
          },
        },
        ctx(),
      ),
    );
    expect(launcherFailed.message).toMatch(/browser could not be opened.*-Device/);
  });

  it('gives up after the timeout when the browser never comes back, and on Ctrl+C', async () => {
    const timedOut = await failure(createTokenProvider({ kind: 'interactive', openBrowser: async () => true }, ctx(), { browserTimeoutMs: 200 }));
    expect(timedOut.message).toMatch(/timed out.*http:\/\/localhost:\d+\//);
    const controller = new AbortController();
    const cancelled = await failure(
      createTokenProvider(
        {
          kind: 'interactive',
          openBrowser: async () => {
            setTimeout(() => controller.abort(), 50);
            return true;
          },
        },
        ctx(undefined, controller.signal),
      ),
    );
    expect(cancelled.record.category).toBe('OperationStopped');
  });
});

describe('Connect-ExchangeOnline -Device', () => {
  it('shows the message at once and completes when the user signs in elsewhere', async () => {
    const messages: string[] = [];
    const provider = await createTokenProvider(
      {
        kind: 'deviceCode',
        showMessage: (m) => {
          messages.push(m);
          void deviceSignIn(transport, sandbox.url, userCodeOf(m), `helpdesk@${contoso.initialDomain}`, SANDBOX_PASSWORD);
        },
      },
      ctx(),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${sandbox.url}/devicelogin`);
    const token = await provider.getToken();
    expect(token.userPrincipalName).toBe(`helpdesk@${contoso.initialDomain}`);
    expect(await exchangeAccepts(transport, sandbox.url, contoso.id, token.token)).toBe(200);
  });

  it('stops waiting at Ctrl+C', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const err = await failure(createTokenProvider({ kind: 'deviceCode', showMessage: () => setTimeout(() => controller.abort(), 100) }, ctx(undefined, controller.signal)));
    expect(err.record.category).toBe('OperationStopped');
    expect(err.message).toBe('The operation was canceled.');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports Entra\'s words when the user declines', async () => {
    const err = await failure(createTokenProvider({ kind: 'deviceCode', showMessage: (m) => void declineDevice(transport, sandbox.url, userCodeOf(m)) }, ctx()));
    expect(err.message).toMatch(/AADSTS70018/);
    expect(err.record.category).toBe('AuthenticationError');
  });
});

describe('Connect-ExchangeOnline -Credential', () => {
  it('signs in with user name and password and renews through the refresh token', async () => {
    const provider = await createTokenProvider({ kind: 'credential', userName: admin(), password: SANDBOX_PASSWORD }, ctx());
    const first = await provider.getToken();
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, first.token)).toBe(200);
    const renewed = await provider.getToken({ forceRefresh: true });
    expect(renewed.token).not.toBe(first.token);
    expect(provider.current).toBe(renewed);
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, renewed.token)).toBe(200);
  });

  it('wrong password → AADSTS50126, without the password anywhere in the error', async () => {
    const password = 'Wr0ng-Secret-Pa55';
    const err = await failure(createTokenProvider({ kind: 'credential', userName: admin(), password }, ctx()));
    expect(err.message).toMatch(/^AADSTS50126: Error validating credentials due to invalid username or password\./);
    expect(err.record.category).toBe('AuthenticationError');
    expect(err.record.exceptionType).toBe('Microsoft.Identity.Client.MsalServiceException');
    expect(visibleText(err)).not.toContain(password);
  });

  it('an MFA account cannot use -Credential → AADSTS50076 (MsalUiRequiredException)', async () => {
    const err = await failure(createTokenProvider({ kind: 'credential', userName: `secure.admin@${contoso.initialDomain}`, password: SANDBOX_PASSWORD }, ctx()));
    expect(err.message).toMatch(/^AADSTS50076: /);
    expect(err.record.exceptionType).toBe('Microsoft.Identity.Client.MsalUiRequiredException');
    expect(visibleText(err)).not.toContain(SANDBOX_PASSWORD);
  });

  it('an unknown organization → AADSTS90002', async () => {
    const err = await failure(createTokenProvider({ kind: 'credential', userName: admin(), password: SANDBOX_PASSWORD }, ctx('nosuchtenant.onmicrosoft.com')));
    expect(err.message).toMatch(/AADSTS90002/);
    expect(err.message).toContain('nosuchtenant.onmicrosoft.com');
    expect(visibleText(err)).not.toContain(SANDBOX_PASSWORD);
  });

  it('an unreachable sign-in service is a connection error naming the host', async () => {
    const err = await failure(
      createTokenProvider(
        { kind: 'credential', userName: admin(), password: SANDBOX_PASSWORD },
        { ...ctx(), endpoints: { connectionUri: 'https://127.0.0.1:1', authorityUri: 'https://127.0.0.1:1', resource: 'https://outlook.office365.com' } },
      ),
    );
    expect(err.record.category).toBe('ConnectionError');
    expect(err.message).toContain('https://127.0.0.1:1');
    expect(visibleText(err)).not.toContain(SANDBOX_PASSWORD);
  });
});

describe('secrets stay secret', () => {
  it('nothing is written to the console while signing in, failing and renewing (msal\'s logger is off)', async () => {
    const written: string[] = [];
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true)),
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (written.push(String(chunk)), true)),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void written.push(a.join(' ')))),
    ];
    try {
      const provider = await createTokenProvider({ kind: 'credential', userName: admin(), password: SANDBOX_PASSWORD }, ctx());
      await provider.getToken({ forceRefresh: true });
      await createTokenProvider({ kind: 'credential', userName: admin(), password: 'Another-Wr0ng-One' }, ctx()).catch(() => undefined);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written).toEqual([]);
  });

  it('redact() removes the given secrets and anything shaped like a JWT or a PEM key', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl';
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----';
    const out = redact(`password=Hunter22! token=${jwt} key=${pem}`, ['Hunter22!']);
    expect(out).toBe('password=*** token=*** key=***');
  });
});
