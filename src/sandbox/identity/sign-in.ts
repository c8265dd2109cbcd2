// Interactive sign-in: the authorize endpoint (authorization code + PKCE), the device-login page, and
// the shared credentials → MFA steps. A sign-in "flow" lives server-side under a random id carried in
// a hidden form field; it ends by issuing an authorization code or approving a device code.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { SandboxAccount } from '../contracts.js';
import { SANDBOX_MFA_CODE } from '../directory.js';
import type { CredentialStore } from './credentials.js';
import { E, EntraErrorException, entraTimestamp, type EntraError } from './entra-errors.js';
import { readForm, sendHtml } from './http-io.js';
import type { PendingGrants } from './pending-grants.js';
import { findAccountByOid, findAccountByUpn, findClient, resolveTenantSegment, tenantById, tenantLabel, type TenantSegment } from './principals.js';
import { parseScopes } from './scopes.js';
import { credentialsPage, deviceCodeEntryPage, errorPage, formPostPage, messagePage, mfaPage } from './sign-in-pages.js';

type ResponseMode = 'query' | 'fragment' | 'form_post';

interface AuthorizePurpose {
  kind: 'authorize';
  clientId: string;
  redirectUri: string;
  responseMode: ResponseMode;
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  scope: string;
  resourceScopes: string[];
  nonce?: string;
}

interface DevicePurpose {
  kind: 'device';
  deviceCode: string;
}

interface SignInFlow {
  id: string;
  purpose: AuthorizePurpose | DevicePurpose;
  /** Set when the flow started at a specific tenant: only its accounts may sign in. */
  tenantId?: string;
  appName: string;
  stage: 'credentials' | 'mfa';
  accountObjectId?: string;
  loginHint?: string;
  expiresAt: number;
}

export interface SignInContext {
  credentials: CredentialStore;
  grants: PendingGrants;
  now: () => number;
}

const FLOW_LIFETIME_MS = 30 * 60 * 1000;

/** Redirect URIs the sandbox's app registrations accept: loopback (any port/path) and the native-client URIs. */
export function redirectUriAllowed(uri: string): boolean {
  // The URL parser drops CR/LF and tabs, but the raw string is what goes into a Location header.
  if (/[\u0000-\u001f\u007f]/.test(uri)) return false;
  if (uri === 'urn:ietf:wg:oauth:2.0:oob' || uri === 'https://login.microsoftonline.com/common/oauth2/nativeclient') return true;
  try {
    const u = new URL(uri);
    const loopback = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
    return loopback && (u.protocol === 'http:' || u.protocol === 'https:') && !u.hash;
  } catch {
    return false;
  }
}

export class SignInService {
  private readonly flows = new Map<string, SignInFlow>();

  constructor(private readonly ctx: SignInContext) {}

  private newFlow(f: Omit<SignInFlow, 'id' | 'expiresAt' | 'stage'>): SignInFlow {
    const now = this.ctx.now();
    for (const [k, v] of this.flows) if (v.expiresAt < now) this.flows.delete(k);
    // Bounded: a script hammering /authorize cannot grow memory without limit (oldest go first).
    if (this.flows.size >= 10_000) this.flows.delete(this.flows.keys().next().value!);
    const flow: SignInFlow = { ...f, id: randomBytes(24).toString('base64url'), stage: 'credentials', expiresAt: now + FLOW_LIFETIME_MS };
    this.flows.set(flow.id, flow);
    return flow;
  }

