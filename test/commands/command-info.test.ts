// Get-Command's CommandInfo: Definition and Parameters are read on demand (hundreds of remote
// cmdlets with many parameters each are listed cheaply) yet look like plain .NET properties.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';

describe('CommandInfo', () => {
  it('Definition and Parameters are there when read', async () => {
    const r = await new Session().run('$c = Get-Command Get-Item; $c.Parameters.Keys.Count; $c.Parameters["Path"].ParameterType; ($c.Definition -split "\\n").Count');
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([7, 'string[]', 2]);
  });

  it('Get-Member lists them as properties, not script properties', async () => {
    const r = await new Session().run('Get-Command Get-Item | Get-Member Definition, Parameters | ForEach-Object { "$($_.MemberType) $($_.Definition)" }');
    expect(r.output).toEqual(['Property string Definition {get;}', 'Property hashtable Parameters {get;}']);
  });
});
