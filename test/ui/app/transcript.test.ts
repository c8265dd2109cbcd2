// Start-Transcript / Stop-Transcript in the REPL: command lines and output go to the file with
// pwsh's header and footer; secrets in command lines are redacted; colours are stripped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { redactSecrets } from '../../../src/ui/app/secret-redaction.js';
import { Session } from '../../../src/local-session.js';
import { ENTER, startApp } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'exosh-transcript-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => cleanup());

describe('Start-Transcript in the REPL', () => {
  it('records command lines after their prompt and what they showed, between the header and footer', async () => {
    const file = join(dir, 'change-1234.txt');
    const app = await startApp({ cwd: dir });
    await app.type(`Start-Transcript -Path ${file}`, ENTER);
    await app.waitFor(`Transcript started, output file is ${file}`);
    await app.type("'hello'; Write-Warning 'careful'", ENTER);
    await app.waitFor('WARNING: careful');
    await app.type('$t = ConvertTo-SecureString "P@ssw0rd!" -AsPlainText -Force', ENTER);
    await app.type('Stop-Transcript', ENTER);
    await app.waitFor(`Transcript stopped, output file is ${file}`);
    await app.type("'after'", ENTER);
    await app.waitFor(/^after$/m);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\*{22}\nPowerShell transcript start\nStart time: \d{14}\n/);
    expect(text).toContain(`Transcript started, output file is ${file}\n`);
    expect(text).toContain(`> 'hello'; Write-Warning 'careful'\nhello\nWARNING: careful\n`);
    expect(text).toContain(`> $t = ConvertTo-SecureString '********' -AsPlainText -Force\n`);
    expect(text).not.toContain('P@ssw0rd!');
    expect(text).toMatch(/\*{22}\nPowerShell transcript end\nEnd time: \d{14}\n\*{22}\n$/);
    expect(text).not.toContain('after');
    expect(text).not.toContain('\x1b[');
  });

  it('Stop-Transcript without one running is pwsh\'s error', async () => {
    const result = await new Session({ host: { setTranscript: () => undefined } }).run('Stop-Transcript');
    expect(result.errors.map((e) => e.message)).toEqual(['An error occurred stopping transcription: The host is not currently transcribing.']);
  });

  it('-NoClobber refuses an existing file; a host that cannot transcribe says so', async () => {
    const file = join(dir, 'exists.txt');
    const s = new Session({ host: { setTranscript: () => undefined }, cwd: dir });
    await s.run(`Start-Transcript ${file}; Stop-Transcript`);
    const r = await s.run(`Start-Transcript ${file} -NoClobber`);
    expect(r.errors[0]?.message).toBe(`The file '${file}' already exists.`);
    const plain = await new Session().run(`Start-Transcript ${join(dir, 'x.txt')}`);
    expect(plain.errors[0]?.message).toBe('This host does not support transcription.');
  });
});

describe('secrets in command lines', () => {
  it('are replaced by stars, the line itself kept', () => {
    expect(redactSecrets('Connect-ExchangeOnline -AccessToken eyJ0eXAi.abc.def -Organization contoso.onmicrosoft.com')).toBe(
      'Connect-ExchangeOnline -AccessToken ******** -Organization contoso.onmicrosoft.com',
    );
    expect(redactSecrets('Connect-ExchangeOnline -CertificateFilePath c.pfx -CertificatePassword:"s3cret x"')).toBe('Connect-ExchangeOnline -CertificateFilePath c.pfx -CertificatePassword:********');
    expect(redactSecrets("$p = ConvertTo-SecureString 'hunter2' -AsPlainText -Force")).toBe("$p = ConvertTo-SecureString '********' -AsPlainText -Force");
    expect(redactSecrets('Get-Mailbox -ResultSize 10')).toBe('Get-Mailbox -ResultSize 10');
  });
});
