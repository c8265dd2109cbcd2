// The HTML of the sign-in, MFA and device-login pages. Plain forms that work without JavaScript, so
// a test (or curl) can drive them: every form names its fields as Entra's pages do (`login`,
// `passwd`, `otc`) and carries the sign-in flow id in a hidden `flow` field.
import { escapeHtml as h } from './http-io.js';

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;margin:0}
main{max-width:440px;margin:8vh auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:1.5rem;font-weight:600;margin:0 0 16px}
label{display:block;margin-top:12px}input[type=text],input[type=email],input[type=password]{width:100%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:1rem}
.error{color:#e81123;margin:12px 0}.note{color:#555;font-size:.85rem;margin-top:24px}
.buttons{margin-top:24px;display:flex;gap:8px;justify-content:flex-end}button{padding:6px 24px;font-size:1rem}
button.primary{background:#0067b8;color:#fff;border:0}
</style></head><body><main>
<p class="note">exosh sandbox — not Microsoft</p>
${body}
</main></body></html>`;
}

const errorLine = (error?: string) => (error ? `<p class="error" role="alert">${h(error)}</p>` : '');

export function credentialsPage(o: { action: string; flow: string; appName: string; tenantName?: string; loginHint?: string; error?: string; deviceFlow: boolean }): string {
  const context = o.deviceFlow
    ? `<p>You're signing in to <b>${h(o.appName)}</b> on another device located near you. Only continue if you started this sign-in yourself.</p>`
    : `<p>to continue to <b>${h(o.appName)}</b>${o.tenantName ? ` (${h(o.tenantName)})` : ''}</p>`;
  return page(
    'Sign in to your account',
    `<h1>Sign in</h1>${context}${errorLine(o.error)}
<form method="post" action="${h(o.action)}">
<input type="hidden" name="flow" value="${h(o.flow)}">
<label>Email or phone<input type="email" name="login" autocomplete="username" value="${h(o.loginHint ?? '')}" required autofocus></label>
<label>Password<input type="password" name="passwd" autocomplete="current-password" required></label>
<div class="buttons"><button type="submit" name="action" value="cancel" formnovalidate>Cancel</button><button class="primary" type="submit" name="action" value="signin">Sign in</button></div>
</form>`,
  );
}

export function mfaPage(o: { action: string; flow: string; upn: string; error?: string }): string {
  return page(
    'Verify your identity',
    `<h1>Enter code</h1><p>${h(o.upn)}</p><p>Enter the code displayed in the authenticator app on your mobile device (in the sandbox the code is always the documented one).</p>${errorLine(o.error)}
<form method="post" action="${h(o.action)}">
<input type="hidden" name="flow" value="${h(o.flow)}">
<label>Code<input type="text" name="otc" inputmode="numeric" autocomplete="one-time-code" required autofocus></label>
<div class="buttons"><button type="submit" name="action" value="cancel" formnovalidate>Cancel</button><button class="primary" type="submit" name="action" value="verify">Verify</button></div>
</form>`,
  );
}

export function deviceCodeEntryPage(o: { error?: string }): string {
  return page(
    'Enter code',
    `<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>${errorLine(o.error)}
<form method="post" action="/devicelogin">
<label>Code<input type="text" name="user_code" autocomplete="off" required autofocus></label>
<div class="buttons"><button class="primary" type="submit">Next</button></div>
</form>`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${h(title)}</h1><p>${h(message)}</p>`);
}

export function errorPage(title: string, description: string): string {
  return page(title, `<h1>${h(title)}</h1><p class="error">${h(description)}</p>`);
}

/** response_mode=form_post: the browser posts the code to the app's redirect URI. */
export function formPostPage(redirectUri: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${h(k)}" value="${h(v)}">`)
    .join('\n');
  return `<!DOCTYPE html><html><head><title>Working...</title></head><body onload="document.forms[0].submit()">
<form method="post" action="${h(redirectUri)}">
${inputs}
<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript>
</form></body></html>`;
}
