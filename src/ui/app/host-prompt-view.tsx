// Read-Host, Get-Credential's password and -Confirm's choice, drawn under the output while the
// command waits. Secrets show as `*`; what was typed is echoed above when answered, masked the same.
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { hotKey, plainLabel, readChoiceAnswer } from './choice-answer.js';
import type { HostRequest } from './repl-host.js';

export interface HostPromptViewProps {
  request: Extract<HostRequest, { kind: 'line' | 'choice' }>;
  /** What stays on screen once answered (the prompt and the answer, masked when secret). */
  onEcho(text: string): void;
  /** Ctrl+C: the command line stops (the app cancels the run and every open prompt). */
  onCancel(): void;
}

export function HostPromptView({ request, onEcho, onCancel }: HostPromptViewProps) {
  // Keys can arrive faster than React re-renders: handlers read from refs, never a stale closure.
  const [typed, setTypedState] = useState('');
  const typedRef = useRef('');
  const setTyped = (next: string | ((t: string) => string)) => {
    typedRef.current = typeof next === 'function' ? next(typedRef.current) : next;
    setTypedState(typedRef.current);
  };
  const [help, setHelpState] = useState(false);
  const helpRef = useRef(false);
  const setHelp = (h: boolean) => {
    helpRef.current = h;
    setHelpState(h);
  };
  const secret = request.kind === 'line' && request.secret;

  useInput((input, key) => {
    const typed = typedRef.current;
    const help = helpRef.current;
    if (key.ctrl && input === 'c') {
      onEcho(`${promptHead(request)}${secret ? '*'.repeat(typed.length) : typed}^C`);
      onCancel();
      return;
    }
    if (key.return) {
      if (request.kind === 'line') {
        onEcho(`${request.prompt}${secret ? '*'.repeat(typed.length) : typed}`);
        request.answer(typed);
        setTyped('');
        return;
      }
      const a = readChoiceAnswer(typed, request.choices, request.defaultIndex);
      setTyped('');
      if (a.kind === 'help') return setHelp(true);
      if (a.kind === 'again') return;
      onEcho(`${choiceText(request, help)}${typed}`);
      request.answer(a.index);
      return;
    }
    if (key.backspace || key.delete) return setTyped((t) => t.slice(0, -1));
    if (key.ctrl && input === 'u') return setTyped('');
    if (key.ctrl || key.meta || key.escape || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return;
    setTyped((t) => t + input.replace(/[\r\n]/g, ''));
  });

  const shown = secret ? '*'.repeat(typed.length) : typed;
  if (request.kind === 'line') {
    return (
      <Text>
        {request.prompt}
        {shown}
        <Text inverse> </Text>
      </Text>
    );
  }
  const keys = request.choices.map((c) => hotKey(c.label));
  return (
    <Box flexDirection="column">
      <Text> </Text>
      <Text>{request.caption}</Text>
      <Text>{request.message}</Text>
      {help ? request.choices.map((c, i) => <Text key={i}>{`${keys[i]} - ${c.help ?? plainLabel(c.label)}`}</Text>) : null}
      <Text>
        {request.choices.map((c, i) => (
          <Text key={i} color={i === request.defaultIndex ? 'yellow' : undefined}>
            {`[${keys[i]}] ${plainLabel(c.label)}  `}
          </Text>
        ))}
        {`[?] Help${request.choices[request.defaultIndex] ? ` (default is "${keys[request.defaultIndex]}")` : ''}: `}
        {shown}
        <Text inverse> </Text>
      </Text>
    </Box>
  );
}

function promptHead(request: Extract<HostRequest, { kind: 'line' | 'choice' }>): string {
  return request.kind === 'line' ? request.prompt : choiceText(request, false);
}

/** The choice prompt as plain text, for the echo once answered. */
function choiceText(request: Extract<HostRequest, { kind: 'choice' }>, help: boolean): string {
  const keys = request.choices.map((c) => hotKey(c.label));
  const options = request.choices.map((c, i) => `[${keys[i]}] ${plainLabel(c.label)}`).join('  ');
  const def = request.choices[request.defaultIndex] ? ` (default is "${keys[request.defaultIndex]}")` : '';
  const helpLines = help ? request.choices.map((c, i) => `${keys[i]} - ${c.help ?? plainLabel(c.label)}\n`).join('') : '';
  return `\n${request.caption}\n${request.message}\n${helpLines}${options}  [?] Help${def}: `;
}