  /** GET /{tenant}/oauth2/v2.0/authorize (and the v1 path /{tenant}/oauth2/authorize). */
  authorize(res: ServerResponse, url: URL, segment: string): void {
    const q = url.searchParams;
    let seg: TenantSegment;
    try {
      seg = resolveTenantSegment(segment);
    } catch (err) {
      return this.errorHtml(res, err);
    }
    const tenant = seg.kind === 'tenant' ? seg.tenant : undefined;
    const clientId = q.get('client_id');
    if (!clientId) return this.errorHtml(res, new EntraErrorException(E.missingParameter('client_id')));
    const client = findClient(clientId, tenant);
    if (!client) return this.errorHtml(res, new EntraErrorException(E.appNotFound(clientId, tenantLabel(seg))));
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!redirectUriAllowed(redirectUri)) {
      const appId = client.kind === 'public' ? client.appId : client.app.appId;
      return this.errorHtml(res, new EntraErrorException(E.redirectUriNotRegistered(redirectUri, appId)));
    }
    const responseModeRaw = q.get('response_mode') ?? 'query';
    const responseMode: ResponseMode = responseModeRaw === 'form_post' || responseModeRaw === 'fragment' ? responseModeRaw : 'query';
    const state = q.get('state') ?? undefined;
    const back = (err: EntraError) => this.redirectError(res, redirectUri, responseMode, state, err);
    const responseType = q.get('response_type') ?? '';
    if (responseType !== 'code') return back(E.unsupportedResponseType(responseType));
    const method = q.get('code_challenge_method') ?? (q.get('code_challenge') ? 'plain' : undefined);
    if (method !== undefined && method !== 'S256' && method !== 'plain') {
      return back(E.invalidRequest(`The code_challenge_method '${method}' is not supported. Use 'S256'.`));
    }
    if (q.get('prompt') === 'none') {
      // The sandbox keeps no browser session, so a silent authorize can never succeed.
      return back({ status: 400, error: 'login_required', code: 50058, message: 'A silent sign-in request was sent but no user is signed in.' });
    }
    let resourceScopes: string[];
    try {
      resourceScopes = parseScopes(q.get('scope') ?? undefined, tenantLabel(seg)).resourceScopes;
    } catch (err) {
      if (err instanceof EntraErrorException) return back(err.entra);
      throw err;
    }
    const flow = this.newFlow({
      purpose: {
        kind: 'authorize',
        clientId: clientId.toLowerCase(),
        redirectUri,
        responseMode,
        state,
        codeChallenge: q.get('code_challenge') ?? undefined,
        codeChallengeMethod: method as 'S256' | 'plain' | undefined,
        scope: q.get('scope') ?? '',
        resourceScopes,
        nonce: q.get('nonce') ?? undefined,
      },
      tenantId: tenant?.id,
      appName: client.kind === 'public' ? client.displayName : client.app.displayName,
      loginHint: q.get('login_hint') ?? undefined,
    });
    this.showCredentials(res, flow);
  }

  /** GET /devicelogin */
  deviceLoginForm(res: ServerResponse, error?: string): void {
    sendHtml(res, error ? 400 : 200, deviceCodeEntryPage({ error }));
  }

  /** POST /devicelogin with `user_code`. */
  async deviceLoginSubmit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const userCode = form.get('user_code') ?? form.get('otc') ?? '';
    const device = this.ctx.grants.deviceByUserCode(userCode);
    if (!device || device.state !== 'pending') {
      return this.deviceLoginForm(res, "That code didn't work. Check the code and try again.");
    }
    if (device.expiresAt <= this.ctx.now()) {
      return this.deviceLoginForm(res, "The code you entered has expired. Get a new code from the device you're trying to sign in to and try again.");
    }
    const client = findClient(device.clientId, device.tenantId ? tenantById(device.tenantId) : undefined);
    const flow = this.newFlow({
      purpose: { kind: 'device', deviceCode: device.deviceCode },
      tenantId: device.tenantId,
      appName: client?.kind === 'public' ? client.displayName : client?.kind === 'confidential' ? client.app.displayName : device.clientId,
    });
    this.showCredentials(res, flow);
  }

  /** POST /{tenant}/login: the credentials step and the MFA step. */
  async loginSubmit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const flow = this.flows.get(form.get('flow') ?? '');
    if (!flow || flow.expiresAt < this.ctx.now()) {
      return sendHtml(res, 400, errorPage('Sign-in session expired', 'AADSTS50058: The sign-in session has expired or was not found. Start the sign-in again from the application.'));
    }
    if (form.get('action') === 'cancel') return this.decline(res, flow);
    if (flow.stage === 'mfa') return this.mfaStep(res, flow, form.get('otc') ?? '');
    const login = (form.get('login') ?? '').trim();
    flow.loginHint = login;
    const account = findAccountByUpn(login);
    if (!account) {
      return this.showCredentials(res, flow, "This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin. (AADSTS50034)");
    }
    if (flow.tenantId && account.tenantId !== flow.tenantId) {
      const t = tenantById(flow.tenantId);
      return this.showCredentials(res, flow, `AADSTS50020: ${E.userNotInTenant(account.upn, t?.displayName ?? flow.tenantId).message}`);
    }
    if (!(await this.ctx.credentials.passwordMatches(account.objectId, form.get('passwd') ?? ''))) {
      return this.showCredentials(res, flow, "Your account or password is incorrect. If you don't remember your password, reset it now. (AADSTS50126)");
    }
    flow.accountObjectId = account.objectId;
    if (account.mfa) {
      flow.stage = 'mfa';
      return sendHtml(res, 200, mfaPage({ action: this.loginAction(flow), flow: flow.id, upn: account.upn }));
    }
    return this.complete(res, flow, account, ['pwd']);
  }

  private mfaStep(res: ServerResponse, flow: SignInFlow, code: string): void {
    const account = flow.accountObjectId ? findAccountByOid(flow.accountObjectId) : undefined;
    if (!account) return sendHtml(res, 400, errorPage('Sign-in failed', 'The sign-in session is not valid. Start again.'));
    if (code.trim() !== SANDBOX_MFA_CODE) {
      return sendHtml(res, 200, mfaPage({ action: this.loginAction(flow), flow: flow.id, upn: account.upn, error: "You didn't enter the expected verification code. Please try again." }));
    }
    return this.complete(res, flow, account, ['pwd', 'mfa']);
  }

  private complete(res: ServerResponse, flow: SignInFlow, account: SandboxAccount, amr: string[]): void {
    this.flows.delete(flow.id);
    const p = flow.purpose;
    if (p.kind === 'device') {
      const device = this.ctx.grants.device(p.deviceCode);
      if (!device || device.state !== 'pending' || device.expiresAt <= this.ctx.now()) {
        return sendHtml(res, 400, errorPage('Code expired', "The code you entered has expired. Get a new code from the device you're trying to sign in to and try again."));
      }
      device.state = 'approved';
      device.accountObjectId = account.objectId;
      device.amr = amr;
      return sendHtml(res, 200, messagePage(`${flow.appName}`, `You have signed in to the ${flow.appName} application on your device. You may now close this window.`));
    }
    const code = this.ctx.grants.issueCode({
      tenantId: account.tenantId,
      accountObjectId: account.objectId,
      clientId: p.clientId,
      redirectUri: p.redirectUri,
      codeChallenge: p.codeChallenge,
      codeChallengeMethod: p.codeChallengeMethod,
      resourceScopes: p.resourceScopes,
      scope: p.scope,
      nonce: p.nonce,
      amr,
    });
    const params: Record<string, string> = { code };
    if (p.state !== undefined) params['state'] = p.state;
    // msal builds the account's home id from client_info (uid.utid), as it does against Entra.
    params['client_info'] = Buffer.from(JSON.stringify({ uid: account.objectId, utid: account.tenantId })).toString('base64url');
    params['session_state'] = flow.id.slice(0, 36);
    this.respond(res, p.redirectUri, p.responseMode, params);
  }

  private decline(res: ServerResponse, flow: SignInFlow): void {
    this.flows.delete(flow.id);
    const p = flow.purpose;
    if (p.kind === 'device') {
      const device = this.ctx.grants.device(p.deviceCode);
      if (device && device.state === 'pending') device.state = 'declined';
      return sendHtml(res, 200, messagePage('Sign-in cancelled', 'You have declined to sign in to the application on your device. You may now close this window.'));
    }
    this.redirectError(res, p.redirectUri, p.responseMode, p.state, {
      status: 400,
      error: 'access_denied',
      code: 65004,
      message: 'User declined to consent to access the app.',
    });
  }

  private redirectError(res: ServerResponse, redirectUri: string, mode: ResponseMode, state: string | undefined, err: EntraError): void {
    const now = this.ctx.now();
    const params: Record<string, string> = {
      error: err.error,
      error_description: `AADSTS${err.code}: ${err.message}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: ${entraTimestamp(now)}`,
      error_uri: `https://login.microsoftonline.com/error?code=${err.code}`,
    };
    if (state !== undefined) params['state'] = state;
    this.respond(res, redirectUri, mode, params);
  }

  private respond(res: ServerResponse, redirectUri: string, mode: ResponseMode, params: Record<string, string>): void {
    if (mode === 'form_post') return sendHtml(res, 200, formPostPage(redirectUri, params));
    const target = new URL(redirectUri);
    const encoded = new URLSearchParams(params).toString();
    let location: string;
    if (mode === 'fragment') {
      location = `${target.href.split('#')[0]}#${encoded}`;
    } else {
      target.search = target.search ? `${target.search.slice(1)}&${encoded}` : encoded;
      location = target.href;
    }
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0 });
    res.end();
  }

  private loginAction(flow: SignInFlow): string {
    return `/${flow.tenantId ?? 'organizations'}/login`;
  }

  private showCredentials(res: ServerResponse, flow: SignInFlow, error?: string): void {
    flow.stage = 'credentials';
    const tenant = flow.tenantId ? tenantById(flow.tenantId) : undefined;
    sendHtml(
      res,
      200,
      credentialsPage({
        action: this.loginAction(flow),
        flow: flow.id,
        appName: flow.appName,
        tenantName: tenant?.displayName,
        loginHint: flow.loginHint,
        error,
        deviceFlow: flow.purpose.kind === 'device',
      }),
    );
  }

  private errorHtml(res: ServerResponse, err: unknown): void {
    if (!(err instanceof EntraErrorException)) throw err;
    sendHtml(res, err.entra.status, errorPage("Sorry, but we're having trouble signing you in.", `AADSTS${err.entra.code}: ${err.entra.message}`));
  }
}
