// The prompt in front of the editor: the folder as pwsh shows it and one badge per live connection,
// coloured per tenant, yellow when its token expires within 5 minutes, red when refresh failed.
import type { PromptBadge, PromptModel } from '../editor/contract.js';

/** A live connection as the prompt needs it (the Exchange room's ConnectionSummary has this shape). */
export interface PromptConnection {
  tenant: string;
  prefix: string;
  tokenStatus: 'Active' | 'Expiring' | 'Expired' | 'RefreshFailed';
  expiresOn: Date | undefined;
}

const EXPIRY_WARNING_MS = 5 * 60_000;

/** Tenant colours: distinct, none of them yellow or red (those mean token trouble). */
const TENANT_COLOURS = ['cyan', 'magenta', 'blue', 'green', '#5fafff', '#d787ff', '#00d7af', '#87afff'];

export function tenantColour(tenant: string): string {
  let h = 0;
  for (const ch of tenant.toLowerCase()) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return TENANT_COLOURS[h % TENANT_COLOURS.length]!;
}

export function connectionBadge(c: PromptConnection, now: number): PromptBadge {
  const text = c.prefix ? `[${c.prefix}:${c.tenant}]` : `[${c.tenant}]`;
  if (c.tokenStatus === 'RefreshFailed' || c.tokenStatus === 'Expired') return { text, color: 'red' };
  const expiring = c.tokenStatus === 'Expiring' || (c.expiresOn !== undefined && c.expiresOn.getTime() - now < EXPIRY_WARNING_MS);
  return { text, color: expiring ? 'yellow' : tenantColour(c.tenant) };
}

/** The folder as the prompt shows it: `~` for home and below it, `/` separators. */
export function promptLocation(cwd: string, home: string | undefined): string {
  const path = cwd.replace(/\\/g, '/');
  const h = home?.replace(/\\/g, '/').replace(/\/$/, '');
  if (h && (path === h || path.startsWith(h + '/'))) return '~' + path.slice(h.length);
  return path;
}

export function promptModel(cwd: string, home: string | undefined, connections: readonly PromptConnection[], now: number): PromptModel {
  return { location: promptLocation(cwd, home), badges: connections.map((c) => connectionBadge(c, now)) };
}

/** The prompt as one line of text (the echo of a submitted command, the stand-in editor). */
export function promptText(model: PromptModel): string {
  const badges = model.badges.map((b) => b.text).join(' ');
  return `PS ${badges ? badges + ' ' : ''}${model.location}> `;
}
