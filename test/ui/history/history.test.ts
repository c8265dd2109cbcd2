import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { History } from '../../../src/ui/history/history.js';
import { isSensitiveLine } from '../../../src/ui/history/sensitive.js';
import { dataFolder, decodeEntries, encodeEntry, historyFilePath, HistoryStore } from '../../../src/ui/history/store.js';

describe('history in memory', () => {
  it('a repeated command moves to the end instead of appearing twice', () => {
    const h = new History(['a', 'b', 'a']);
    expect(h.entries()).toEqual(['b', 'a']);
  });

  it('blank input is not kept, and the oldest entries fall off past the cap', () => {
    const h = new History([], 3);
    for (const e of ['1', ' ', '2', '3', '4']) h.push(e);
    expect(h.entries()).toEqual(['2', '3', '4']);
  });

  it('prediction extends the typed text with the newest entry that starts with it, whatever its case', () => {
    const h = new History(['Get-Mailbox -ResultSize 5', 'Get-MailboxStatistics bob']);
    expect(h.predict('get-mailbox')).toBe('Statistics bob');
    expect(h.predict('Get-MailboxStatistics bob')).toBeUndefined();
    expect(h.predict('')).toBeUndefined();
  });
});

describe('where history is kept', () => {
  it('in the platform data folder', () => {
    expect(dataFolder({ XDG_DATA_HOME: '/x/data' }, 'linux', '/home/u')).toBe('/x/data/exosh');
    expect(dataFolder({}, 'linux', '/home/u')).toBe('/home/u/.local/share/exosh');
    expect(dataFolder({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/exosh');
    expect(dataFolder({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toContain('exosh');
    expect(historyFilePath({ XDG_DATA_HOME: '/x' }, 'linux', '/h')).toBe('/x/exosh/history.txt');
    expect(historyFilePath({ EXOSH_HISTORY_FILE: '/tmp/h.txt' }, 'linux', '/h')).toBe('/tmp/h.txt');
  });

  it('a multi-line entry survives the file whole', () => {
    const entries = ['Get-Date', 'function f {\n  1\n}', 'Get-Item `\n  -Path x'];
    expect(decodeEntries(entries.map(encodeEntry).join(''))).toEqual(entries);
  });

  it('the store appends each command, reloads it de-duplicated, and never writes a secret', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'exosh-hist-')), 'sub', 'history.txt');
    const s = new HistoryStore(path);
    s.add('Get-Date');
    s.add('Connect-ExchangeOnline -AccessToken eyJhbGciOi.abc');
    s.add('Get-Mailbox');
    s.add('Get-Date');
    expect(s.history.entries()).toContain('Connect-ExchangeOnline -AccessToken eyJhbGciOi.abc');
    expect(readFileSync(path, 'utf8')).not.toContain('AccessToken');
    const again = new HistoryStore(path);
    expect(again.history.entries()).toEqual(['Get-Mailbox', 'Get-Date']);
    expect(readFileSync(path, 'utf8')).toBe('Get-Mailbox\nGet-Date\n');
  });

  it('a file past the cap is trimmed to the newest entries on load', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'exosh-hist-')), 'history.txt');
    writeFileSync(path, Array.from({ length: 20 }, (_, i) => `cmd ${i}\n`).join(''));
    const s = new HistoryStore(path, 5);
    expect(s.history.entries()).toEqual(['cmd 15', 'cmd 16', 'cmd 17', 'cmd 18', 'cmd 19']);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(5);
  });

  it('an unwritable file keeps history in memory and the shell running', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'exosh-hist-')), 'a-file');
    writeFileSync(file, '');
    const s = new HistoryStore(join(file, 'history.txt'));
    s.add('Get-Date');
    expect(s.history.entries()).toEqual(['Get-Date']);
  });
});

describe('lines that carry secrets', () => {
  it.each([
    ['Connect-ExchangeOnline -CertificateFilePath c.pfx -CertificatePassword (ConvertTo-SecureString p -AsPlainText -Force)'],
    ["Connect-ExchangeOnline -AccessToken 'eyJ0eXAiOiJKV1Qi'"],
    ["$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force"],
    ['New-Mailbox -Name x -Password:P@ss'],
    ["Connect-ExchangeOnline -Credential (New-Object PSCredential('admin@contoso.com', $s))"],
    ["$c = [pscredential]::new('admin', $s)"],
    ["$c = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'a', $s"],
    ['Invoke-RestMethod -Headers @{ Authorization = "Bearer abcdefghijklmnopqrstuvwxyz" }'],
  ])('%s', (line) => {
    expect(isSensitiveLine(line)).toBe(true);
  });

  it.each([
    ['Get-Mailbox -ResultSize 5'],
    ['Connect-ExchangeOnline -AccessToken $token -Organization contoso.onmicrosoft.com'],
    ['Connect-ExchangeOnline -Credential $cred'],
    ['Set-Mailbox bob -ProhibitSendQuota 5GB'],
    ['Get-Help Connect-ExchangeOnline -Parameter CertificatePassword'],
  ])('not %s', (line) => {
    expect(isSensitiveLine(line)).toBe(false);
  });
});
