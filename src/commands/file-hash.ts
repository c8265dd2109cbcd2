// Get-FileHash: a file's hash as pwsh prints it (upper-case hex), read as a stream so a large file
// never sits in memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { CommandDefinition } from '../runtime/command.js';
import { PSObject } from '../runtime/values.js';
import { fileSystemError, isFileSystemError } from './cmdlet-errors.js';
import { existingPaths } from './file-system.js';

const ALGORITHMS = ['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5'];

async function hashFile(file: string, algorithm: string): Promise<string> {
  const hash = createHash(algorithm.toLowerCase());
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex').toUpperCase();
}

export const getFileHash: CommandDefinition = {
  metadata: {
    name: 'Get-FileHash',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'Algorithm', type: 'string', validateSet: ALGORITHMS },
    ],
    help: {
      synopsis: 'Computes the hash value for a file by using a specified hash algorithm.',
      examples: [{ code: 'Get-ChildItem *.zip | Get-FileHash -Algorithm SHA256', remarks: 'The SHA-256 of every archive.' }],
    },
  },
  create(ctx) {
    const algorithm = ALGORITHMS.find((a) => a.toLowerCase() === String(ctx.params.Algorithm ?? 'SHA256').toLowerCase()) ?? 'SHA256';
    return {
      async process() {
        for await (const file of existingPaths(ctx, 'Get-FileHash')) {
          let hash: string;
          try {
            hash = await hashFile(file, algorithm);
          } catch (e) {
            if (!isFileSystemError(e)) throw e;
            ctx.writeError(fileSystemError('Get-FileHash', file, e));
            continue;
          }
          await ctx.write(PSObject.fromEntries([['Algorithm', algorithm], ['Hash', hash], ['Path', file]], ['Microsoft.PowerShell.Commands.FileHashInfo', 'System.Object']));
        }
      },
    };
  },
};
