// Filter-left against a recording fake connection: which predicate shapes become a server-side
// filter (and the exact text), which are left alone and why, -Verbose, -First, -Properties,
// $ExoshFilterLeft, the user's -Filter and -ResultSize, and the retry after a rejected filter.
import { describe, expect, it } from 'vitest';
import { RemoteError, type EntitySetRequest } from '../../../src/exchange/contracts.js';
import { enableFilterLeft, getPipelinePlanCommand } from '../../../src/exchange/filter-left/index.js';
import { ErrorRecord } from '../../../src/runtime/errors.js';
import { PSObject } from '../../../src/runtime/values.js';
import { Session } from '../../../src/local-session.js';
import { fakeConnection, invokes, mailbox, page, proxies, type FakeConnection } from '../proxy/fake-connection.js';

function setup(options: { answer?: FakeConnection['answer']; prefix?: string } = {}) {
  const conn = fakeConnection(options);
  const verbose: string[] = [];
  const warnings: string[] = [];
  const names = ['Get-Mailbox', 'Get-Recipient', 'Get-EXOMailbox', 'Get-EXORecipient', 'Get-MailboxStatistics', 'Get-EXOMailboxStatistics'];
  const session = new Session({
    commands: [getPipelinePlanCommand(), ...proxies(names, conn, options.prefix ?? '')],
    streams: { verbose: (m) => void verbose.push(m), warning: (m) => void warnings.push(m) },
  });
  enableFilterLeft(session.servicesFor(session.globalScope));
  return { conn, session, verbose, warnings };
}

/** The filter Get-Mailbox sent for a Where-Object predicate (undefined: none). */
async function pushedFor(predicate: string, setupScript = ''): Promise<unknown> {
  const { conn, session } = setup();
  const r = await session.run(`${setupScript}; Get-Mailbox -ResultSize Unlimited | Where-Object ${predicate}`);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return invokes(conn)[0]!.parameters['Filter'];
}

async function planOf(pipeline: string, setupScript = ''): Promise<PSObject> {
  const { session } = setup();
  const r = await session.run(`${setupScript}; Get-PipelinePlan { ${pipeline} }`);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.output[0] as PSObject;
}

