// The progress bars under the output, and the spinner of a command waiting for start-up.
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { type ProgressEntry, progressLine } from './progress-board.js';

export function ProgressView({ entries, nowMs, width }: { entries: ProgressEntry[]; nowMs: number; width: number }) {
  if (entries.length === 0) return null;
  return (
    <Box flexDirection="column">
      {entries.map((e) => (
        <Text key={e.id} color="cyan">
          {progressLine(e, nowMs, width)}
        </Text>
      ))}
    </Box>
  );
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function Spinner({ label }: { label: string }) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setFrame((f) => (f + 1) % FRAMES.length), 80);
    return () => clearInterval(t);
  }, []);
  return (
    <Text>
      <Text color="cyan">{FRAMES[frame]}</Text> {label}
    </Text>
  );
}
