// `PS [contoso] [Fab:fabrikam] ~> `: the badges in their colours.
import { Text } from 'ink';
import type { PromptModel } from '../editor/contract.js';

export function PromptLine({ prompt }: { prompt: PromptModel }) {
  return (
    <Text>
      {'PS '}
      {prompt.badges.map((b, i) => (
        <Text key={i} color={b.color}>
          {b.text + ' '}
        </Text>
      ))}
      {prompt.location + '> '}
    </Text>
  );
}
