// Commands that change the engine's own state, so they live with the engine rather than in
// src/commands (which may replace them: the session registers the local cmdlets after these).
import type { CommandDefinition } from './command.js';
import { toStringValue } from './conversions.js';
import { ErrorRecord } from './errors.js';
import type { StageContext } from './pipeline.js';

const STRICT_VERSIONS: Record<string, number> = { '1': 1, '1.0': 1, '2': 2, '2.0': 2, '3': 3, '3.0': 3, latest: 3 };

/** Set-StrictMode: scoped like a variable; exosh enforces version 1's rule (undefined variables). */
const setStrictMode: CommandDefinition = {
  metadata: {
    name: 'Set-StrictMode',
    commandType: 'Cmdlet',
    module: 'Microsoft.PowerShell.Core',
    defaultParameterSet: 'Version',
    parameters: [
      { name: 'Version', type: 'string', aliases: ['v'], mandatory: true, parameterSets: ['Version'] },
      { name: 'Off', type: 'switch', mandatory: true, parameterSets: ['Off'] },
    ],
    help: {
      synopsis: 'Establishes and enforces coding rules in expressions, scripts, and script blocks.',
      examples: [{ code: 'Set-StrictMode -Version Latest', remarks: 'Referencing a variable that was never set is an error.' }],
    },
  },
  create: (ctx) => ({
    process() {
      const scope = (ctx as StageContext).frame.scope;
      if (ctx.params.Off === true) {
        scope.strictMode = 0;
        return;
      }
      const text = toStringValue(ctx.params.Version).toLowerCase();
      const version = STRICT_VERSIONS[text];
      if (version === undefined) {
        ctx.throwTerminating(
          new ErrorRecord(
            `Cannot bind parameter 'Version'. Cannot convert value "${toStringValue(ctx.params.Version)}" to type "System.Version". Error: "Version string portion was too short or too long."`,
            'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.SetStrictModeCommand',
            'InvalidArgument',
            ctx.params.Version,
          ),
        );
      }
      scope.strictMode = version;
    },
  }),
};

export const engineCommands: CommandDefinition[] = [setStrictMode];
