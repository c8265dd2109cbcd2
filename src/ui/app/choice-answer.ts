// What an answer typed at a choice prompt means, as pwsh's console host reads it: an empty line is
// the default, `?` asks for help, a hot key or a whole label picks that choice, anything else asks again.

export type ChoiceAnswer = { kind: 'pick'; index: number } | { kind: 'help' } | { kind: 'again' };

export function hotKey(label: string): string {
  const i = label.indexOf('&');
  return (i >= 0 && i + 1 < label.length ? label[i + 1]! : label[0] ?? '').toUpperCase();
}

export function plainLabel(label: string): string {
  return label.replace('&', '');
}

export function readChoiceAnswer(typed: string, choices: readonly { label: string }[], defaultIndex: number): ChoiceAnswer {
  const answer = typed.trim().toLowerCase();
  if (answer === '') return choices[defaultIndex] ? { kind: 'pick', index: defaultIndex } : { kind: 'again' };
  if (answer === '?') return { kind: 'help' };
  const byKey = choices.findIndex((c) => hotKey(c.label).toLowerCase() === answer);
  if (byKey >= 0) return { kind: 'pick', index: byKey };
  const byLabel = choices.findIndex((c) => plainLabel(c.label).toLowerCase() === answer);
  return byLabel >= 0 ? { kind: 'pick', index: byLabel } : { kind: 'again' };
}