describe('predicates pushed as a superset filter', () => {
  it.each([
    ["{ $_.Office -eq 'Lab 7' }", "Office -eq 'Lab 7'"],
    ["{ $_.Office -ceq 'Lab 7' }", "Office -eq 'Lab 7'"],
    ["{ 'Lab 7' -eq $_.Office }", "Office -eq 'Lab 7'"],
    ["{ $PSItem.Office -ieq \"O'Neil\" }", "Office -eq 'O''Neil'"],
    ["{ $_.Office -eq 'Düsseldorf' }", "Office -like 'D*'"],
    ["{ $_.Office -eq 'Mississippi' }", "Office -eq 'Mississippi'"],
    ["{ $_.Alias -eq 'mississippi' }", "Alias -eq 'mississippi'"],
    ["{ $_.Alias -like 'adm*' }", "Alias -like 'adm*'"],
    ["{ $_.Alias -like '*min' }", "Alias -like '*min'"],
    ["{ $_.Alias -like '*dmi*' }", "Alias -like '*dmi*'"],
    ["{ $_.Alias -like 'ad?in' }", "Alias -like 'ad*'"],
    ["{ $_.Alias -like 'a*m*n' }", "Alias -like 'a*'"],
    ["{ $_.Alias -like '?dm[i]n' }", "Alias -like '*n'"],
    ["{ $_.Alias -like 'admin' }", "Alias -eq 'admin'"],
    ["{ $_.Alias -match '^adm' }", "Alias -like 'adm*'"],
    ["{ $_.Alias -match 'dmi' }", "Alias -like '*dmi*'"],
    ["{ $_.PrimarySmtpAddress -like '*@contoso.com' }", "PrimarySmtpAddress -like '*@contoso.com'"],
    ["{ $_.EmailAddresses -contains 'smtp:a@contoso.com' }", "EmailAddresses -eq 'smtp:a@contoso.com'"],
    ["{ 'smtp:a@contoso.com' -in $_.EmailAddresses }", "EmailAddresses -eq 'smtp:a@contoso.com'"],
    ["{ $_.RecipientTypeDetails -in 'SharedMailbox','RoomMailbox' }", "(RecipientTypeDetails -eq 'SharedMailbox' -or RecipientTypeDetails -eq 'RoomMailbox')"],
    ["{ @('SharedMailbox') -contains $_.RecipientTypeDetails }", "RecipientTypeDetails -eq 'SharedMailbox'"],
    ['{ $_.HiddenFromAddressListsEnabled }', "HiddenFromAddressListsEnabled -eq 'True'"],
    ['{ $_.HiddenFromAddressListsEnabled -eq $false }', "HiddenFromAddressListsEnabled -eq 'False'"],
    ['{ -not $_.HiddenFromAddressListsEnabled }', "HiddenFromAddressListsEnabled -ne 'True'"],
    ['{ $_.CustomAttribute1 }', 'CustomAttribute1 -ne $null'],
    ['{ !$_.CustomAttribute1 }', 'CustomAttribute1 -eq $null'],
    ['{ $_.CustomAttribute1 -eq $null }', 'CustomAttribute1 -eq $null'],
    ["{ $_.CustomAttribute1 -ne 'x' }", "CustomAttribute1 -ne 'x'"],
    ["{ -not ($_.CustomAttribute1 -eq 'x') }", "CustomAttribute1 -ne 'x'"],
    ["{ $_.CustomAttribute1 -notlike 'x*' }", "CustomAttribute1 -notlike 'x*'"],
    ["{ $_.Office -eq 'A' -and $_.Alias -like 'b*' }", "Office -eq 'A' -and Alias -like 'b*'"],
    ["{ $_.Office -eq 'A' -or $_.Alias -like 'b*' }", "Office -eq 'A' -or Alias -like 'b*'"],
    ["{ ($_.Office -eq 'A' -or $_.Office -eq 'B') -and $_.Alias -like 'b*' }", "(Office -eq 'A' -or Office -eq 'B') -and Alias -like 'b*'"],
    ["{ $_.Office -eq 'A' -and $_.Name.Length -gt 3 }", "Office -eq 'A'"],
    ["{ $_.Office -eq 'A' -and ($_.Alias -like 'b*' -or $_.Name.Length -gt 3) }", "Office -eq 'A'"],
    ["Office -eq 'Lab 7'", "Office -eq 'Lab 7'"],
    ["Office -CEQ 'Lab 7'", "Office -eq 'Lab 7'"],
    ["Alias -Like 'adm*'", "Alias -like 'adm*'"],
    ['HiddenFromAddressListsEnabled', "HiddenFromAddressListsEnabled -eq 'True'"],
    ['-Property CustomAttribute1 -Not', 'CustomAttribute1 -eq $null'],
    ["-FilterScript { $_.Office -eq 'A' }", "Office -eq 'A'"],
  ])('Where-Object %s → -Filter "%s"', async (predicate, filter) => {
    expect(await pushedFor(predicate)).toBe(filter);
  });

  it('reads variables that are constant for the pipeline', async () => {
    expect(await pushedFor('{ $_.Office -eq $office }', "$office = 'Seattle'")).toBe("Office -eq 'Seattle'");
    expect(await pushedFor('{ $_.RecipientTypeDetails -in $types }', "$types = 'SharedMailbox','UserMailbox'")).toBe(
      "(RecipientTypeDetails -eq 'SharedMailbox' -or RecipientTypeDetails -eq 'UserMailbox')",
    );
  });

  it('widens a date comparison by a day on the open side, whatever the time zone', async () => {
    expect(await pushedFor('{ $_.WhenCreated -gt $since }', "$since = [datetime]'2024-03-10T12:00:00Z'")).toBe("WhenCreated -gt '3/9/2024 12:00:00 PM'");
    expect(await pushedFor("{ $_.WhenCreated -lt '2024-03-10' }")).toBe("WhenCreated -lt '3/11/2024 12:00:00 AM' -or WhenCreated -eq $null");
  });
});

