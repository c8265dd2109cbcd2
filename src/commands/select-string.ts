// Select-String: regex or simple matching over input strings and files, MatchInfo output
// (ToString: the line for input strings, `path:line:text` for files; `>` marks with -Context).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CommandContext, CommandDefinition, CommandInstance } from '../runtime/command.js';
import { PSObject } from '../runtime/values.js';
import { toStringValue } from '../runtime/conversions.js';
import { compileRegex, matchObject, regexEscape } from '../runtime/operators-regex.js';
import { RuntimeError } from '../runtime/errors.js';
import { cmdletError, fileSystemError } from './cmdlet-errors.js';
import { decodeText, encodingOf, ENCODINGS, existingPaths, splitLines } from './file-system.js';
import { wildcardMatcher } from './wildcard.js';

const NAME = 'Select-String';
const INPUT_STREAM = 'InputStream';

interface Source {
  path: string;
  /** Relative path for display, or InputStream. */
  shown: string;
  filename: string;
}

interface Pending {
  info: PSObject;
  post: string[];
  want: number;
}

function create(ctx: CommandContext): CommandInstance {
  const p = ctx.params;
  const caseSensitive = p.CaseSensitive === true;
  const patterns = (p.Pattern as string[]).map(String);
  let regexes: RegExp[];
  try {
    regexes = patterns.map((pat) => compileRegex(p.SimpleMatch === true ? regexEscape(pat) : pat, { ignoreCase: !caseSensitive }));
  } catch (e) {
    if (e instanceof RuntimeError) {
      return {
        begin() {
          ctx.throwTerminating(cmdletError(NAME, e.record.message, 'InvalidRegex', 'InvalidArgument', patterns.join(', ')));
        },
      };
    }
    throw e;
  }
  const ctxParam = (p.Context as number[] | undefined) ?? [];
  const before = ctxParam[0] ?? 0;
  const after = ctxParam.length > 1 ? ctxParam[1]! : before;
  const notMatch = p.NotMatch === true;
  const allMatches = p.AllMatches === true;
  const quiet = p.Quiet === true;
  const list = p.List === true;
  const raw = p.Raw === true;
  let anyMatch = false;
  const include = (p.Include as string[] | undefined)?.length ? wildcardMatcher(p.Include as string[]) : undefined;
  const exclude = (p.Exclude as string[] | undefined)?.length ? wildcardMatcher(p.Exclude as string[]) : undefined;

  // Per-source scanning state (input strings form one source).
  let pre: string[] = [];
  let pending: Pending[] = [];
  let lineNo = 0;
  let listed = false;

  function resetSource() {
    pre = [];
    pending = [];
    lineNo = 0;
    listed = false;
  }

  function matchLine(line: string): { pattern: string; matches: RegExpExecArray[] } | undefined {
    for (let i = 0; i < regexes.length; i++) {
      const re = regexes[i]!;
      re.lastIndex = 0;
      const first = re.exec(line);
      if (!first) continue;
      const matches = [first];
      if (allMatches) {
        let m: RegExpExecArray | null;
        if (first[0].length === 0) re.lastIndex++;
        while ((m = re.exec(line))) {
          matches.push(m);
          if (m[0].length === 0) re.lastIndex++;
        }
      }
      re.lastIndex = 0;
      return { pattern: patterns[i]!, matches };
    }
    return undefined;
  }

  /** Feeds one line; returns the MatchInfo objects that are complete. */
  function feed(line: string, src: Source): PSObject[] {
    lineNo++;
    const done: PSObject[] = [];
    for (const pend of pending) {
      if (pend.post.length < pend.want) pend.post.push(line);
    }
    while (pending.length && pending[0]!.post.length >= pending[0]!.want) done.push(finish(pending.shift()!));
    if (list && listed) return done;
    const hit = matchLine(line);
    const selected = notMatch ? !hit : !!hit;
    if (selected) {
      anyMatch = true;
      listed = true;
      const info = matchInfo(src, line, lineNo, hit?.pattern ?? patterns[0]!, notMatch ? [] : hit!.matches.map(matchObject), !caseSensitive);
      const entry = { info, post: [] as string[], want: after, pre: [...pre] };
      info.set('Context', before || after ? contextObject(entry.pre, []) : null);
      if (after > 0) pending.push(entry);
      else done.push(finish(entry));
    }
    if (before > 0) {
      pre.push(line);
      if (pre.length > before) pre.shift();
    }
    return done;
  }

  function finish(entry: Pending): PSObject {
    if (before || after) {
      const c = entry.info.get('Context') as PSObject;
      c.set('PostContext', entry.post);
      c.set('DisplayPostContext', entry.post);
    }
    return entry.info;
  }

  function flush(): PSObject[] {
    const out = pending.map(finish);
    pending = [];
    return out;
  }

  async function emit(infos: PSObject[]) {
    if (quiet) return;
    for (const i of infos) await ctx.write(raw ? i.get('Line') : i);
  }

  const inputSource: Source = { path: INPUT_STREAM, shown: INPUT_STREAM, filename: INPUT_STREAM };

  async function scanFile(file: string) {
    const name = path.basename(file);
    if (include && !include(name)) return;
    if (exclude && exclude(name)) return;
    let text: string;
    try {
      const st = await fs.stat(file);
      if (st.isDirectory()) return;
      text = decodeText(await fs.readFile(file), encodingOf(p.Encoding));
    } catch (e) {
      ctx.writeError(fileSystemError(NAME, file, e, 'Reading'));
      return;
    }
    resetSource();
    const src: Source = { path: file, shown: path.relative(ctx.session.cwd, file) || name, filename: name };
    for (const line of splitLines(text)) {
      await emit(feed(line, src));
      if (ctx.signal.aborted) return;
      if (quiet && anyMatch) return;
    }
    await emit(flush());
  }

  return {
    async process(input) {
      if (ctx.bound.has('Path') || ctx.bound.has('LiteralPath')) {
        for await (const file of existingPaths(ctx, NAME)) await scanFile(file);
        return;
      }
      const obj = ctx.expectingInput ? input : p.InputObject;
      if (obj === undefined || obj === null) return;
      if (obj instanceof PSObject && obj.typeNames[0] === 'System.IO.FileInfo') {
        await scanFile(String(obj.get('FullName')));
        return;
      }
      if (obj instanceof PSObject && obj.typeNames[0] === 'Microsoft.PowerShell.Commands.MatchInfo') {
        await emit(feed(String(obj.get('Line')), inputSource));
        return;
      }
      await emit(feed(toStringValue(obj), inputSource));
    },
    async end() {
      await emit(flush());
      if (quiet) await ctx.write(anyMatch);
    },
  };
}

