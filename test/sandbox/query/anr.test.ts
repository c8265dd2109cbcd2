// Get-Mailbox -Anr <text>: prefix search over CN, DisplayName, FirstName, LastName, Alias.
import { describe, expect, it } from 'vitest';
import { createAnrMatcher, matchesAnr } from '../../../src/sandbox/query/index.js';
import type { StoredRecord } from '../../../src/sandbox/contracts.js';

const PEOPLE: StoredRecord[] = [
  { Guid: '1', Name: 'Chris Ashton', DisplayName: 'Chris Ashton', FirstName: 'Chris', LastName: 'Ashton', Alias: 'cashton' },
  { Guid: '2', Name: 'Christian Hess', DisplayName: 'Christian Hess', FirstName: 'Christian', LastName: 'Hess', Alias: 'chess' },
  { Guid: '3', Name: 'Christa Geller', DisplayName: 'Geller, Christa', FirstName: 'Christa', LastName: 'Geller', Alias: 'cgeller' },
  { Guid: '4', Name: 'Ærøskøbing Room', DisplayName: 'Ærøskøbing Room', Alias: 'room.aero', PrimarySmtpAddress: 'chr@contoso.com' },
  { Guid: '5', Name: 'Hess Office', DisplayName: 'Hess Office', Alias: 'hessoffice' },
];

const anr = (text: string) => PEOPLE.filter((p) => matchesAnr(p, text)).map((p) => p.Guid);

describe('matchesAnr', () => {
  it('finds Chris Ashton, Christian Hess and Christa Geller for "Chr" (the docs example)', () => {
    expect(anr('Chr')).toEqual(['1', '2', '3']);
  });

  it('matches a prefix of the alias, the display name or the last name, case-insensitively', () => {
    expect(anr('CHESS')).toEqual(['2']);
    expect(anr('geller')).toEqual(['3']);
    expect(anr('ærø')).toEqual(['4']);
  });

  it('matches prefixes only, not the middle of a value or other attributes', () => {
    expect(anr('shton')).toEqual([]);
    expect(anr('contoso')).toEqual([]);
  });

  it('splits "first last" and "last first" over FirstName and LastName', () => {
    expect(anr('Chris H')).toEqual(['2']);
    expect(anr('Hess Chr')).toEqual(['2']);
    expect(anr('Geller, Chr')).toEqual(['3']);
  });

  it('treats a leading = as a request for an exact value', () => {
    expect(anr('=Chris')).toEqual(['1']);
    expect(anr('=Hess')).toEqual(['2']);
  });

  it('matches nothing for empty text', () => {
    expect(anr('')).toEqual([]);
    expect(anr('   ')).toEqual([]);
  });

  it('a matcher built once gives the same answers', () => {
    const m = createAnrMatcher('chr');
    expect(PEOPLE.filter(m).map((p) => p.Guid)).toEqual(anr('chr'));
  });
});

describe('ANR over records that lack name attributes', () => {
  it('reads FirstName/LastName from a companion record of the same object', () => {
    const mailbox = { Guid: 'm1', Name: 'cashton', DisplayName: 'Ashton, C.', Alias: 'cashton' };
    const user = { Guid: 'm1', FirstName: 'Chris', LastName: 'Ashton' };
    expect(createAnrMatcher('Chris Ash')(mailbox)).toBe(false);
    expect(createAnrMatcher('Chris Ash', (r) => (r.Guid === 'm1' ? user : undefined))(mailbox)).toBe(true);
    expect(createAnrMatcher('Chris', (r) => (r.Guid === 'm1' ? user : undefined))(mailbox)).toBe(true);
  });
});