describe('forms left alone', () => {
  it.each([
    ["{ $_.Office -cne 'A' }", 'the server cannot tell case apart'],
    ["{ $_.Office -gt 'A' }", 'orders and negates texts differently'],
    ["{ $_.Alias -like '*' }", 'matches anything'],
    ["{ $_.Alias -match 'a.c' }", 'regular expression'],
    ["{ $_.Alias -notmatch 'abc' }", 'negates texts differently'],
    ["{ $_.EmailAddresses -ne 'smtp:a@b.c' }", 'several values'],
    ["{ $_.PrimarySmtpAddress -ne 'a@b.c' }", 'several values'],
    ["{ $_.Department -eq 'Sales' }", 'not a filterable property of Get-Mailbox'],
    ["{ $_.ProhibitSendQuota -gt 10GB }", 'size value'],
    ["{ $_.Office -eq 'A' -or $_.Name.Length -gt 3 }", 'one side of the -or'],
    ["{ $_.Office -eq (Get-Date).Year }", 'not a constant'],
    ["{ $_.Office -eq $notSet }", 'not a constant'],
    ["{ $_.Office.ToUpper() -eq 'A' }", 'not a comparison'],
    ["{ if ($_.Office -eq 'A') { $true } }", 'not one expression'],
    ["{ $x = 1; $_.Office -eq 'A' }", 'not one expression'],
    ["{ -not ($_.Office -eq 'A' -and $_.Alias -eq 'b') }", 'a -not the server cannot express'],
    ["{ $_.HiddenFromAddressListsEnabled -eq 'False' }", 'other than $true or $false'],
    ["{ $_.Office -ne 'Düsseldorf' }", 'non-ASCII'],
  ])('Where-Object %s', async (predicate, reason) => {
    const plan = await planOf(`Get-Mailbox | Where-Object ${predicate}`);
    expect(plan.get('ServerFilter')).toBeNull();
    expect((plan.get('ClientOnly') as string[]).join('\n')).toContain(reason);
  });

  it('a variable the pipeline itself assigns is not a constant', async () => {
    const { conn, session } = setup({ answer: [page([mailbox(1)])] });
    await session.run("$o = 'A'; Get-Mailbox | Where-Object { $_.Office -eq $o } | ForEach-Object { $o = 'B' }");
    expect(invokes(conn)[0]!.parameters['Filter']).toBeUndefined();
    await session.run("$o = 'A'; Get-Mailbox | Where-Object { $_.Office -eq $o } | ForEach-Object { Set-Variable o 'B' }");
    expect(invokes(conn)[1]!.parameters['Filter']).toBeUndefined();
    // A function called by a later stage may set the variable in the caller's scope.
    await session.run("function Set-O { $script:o = 'B' }; $o = 'A'; Get-Mailbox | Where-Object { $_.Office -eq $o } | ForEach-Object { Set-O }");
    await session.run("function Use-It { process { } }; $o = 'A'; Get-Mailbox | Where-Object { $_.Office -eq $o } | Use-It");
    await session.run("$o = 'A'; Get-Mailbox | Where-Object { $_.Office -eq $o } | ForEach-Object { Write-Output $_ }");
    expect(invokes(conn).slice(2).map((r) => r.parameters['Filter'])).toEqual([undefined, undefined, "Office -eq 'A'"]);
  });

  it('-Identity, piped input and -OutVariable keep the request as written', async () => {
    const { conn, session } = setup();
    await session.run("Get-Mailbox bob | Where-Object Office -eq 'A'");
    await session.run("Get-Mailbox -OutVariable all | Where-Object Office -eq 'A'");
    await session.run("'bob' | Get-Mailbox | Where-Object Office -eq 'A'");
    expect(invokes(conn).map((r) => r.parameters['Filter'])).toEqual([undefined, undefined, undefined]);
  });

  it('$ExoshFilterLeft = $false turns it off', async () => {
    const { conn, session, verbose } = setup();
    await session.run("$ExoshFilterLeft = $false; Get-Mailbox -Verbose | Where-Object Office -eq 'A' | Select-Object -First 1");
    expect(invokes(conn)[0]!.parameters['Filter']).toBeUndefined();
    expect(invokes(conn)[0]!.resultSize).toBeUndefined();
    expect(verbose).toEqual([]);
    const plan = (await session.run("Get-PipelinePlan { Get-Mailbox | Where-Object Office -eq 'A' }")).output[0] as PSObject;
    expect(plan.get('FilterLeft')).toBe('Off');
  });
});

