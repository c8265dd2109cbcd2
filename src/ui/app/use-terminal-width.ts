// The terminal's columns, following resizes.
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export function useTerminalWidth(fallback = 80): number {
  const { stdout } = useStdout();
  const read = () => (stdout.columns && stdout.columns > 0 ? stdout.columns : fallback);
  const [width, setWidth] = useState(read);
  useEffect(() => {
    const onResize = () => setWidth(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return width;
}
