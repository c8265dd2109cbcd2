// Parse rate over ../shared/corpus: real admin scripts, PowerShell's own language tests, the seed
// documents' command lines and the Exchange docs' examples. All of it is valid PowerShell, so every
// error reported here is a parser bug. Set EXOSH_CORPUS_DETAILS=1 to print each failure.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../../src/language/check.js';

const sharedDir = fileURLToPath(new URL('../../../shared', import.meta.url));
const corpusDir = join(sharedDir, 'corpus');
const hasCorpus = existsSync(corpusDir);
const details = process.env.EXOSH_CORPUS_DETAILS === '1';

function firstProblem(text: string, name: string): string | undefined {
  const problems = checkSource(text, name);
  if (problems.length === 0) return undefined;
  const p = problems[0]!;
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

function percent(ok: number, total: number): string {
  return total === 0 ? 'n/a' : `${((100 * ok) / total).toFixed(1)}%`;
}

/** Entries of seed-commands.ps1, separated by `# ---` lines. */
function seedEntries(): string[] {
  const text = readFileSync(join(corpusDir, 'seed-commands.ps1'), 'utf8');
  return text.split(/\r?\n# ---\r?\n/).slice(1);
}

/** Blocks of cmdlet-examples.txt: `---` lines separate them, `#` lines are headers. */
function exampleBlocks(): { name: string; text: string }[] {
  const text = readFileSync(join(sharedDir, 'reference', 'cmdlet-examples.txt'), 'utf8');
  const blocks: { name: string; text: string }[] = [];
  let name = '';
  let lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '---') {
      blocks.push({ name, text: lines.join('\n') });
      lines = [];
    } else if (line.startsWith('#')) {
      name = line.slice(1).trim();
    } else {
      lines.push(line);
    }
  }
  if (lines.some((l) => l.trim() !== '')) blocks.push({ name, text: lines.join('\n') });
  return blocks;
}

/**
 * Docs examples that are not PowerShell as written: PowerShell 7 rejects them with the same error
 * (checked against its grammar: `<` is reserved, `()` needs an expression, stray quotes).
 */
const invalidExamples = new Map<string, string>([
  ['Connect-ExchangeOnline example 2', '<%App_id%> placeholder: the \'<\' operator is reserved'],
  ['Connect-ExchangeOnline example 3', '<%App_id%> placeholder'],
  ['Connect-IPPSSession example 3', '<%App_id%> placeholder'],
  ['Connect-IPPSSession example 4', '<%App_id%> placeholder'],
  ['Disable-App example 2', '<GUID for FinanceTestApp> placeholder'],
  ['Enable-App example 2', '<GUID ...> placeholder'],
  ['Preview-QuarantineMessage example 1', '<message id> placeholder'],
  ['Remove-App example 1', '<GUID ...> placeholder'],
  ['New-ActiveSyncDeviceAccessRule example 2', 'NokiaE521/2.00()MailforExchange: `()` is an empty parenthesised expression'],
  ['Set-ManagementScope example 3', 'stray `"}\'"` after the closing quote'],
]);

/** Script files with real syntax errors (PowerShell reports the same ones). */
const invalidScripts = new Map<string, string>([
  ['12Knocksinna__Office365itpros/GetLastActiveTimeMailboxes.PS1', 'line 30: `Sort {... | Out-GridView` never closes its script block'],
  ['12Knocksinna__Office365itpros/ReportSendAsAuditEvents.PS1', 'line 48: `"} | Out-GridView` opens a string that never ends'],
  ['12Knocksinna__Office365itpros/SendWelcomeEmail.PS1', 'line 50: one `}` more than there are `{`'],
]);

describe.skipIf(!hasCorpus)('parse rate over ../shared/corpus', () => {
  test('every seed-commands.ps1 entry parses, and so does the whole file', () => {
    const entries = seedEntries();
    const failures = entries.map((e, i) => firstProblem(e, `seed-commands.ps1#${i + 1}`)).filter((f): f is string => f !== undefined);
    const whole = firstProblem(readFileSync(join(corpusDir, 'seed-commands.ps1'), 'utf8'), 'seed-commands.ps1');
    console.log(`seed-commands.ps1: ${entries.length - failures.length}/${entries.length} entries parse (${percent(entries.length - failures.length, entries.length)})`);
    if (details) for (const f of failures) console.log(f);
    expect(failures).toEqual([]);
    expect(whole).toBeUndefined();
  });

  test('every command block of reference/cmdlet-examples.txt parses, except the ones PowerShell rejects too', () => {
    const blocks = exampleBlocks();
    const failures = new Map<string, string>();
    for (const b of blocks) {
      const problem = firstProblem(b.text, b.name);
      if (problem) failures.set(b.name, problem);
    }
    const parsed = blocks.length - failures.size;
    const valid = blocks.length - invalidExamples.size;
    console.log(
      `cmdlet-examples.txt: ${parsed}/${blocks.length} blocks parse (${percent(parsed, blocks.length)}); ` +
        `${parsed}/${valid} of the blocks that are valid PowerShell (${percent(parsed, valid)})`,
    );
    if (details) for (const f of failures.values()) console.log(f);
    expect([...failures.keys()].sort()).toEqual([...invalidExamples.keys()].sort());
  });

  test('at least 98% of the script files parse cleanly; the rest have real syntax errors', () => {
    const scriptsDir = join(corpusDir, 'scripts');
    let ok = 0;
    let total = 0;
    const failures: string[] = [];
    const failedFiles: string[] = [];
    for (const folder of readdirSync(scriptsDir).sort()) {
      let folderOk = 0;
      let folderTotal = 0;
      for (const file of readdirSync(join(scriptsDir, folder)).sort()) {
        const text = readFileSync(join(scriptsDir, folder, file), 'utf8');
        const problem = firstProblem(text, `${folder}/${file}`);
        folderTotal++;
        if (problem) {
          failures.push(problem);
          failedFiles.push(`${folder}/${file}`);
        } else folderOk++;
      }
      console.log(`scripts/${folder}: ${folderOk}/${folderTotal} files parse (${percent(folderOk, folderTotal)})`);
      ok += folderOk;
      total += folderTotal;
    }
    console.log(`scripts (all): ${ok}/${total} files parse (${percent(ok, total)})`);
    const valid = total - invalidScripts.size;
    console.log(`scripts without syntax errors of their own: ${ok}/${valid} parse (${percent(ok, valid)})`);
    if (details) for (const f of failures) console.log(f);
    expect(ok / total).toBeGreaterThanOrEqual(0.98);
    expect(failedFiles.sort()).toEqual([...invalidScripts.keys()].sort());
  });
});

test.skipIf(hasCorpus)('corpus tests skipped: ../shared/corpus is not beside this checkout', () => {
  console.log(`skipped: ${corpusDir} not found`);
});
