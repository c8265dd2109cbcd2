// -WarningAction on a remote cmdlet: sent to the service in the WarningAction header as the module
// sends it (rest-protocol.md §1.3), and honoured for the warnings that come back.
import { describe, expect, it } from 'vitest';
import type { InvokeCommandRequest } from '../../../src/exchange/contracts.js';
import { connectionRegistry } from '../../../src/exchange/connection/registry.js';
import { exchangeSession, useSandbox } from './harness.js';

const sandbox = useSandbox();

/** Connects, and records every InvokeCommand request the connection's invoker is given. */
async function connected() {
  const s = exchangeSession(sandbox());
  await s.session.run('Connect-ExchangeOnline -Sandbox tailspin -ShowBanner:$false');
  const connection = connectionRegistry(s.session.servicesFor(s.session.globalScope)).list()[0]!;
  const requests: InvokeCommandRequest[] = [];
  const invoker = connection.invoker;
  const original = invoker.invokeCommand.bind(invoker);
  invoker.invokeCommand = (target, request) => {
    requests.push(request);
    return original(target, request);
  };
  return { s, requests };
}

const MORE = /^There are more results available than are currently displayed/;

describe('-WarningAction on remote cmdlets', () => {
  it('is sent with the request, and SilentlyContinue hides the service warning', async () => {
    const { s, requests } = await connected();
    const r = await s.session.run('(Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).Alias');
    expect(r.errors).toEqual([]);
    expect(r.output).toHaveLength(1);
    expect(requests.map((q) => q.warningAction)).toEqual(['SilentlyContinue']);
    expect(s.warnings).toEqual([]);
  });

  it('$WarningPreference hides it too, without a header (the module sends only -WarningAction)', async () => {
    const { s, requests } = await connected();
    await s.session.run("$WarningPreference = 'SilentlyContinue'; Get-Mailbox -ResultSize 1 | Out-Null");
    expect(s.warnings).toEqual([]);
    expect(requests.map((q) => q.warningAction)).toEqual([undefined]);
  });

  it('without -WarningAction the header is empty and the warning shows; Ignore is sent as the module sends it', async () => {
    const { s, requests } = await connected();
    await s.session.run('Get-Mailbox -ResultSize 1 | Out-Null');
    expect(s.warnings).toEqual([expect.stringMatching(MORE)]);
    await s.session.run('Get-Mailbox -ResultSize 1 -WarningAction Ignore | Out-Null');
    expect(s.warnings).toHaveLength(1);
    expect(requests.map((q) => q.warningAction)).toEqual([undefined, 'Ignore']);
  });
});
