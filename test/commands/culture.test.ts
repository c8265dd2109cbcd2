// Get-Culture / Get-UICulture: exosh reports en-US, the culture it formats with.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';

async function ps(text: string) {
  return new Session().run(text);
}

describe('Get-Culture', () => {
  it('(Get-Culture).Name is en-US', async () => {
    const r = await ps('(Get-Culture).Name; (Get-Culture).LCID; (Get-UICulture).Name');
    expect(r.output).toEqual(['en-US', 1033, 'en-US']);
  });
  it('Get-Culture prints the CultureInfo table (LCID Name DisplayName)', async () => {
    const r = await ps('Get-Culture');
    const lines = r.text.split('\n').map((l) => l.trimEnd());
    expect(lines).toContain('1033             en-US            English (United States)');
    expect(lines.some((l) => /^LCID\s+Name\s+DisplayName$/.test(l))).toBe(true);
  });
  it("(Get-Culture).TextInfo.ToTitleCase('john smith')", async () => {
    expect((await ps("(Get-Culture).TextInfo.ToTitleCase('john smith')")).output).toEqual(['John Smith']);
  });
  it('Get-Culture -Name en-us normalises the name', async () => {
    expect((await ps('(Get-Culture -Name en-us).Name')).output).toEqual(['en-US']);
  });
  it('Get-Culture -Name de-DE is a clear error, not a wrong culture', async () => {
    const r = await ps('Get-Culture -Name de-DE');
    expect(r.output).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/Culture 'de-DE' is not available in exosh/);
  });
});
