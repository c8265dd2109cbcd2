// The app's models without React: the prompt, the output log, the progress board, choice answers.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from '../../../src/ui/app/choice-answer.js';
import { OutputLog } from '../../../src/ui/app/output-log.js';
import { ProgressBoard, progressLine } from '../../../src/ui/app/progress-board.js';
import { connectionBadge, promptLocation, promptModel, promptText, tenantColour } from '../../../src/ui/app/prompt-model.js';

describe('the prompt', () => {
  it('shows the folder with ~ for home, as the prompt of `PS ~/scripts>`', () => {
    expect(promptLocation('/home/admin', '/home/admin')).toBe('~');
    expect(promptLocation('/home/admin/scripts', '/home/admin')).toBe('~/scripts');
    expect(promptLocation('/home/administrator', '/home/admin')).toBe('/home/administrator');
    expect(promptLocation('C:\\Users\\admin\\x', 'C:\\Users\\admin')).toBe('~/x');
  });

  it('has one badge per connection, with its prefix, in the tenant colour', () => {
    const now = Date.parse('2026-12-03T08:00:00Z');
    const later = new Date(now + 3_600_000);
    const model = promptModel(
      '/tmp',
      '/home/admin',
      [
        { tenant: 'contoso', prefix: '', tokenStatus: 'Active', expiresOn: later },
        { tenant: 'fabrikam', prefix: 'Fab', tokenStatus: 'Active', expiresOn: later },
      ],
      now,
    );
    expect(promptText(model)).toBe('PS [contoso] [Fab:fabrikam] /tmp> ');
    expect(model.badges[0]!.color).toBe(tenantColour('contoso'));
    expect(tenantColour('contoso')).toBe(tenantColour('CONTOSO'));
    expect(['yellow', 'red']).not.toContain(tenantColour('contoso'));
  });

  it('turns yellow when the token expires within 5 minutes, red when refresh failed', () => {
    const now = Date.parse('2026-12-03T08:00:00Z');
    const c = { tenant: 'contoso', prefix: '', tokenStatus: 'Active' as const };
    expect(connectionBadge({ ...c, expiresOn: new Date(now + 4 * 60_000) }, now).color).toBe('yellow');
    expect(connectionBadge({ ...c, expiresOn: new Date(now + 6 * 60_000) }, now).color).not.toBe('yellow');
    expect(connectionBadge({ ...c, tokenStatus: 'Expiring', expiresOn: undefined }, now).color).toBe('yellow');
    expect(connectionBadge({ ...c, tokenStatus: 'RefreshFailed', expiresOn: new Date(now + 3_600_000) }, now).color).toBe('red');
  });
});

describe('the output log', () => {
  it('lets whole lines go, in batches, and keeps none once taken', () => {
    const log = new OutputLog();
    let ready = 0;
    log.onReady(() => ready++);
    log.append('a\nb');
    log.append('c\n');
    log.append('d\n');
    expect(ready).toBe(1);
    expect(log.take()).toBe('a\nbc\nd');
    expect(log.take()).toBeUndefined();
  });

  it('finishes a line left open (Write-Host -NoNewline) when the command line ends', () => {
    const log = new OutputLog();
    log.append('no newline');
    expect(log.take()).toBeUndefined();
    log.endLine();
    expect(log.take()).toBe('no newline');
  });
});

describe('progress', () => {
  it('keeps one bar per id until its record says completed', () => {
    let now = 1000;
    const board = new ProgressBoard(() => now);
    board.update({ activity: 'Get-Mailbox (contoso)', status: '1000 objects, 1 pages' });
    board.update({ id: 2, activity: 'Export', percentComplete: 25 });
    expect(board.list().map((e) => e.activity)).toEqual(['Get-Mailbox (contoso)', 'Export']);
    now = 3000;
    expect(progressLine(board.list()[0]!, now, 80)).toBe('Get-Mailbox (contoso) — 1000 objects, 1 pages 2.0s 500/s');
    expect(progressLine(board.list()[1]!, now, 80)).toBe(`Export [${'█'.repeat(5)}${' '.repeat(15)}] 25% 2.0s`);
    board.update({ activity: 'Get-Mailbox (contoso)', completed: true });
    expect(board.list().map((e) => e.id)).toEqual([2]);
  });

  it('fits the line to the terminal', () => {
    const board = new ProgressBoard(() => 0);
    board.update({ activity: 'x'.repeat(200) });
    expect(progressLine(board.list()[0]!, 0, 40).length).toBeLessThanOrEqual(40);
  });
});

describe('choice answers', () => {
  const choices = [{ label: '&Yes' }, { label: 'Yes to &All' }, { label: '&No' }];
  it('reads hot keys, whole labels, ? and the default as pwsh does', () => {
    expect(readChoiceAnswer('', choices, 0)).toEqual({ kind: 'pick', index: 0 });
    expect(readChoiceAnswer('a', choices, 0)).toEqual({ kind: 'pick', index: 1 });
    expect(readChoiceAnswer(' N ', choices, 0)).toEqual({ kind: 'pick', index: 2 });
    expect(readChoiceAnswer('yes to all', choices, 0)).toEqual({ kind: 'pick', index: 1 });
    expect(readChoiceAnswer('?', choices, 0)).toEqual({ kind: 'help' });
    expect(readChoiceAnswer('maybe', choices, 0)).toEqual({ kind: 'again' });
  });
});
