// The records pwsh puts in the output stream when a redirection merges another stream into it
// (`Write-Warning 'w' 3>&1`, `Write-Host 'h' 6>&1`, `*>&1`): WarningRecord, VerboseRecord,
// DebugRecord and InformationRecord. Their ToString() is the message (`"[$_]"` gives `[w]`), while
// the console shows warnings, verbose and debug lines with their prefix (`WARNING: w`).
import { PSDateTime, PSObject } from './values.js';

export type InformationalStream = 'warning' | 'verbose' | 'debug';

const INFORMATIONAL: Record<InformationalStream, { type: string; prefix: string }> = {
  warning: { type: 'System.Management.Automation.WarningRecord', prefix: 'WARNING: ' },
  verbose: { type: 'System.Management.Automation.VerboseRecord', prefix: 'VERBOSE: ' },
  debug: { type: 'System.Management.Automation.DebugRecord', prefix: 'DEBUG: ' },
};

const INFORMATION_RECORD = 'System.Management.Automation.InformationRecord';
const HOST_MESSAGE = 'System.Management.Automation.HostInformationMessage';

/** A WarningRecord / VerboseRecord / DebugRecord carrying `message`. */
export function informationalRecord(stream: InformationalStream, message: string): PSObject {
  const o = PSObject.fromEntries(
    [
      ['Message', message],
      ['InvocationInfo', null],
      ['PipelineIterationInfo', []],
    ],
    [INFORMATIONAL[stream].type, 'System.Management.Automation.InformationalRecord', 'System.Object'],
  );
  o.toStringHook = () => message;
  return o;
}

/**
 * An InformationRecord (Write-Information, or Write-Host whose MessageData is a
 * HostInformationMessage and whose tags are PSHOST).
 */
export function informationRecord(messageData: unknown, tags: readonly string[], source: string, fromHost: boolean): PSObject {
  let data = messageData;
  if (fromHost) {
    const text = String(messageData);
    const message = PSObject.fromEntries(
      [
        ['Message', text],
        ['NoNewLine', false],
        ['ForegroundColor', null],
        ['BackgroundColor', null],
      ],
      [HOST_MESSAGE, 'System.Object'],
    );
    message.toStringHook = () => text;
    data = message;
  }
  const o = PSObject.fromEntries(
    [
      ['MessageData', data],
      ['Source', source],
      ['TimeGenerated', new PSDateTime(Date.now(), 'Local')],
      ['Tags', fromHost ? ['PSHOST', ...tags] : [...tags]],
      ['User', process.env.USER ?? process.env.USERNAME ?? ''],
      ['Computer', ''],
      ['ProcessId', process.pid],
      ['NativeThreadId', 0],
      ['ManagedThreadId', 1],
    ],
    [INFORMATION_RECORD, 'System.Object'],
  );
  o.toStringHook = () => (data instanceof PSObject && data.toStringHook ? data.toStringHook(data) : String(data ?? ''));
  return o;
}

/**
 * The line the console shows for a stream record found in the output (`WARNING: w`; an
 * information record shows its message data), or undefined for any other value.
 */
export function streamRecordLine(v: unknown): string | undefined {
  if (!(v instanceof PSObject) || !v.toStringHook) return undefined;
  const type = v.typeNames[0];
  if (type === INFORMATION_RECORD) return v.toStringHook(v);
  for (const k of Object.values(INFORMATIONAL)) if (k.type === type) return k.prefix + v.toStringHook(v);
  return undefined;
}
