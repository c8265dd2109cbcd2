// -Confirm: when ShouldProcess asks, what it asks, and the console host's text prompt for a choice
// (what pwsh prints for $Host.UI.PromptForChoice) for hosts that can only read a line.
import type { CommandMetadata } from './command.js';
import { ErrorRecord, RuntimeError } from './errors.js';

export type ConfirmImpact = NonNullable<CommandMetadata['confirmImpact']>;
export const CONFIRM_IMPACTS: readonly ConfirmImpact[] = ['None', 'Low', 'Medium', 'High'];

const IMPACT_RANK: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3 };

/**
 * Whether ShouldProcess asks: always with -Confirm, never with -Confirm:$false, otherwise when the
 * command's ConfirmImpact is at or above $ConfirmPreference (`None` turns asking off).
 */
export function confirmationRequired(confirmSwitch: boolean | undefined, impact: ConfirmImpact | undefined, preference: string): boolean {
  if (confirmSwitch !== undefined) return confirmSwitch;
  const pref = IMPACT_RANK[preference.toLowerCase()] ?? IMPACT_RANK.high!;
  const rank = IMPACT_RANK[(impact ?? 'Medium').toLowerCase()]!;
  return pref !== 0 && rank !== 0 && rank >= pref;
}

export const CONFIRM_CAPTION = 'Confirm';

export function confirmMessage(target: string, action: string): string {
  return `Are you sure you want to perform this action?\nPerforming the operation "${action}" on target "${target}".`;
}

/** The choices and help texts pwsh's ShouldProcess offers, in its order. */
export const CONFIRM_CHOICES: readonly { label: string; help: string }[] = [
  { label: '&Yes', help: 'Continue with only the next step of the operation.' },
  { label: 'Yes to &All', help: 'Continue with all the steps of the operation.' },
  { label: '&No', help: 'Skip this operation and proceed with the next operation.' },
  { label: 'No to A&ll', help: 'Skip this operation and all subsequent operations.' },
  { label: '&Suspend', help: 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.' },
];

/** $PSCmdlet.ShouldContinue(query, caption) offers these (no "to All" without its ref arguments). */
export const CONTINUE_CHOICES: readonly { label: string; help: string }[] = [CONFIRM_CHOICES[0]!, CONFIRM_CHOICES[2]!, CONFIRM_CHOICES[4]!];

/** What ShouldProcess does with the index the host returned. */
export type ConfirmAnswer = 'yes' | 'yesToAll' | 'no' | 'noToAll' | 'suspend';
export const CONFIRM_ANSWERS: readonly ConfirmAnswer[] = ['yes', 'yesToAll', 'no', 'noToAll', 'suspend'];

export const NON_INTERACTIVE_MESSAGE = 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';

export function nonInteractiveError(): RuntimeError {
  return new RuntimeError(
    new ErrorRecord(NON_INTERACTIVE_MESSAGE, 'System.InvalidOperationException', 'InvalidOperation', null, undefined, undefined, 'System.Management.Automation.PSInvalidOperationException'),
  );
}

function hotKey(label: string): string {
  const i = label.indexOf('&');
  return i >= 0 && i + 1 < label.length ? label[i + 1]!.toUpperCase() : label[0]!.toUpperCase();
}

/**
 * $Host.UI.PromptForChoice as pwsh's console host does it, over a host that reads lines:
 * caption, message, `[Y] Yes  [A] Yes to All ... [?] Help (default is "Y"): `; `?` lists the help
 * texts and asks again; an empty answer takes the default; anything else asks again.
 */
export async function promptForChoiceByLine(
  readLine: (prompt: string) => Promise<string>,
  caption: string,
  message: string,
  choices: readonly { label: string; help?: string }[],
  defaultIndex: number,
): Promise<number> {
  const keys = choices.map((c) => hotKey(c.label));
  const options = choices.map((c, i) => `[${keys[i]}] ${c.label.replace('&', '')}`).join('  ');
  const defaultText = choices[defaultIndex] ? ` (default is "${keys[defaultIndex]}")` : '';
  let prompt = `\n${caption}\n${message}\n${options}  [?] Help${defaultText}: `;
  for (;;) {
    const answer = (await readLine(prompt)).trim();
    if (answer === '' && choices[defaultIndex]) return defaultIndex;
    if (answer === '?') {
      const help = choices.map((c, i) => `${keys[i]} - ${c.help ?? c.label.replace('&', '')}`).join('\n');
      prompt = `${help}\n${options}  [?] Help${defaultText}: `;
      continue;
    }
    const lower = answer.toLowerCase();
    const byKey = keys.findIndex((k) => k.toLowerCase() === lower);
    if (byKey >= 0) return byKey;
    const byLabel = choices.findIndex((c) => c.label.replace('&', '').toLowerCase() === lower);
    if (byLabel >= 0) return byLabel;
    prompt = `${options}  [?] Help${defaultText}: `;
  }
}