function contextObject(pre: string[], post: string[]): PSObject {
  return PSObject.fromEntries(
    [
      ['PreContext', pre],
      ['PostContext', post],
      ['DisplayPreContext', pre],
      ['DisplayPostContext', post],
    ],
    ['Microsoft.PowerShell.Commands.MatchInfoContext', 'System.Object'],
  );
}

export function matchInfo(src: Source, line: string, lineNumber: number, pattern: string, matches: PSObject[], ignoreCase: boolean): PSObject {
  const o = PSObject.fromEntries(
    [
      ['IgnoreCase', ignoreCase],
      ['LineNumber', lineNumber],
      ['Line', line],
      ['Filename', src.filename],
      ['Path', src.path],
      ['Pattern', pattern],
      ['Context', null],
      ['Matches', matches],
    ],
    ['Microsoft.PowerShell.Commands.MatchInfo', 'System.Object'],
  );
  o.toStringHook = (self) => matchInfoText(self, src.shown);
  return o;
}

/** MatchInfo.ToString(): the line (input strings) or `path:line:text`; with context, `>` marks the match. */
function matchInfoText(self: PSObject, shown: string): string {
  const fromFile = self.get('Path') !== INPUT_STREAM;
  const n = Number(self.get('LineNumber'));
  const prefix = (lineNo: number) => (fromFile ? `${shown}:${lineNo}:` : '');
  const c = self.get('Context');
  if (!(c instanceof PSObject)) return prefix(n) + String(self.get('Line'));
  const pre = c.get('DisplayPreContext') as string[];
  const post = c.get('DisplayPostContext') as string[];
  const lines: string[] = [];
  pre.forEach((l, i) => lines.push(`  ${prefix(n - pre.length + i)}${l}`));
  lines.push(`> ${prefix(n)}${String(self.get('Line'))}`);
  post.forEach((l, i) => lines.push(`  ${prefix(n + 1 + i)}${l}`));
  return lines.join('\n');
}

export const selectString: CommandDefinition = {
  metadata: {
    name: NAME,
    aliases: ['sls'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'File',
    parameters: [
      { name: 'InputObject', type: 'psobject', mandatory: true, valueFromPipeline: true, parameterSets: ['Object', 'ObjectRaw'] },
      { name: 'Pattern', type: 'string[]', mandatory: true, position: 0 },
      { name: 'Path', type: 'string[]', mandatory: true, position: 1, valueFromPipelineByPropertyName: true, parameterSets: ['File', 'FileRaw'] },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['LiteralFile', 'LiteralFileRaw'] },
      { name: 'Raw', type: 'switch', mandatory: true, parameterSets: ['ObjectRaw', 'FileRaw', 'LiteralFileRaw'] },
      { name: 'SimpleMatch', type: 'switch' },
      { name: 'CaseSensitive', type: 'switch' },
      { name: 'Quiet', type: 'switch', parameterSets: ['Object', 'File', 'LiteralFile'] },
      { name: 'List', type: 'switch' },
      { name: 'NoEmphasis', type: 'switch' },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      { name: 'NotMatch', type: 'switch' },
      { name: 'AllMatches', type: 'switch' },
      { name: 'Encoding', type: 'encoding', validateSet: ENCODINGS },
      { name: 'Context', type: 'int[]', validateRange: [0, 2147483647] },
      { name: 'Culture', type: 'string' },
    ],
    help: {
      synopsis: 'Finds text in strings and files.',
      examples: [
        { code: "Select-String -Path *.log -Pattern 'error'", remarks: 'Matching lines as file:line:text.' },
        { code: "Get-Content users.txt | Select-String -SimpleMatch '@contoso.com'", remarks: 'Literal text, no regex.' },
        { code: "'a1','b2' | Select-String '\\d' -AllMatches | % { $_.Matches.Value }", remarks: 'Every match in each line.' },
      ],
    },
  },
  create,
};
