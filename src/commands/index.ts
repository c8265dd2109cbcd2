// The registration table of exosh's local cmdlets. The session registers each definition under
// its name and the aliases in its metadata.
import type { CommandDefinition } from '../runtime/command.js';
import { whereObject } from './where-object.js';
import { selectObject } from './select-object.js';
import { sortObject, getUnique } from './sort-object.js';
import { groupObject } from './group-object.js';
import { measureObject } from './measure-object.js';
import { foreachObject } from './foreach-object.js';
import { writeCommands } from './write.js';
import { variableCommands } from './variables.js';
import { contentCommands } from './content.js';
import { pathCommands } from './paths.js';
import { itemMoveCommands } from './item-moves.js';
import { locationStackCommands } from './location-stack.js';
import { getFileHash } from './file-hash.js';
import { joinString } from './join-string.js';
import { dateCommands } from './dates.js';
import { hostCommands } from './host.js';
import { randomCommands } from './random.js';
import { measureCommand } from './measure-command.js';
import { selectString } from './select-string.js';
import { compareObject } from './compare-object.js';
import { memberCommands } from './members.js';
import { discoveryCommands } from './discovery.js';
import { formatCommands } from './format.js';
import { jsonCommands } from './json.js';
import { csvCommands } from './csv.js';
import { cultureCommands } from './culture.js';
import { transcriptCommands } from './transcript.js';
import { invokeExpression } from './invoke-expression.js';
import { driveCommands } from './psdrive.js';

/**
 * Aliases pwsh defines on Windows only: on Linux and macOS these names run the system's programs
 * (`ls -la`, `cat file`, `sort`), so exosh leaves them to PATH there too.
 */
const WINDOWS_ONLY_ALIASES = new Set(['ac', 'cat', 'compare', 'cp', 'diff', 'ls', 'man', 'mv', 'rm', 'rmdir', 'sleep', 'sort', 'tee', 'write']);

function forPlatform(c: CommandDefinition): CommandDefinition {
  const aliases = c.metadata.aliases;
  if (process.platform === 'win32' || !aliases?.some((a) => WINDOWS_ONLY_ALIASES.has(a.toLowerCase()))) return c;
  return { ...c, metadata: { ...c.metadata, aliases: aliases.filter((a) => !WINDOWS_ONLY_ALIASES.has(a.toLowerCase())) } };
}

const allLocalCommands: CommandDefinition[] = [
  whereObject,
  selectObject,
  sortObject,
  getUnique,
  groupObject,
  measureObject,
  foreachObject,
  ...writeCommands,
  ...variableCommands,
  ...contentCommands,
  ...pathCommands,
  ...itemMoveCommands,
  ...locationStackCommands,
  getFileHash,
  joinString,
  ...dateCommands,
  ...hostCommands,
  ...transcriptCommands,
  ...randomCommands,
  measureCommand,
  selectString,
  compareObject,
  ...memberCommands,
  ...discoveryCommands,
  ...formatCommands,
  ...jsonCommands,
  ...csvCommands,
  ...cultureCommands,
  invokeExpression,
  ...driveCommands,
];

export const localCommands: CommandDefinition[] = allLocalCommands.map(forPlatform);
