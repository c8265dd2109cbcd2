// Out-Host -Paging's question between screens, with pwsh's wording: Space, Enter or Q.
import { Text, useInput } from 'ink';
import type { HostRequest } from './repl-host.js';

export const PAGER_PROMPT = '<SPACE> next page; <CR> next line; Q quit';

export function PagerPrompt({ request, onCancel }: { request: Extract<HostRequest, { kind: 'page' }>; onCancel(): void }) {
  useInput((input, key) => {
    if (key.ctrl && input === 'c') return onCancel();
    if (key.return) return request.answer('line');
    if (input === ' ') return request.answer('page');
    if (input.toLowerCase() === 'q') return request.answer('quit');
  });
  return <Text inverse>{PAGER_PROMPT}</Text>;
}