describe('the request', () => {
  it('-Verbose says what was pushed, and it is what Get-PipelinePlan shows', async () => {
    const { conn, session, verbose } = setup();
    const pipeline = "Get-Mailbox -Verbose | Where-Object { $_.Office -eq 'Lab 7' -and $_.Alias.Length -gt 2 }";
    const plan = (await session.run(`Get-PipelinePlan { ${pipeline} }`)).output[0] as PSObject;
    await session.run(pipeline);
    expect(verbose).toEqual(["filtered on the server: Office -eq 'Lab 7'"]);
    expect(plan.get('ServerFilter')).toBe("Office -eq 'Lab 7'");
    expect(invokes(conn)[0]!.parameters['Filter']).toBe(plan.get('RequestFilter'));
    expect(plan.get('ClientOnly')).toEqual(['$_.Alias.Length -gt 2: not a comparison of one property of $_ with a value']);
  });

  it("joins the user's -Filter with -and and keeps -ResultSize (N matching objects)", async () => {
    const { conn, session } = setup();
    await session.run("Get-Mailbox -Filter { Alias -like 'a*' } -ResultSize 100 | Where-Object { $_.HiddenFromAddressListsEnabled -eq $true }");
    const r = invokes(conn)[0]!;
    expect(r.parameters['Filter']).toBe("(Alias -like 'a*') -and (HiddenFromAddressListsEnabled -eq 'True')");
    expect(r.parameters['ResultSize']).toBe(100);
    expect(r.resultSize).toBe(100);
  });

  it('keeps every client-side stage: the objects the server sends are still filtered', async () => {
    const a = { ...mailbox('a'), Office: 'Sales' };
    const b = { ...mailbox('b'), Office: 'sales' };
    const { session } = setup({ answer: [page([a, b])] });
    const r = await session.run("Get-Mailbox | Where-Object { $_.Office -ceq 'Sales' } | ForEach-Object Alias");
    expect(r.output).toEqual(['a']);
  });

  it('Select-Object -First N right after asks for N objects; after a Where-Object it does not', async () => {
    const { conn, session } = setup();
    await session.run('Get-Mailbox -ResultSize Unlimited | Select-Object -First 5 Name');
    await session.run('Get-Mailbox -ResultSize 3 | Select-Object -First 5 -Skip 2');
    await session.run("Get-Mailbox | Where-Object Office -eq 'A' | Select-Object -First 5");
    await session.run('Get-Mailbox | Select-Object -Last 5');
    expect(invokes(conn).map((r) => r.resultSize)).toEqual([5, 3, undefined, undefined]);
    await session.run('Get-EXOMailbox | Select-Object -First 2');
    const exo = conn.calls.at(-1)!.request as EntitySetRequest;
    expect(exo.resultSize).toBe(2);
  });

  it('Get-EXO*: a filter goes as $filter; only the properties the pipeline reads are asked for', async () => {
    const { conn, session, verbose } = setup();
    await session.run("Get-EXOMailbox -PropertySets All -Verbose | Where-Object { $_.CustomAttribute1 -eq 'A' } | Select-Object DisplayName, ProhibitSendQuota");
    const q = (conn.calls[0]!.request as EntitySetRequest).query;
    expect(q['$filter']).toBe("CustomAttribute1 -eq 'A'");
    expect(q['PropertySet']).toBeUndefined();
    expect(q['$select']).toBe('CustomAttribute1,ProhibitSendQuota');
    expect(verbose).toEqual(['properties asked of the server: CustomAttribute1, ProhibitSendQuota', "filtered on the server: CustomAttribute1 -eq 'A'"]);
    await session.run('Get-EXOMailbox -Properties CustomAttribute1,ProhibitSendQuota,IssueWarningQuota | Format-Table Name, IssueWarningQuota');
    expect((conn.calls[1]!.request as EntitySetRequest).query['$select']).toBe('IssueWarningQuota');
  });

  it('Get-EXO*: no trimming when a later stage may read more, or when the user did not ask for more', async () => {
    const { conn, session } = setup();
    await session.run('Get-EXOMailbox -PropertySets All | Where-Object { $_.Office.Length -gt 1 } | Select-Object Name');
    await session.run('Get-EXOMailbox -PropertySets All | Select-Object Name, @{n="x"; e={ $_.Office }}');
    await session.run('Get-EXOMailbox -PropertySets All | Export-Csv -Path nowhere.csv -WhatIf');
    await session.run('Get-EXOMailbox -PropertySets Quota | Select-Object Name, Office');
    await session.run('Get-EXOMailbox | Select-Object Name, Office');
    for (const c of conn.calls) expect((c.request as EntitySetRequest).query['$select']).toBeUndefined();
  });

  it('a filter the server refuses: one warning, then the unfiltered request', async () => {
    let n = 0;
    const { conn, session, warnings } = setup({
      answer: () => {
        n++;
        if (n === 1) return new RemoteError(new ErrorRecord('Cannot bind parameter \'Filter\' to the target.', 'x', 'InvalidArgument', null), true, 400);
        return [page([{ ...mailbox('a'), Office: 'A' }, { ...mailbox('b'), Office: 'B' }])];
      },
    });
    const r = await session.run("Get-Mailbox | Where-Object Office -eq 'A' | ForEach-Object Alias");
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['a']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("The server did not accept the filter derived from Where-Object (Office -eq 'A')");
    expect(invokes(conn).map((i) => i.parameters['Filter'])).toEqual(["Office -eq 'A'", undefined]);
  });

  it('works on prefixed proxies', async () => {
    const { conn, session, verbose } = setup({ prefix: 'Fab' });
    const r = await session.run("Get-FabMailbox -Verbose | Where-Object Office -eq 'A'");
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(invokes(conn)[0]!.parameters['Filter']).toBe("Office -eq 'A'");
    expect(verbose).toEqual(["filtered on the server: Office -eq 'A'"]);
  });
});

describe('Get-PipelinePlan explains every pipeline of the block', () => {
  const rows = async (block: string, setupScript = '') => {
    const { session } = setup();
    const r = await session.run(`${setupScript}; Get-PipelinePlan { ${block} }`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    return (r.output as PSObject[]).map((p) => ({ pipeline: p.get('Pipeline'), filter: p.get('ServerFilter'), first: p.get('First'), notes: p.get('Notes') }));
  };

  it('pipelines nested in script blocks, loop bodies and $( ), in source order', async () => {
    const block = [
      "1..2 | ForEach-Object { Get-Mailbox | Where-Object Office -eq 'A' }",
      "foreach ($n in 1..2) { if ($n) { Get-EXOMailbox | Select-Object -First 3 } }",
      "$count = $(Get-Recipient | Where-Object { $_.Alias -like 'adm*' }).Count",
    ].join('; ');
    expect(await rows(block)).toEqual([
      { pipeline: "1..2 | ForEach-Object { Get-Mailbox | Where-Object Office -eq 'A' }", filter: null, first: null, notes: ['an expression stage'] },
      { pipeline: "Get-Mailbox | Where-Object Office -eq 'A'", filter: "Office -eq 'A'", first: null, notes: [] },
      { pipeline: 'Get-EXOMailbox | Select-Object -First 3', filter: null, first: 3, notes: [] },
      { pipeline: "$(Get-Recipient | Where-Object { $_.Alias -like 'adm*' }).Count", filter: null, first: null, notes: ['an expression stage'] },
      { pipeline: "Get-Recipient | Where-Object { $_.Alias -like 'adm*' }", filter: "Alias -like 'adm*'", first: null, notes: [] },
    ]);
  });

  it('a predicate inside a Where-Object block is not a pipeline of its own', async () => {
    expect((await rows("Get-Mailbox | Where-Object { $_.Office -eq 'A' }")).map((r) => r.pipeline)).toEqual(["Get-Mailbox | Where-Object { $_.Office -eq 'A' }"]);
  });

  it("a variable the block sets is not read from the session: the plan says it is known only when the block runs", async () => {
    // The foreach statement is no pipeline: one row, the loop body's.
    expect(await rows("foreach ($office in 'A','B') { Get-Mailbox | Where-Object { $_.Office -eq $office -and $_.Alias -eq 'x' } }", "$office = 'stale'")).toEqual([{
      pipeline: "Get-Mailbox | Where-Object { $_.Office -eq $office -and $_.Alias -eq 'x' }",
      filter: "Alias -eq 'x'",
      first: null,
      notes: ['$office is set by the block: the plan cannot know its value, the run reads it when the pipeline starts'],
    }]);
    // A variable set before the call, and not by the block, is read as the run would read it.
    const [plain] = await rows("Get-Mailbox | Where-Object { $_.Office -eq $office }", "$office = 'A'");
    expect(plain!.filter).toBe("Office -eq 'A'");
  });
});
