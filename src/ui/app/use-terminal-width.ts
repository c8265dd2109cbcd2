// The terminal's columns and rows, following resizes.
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

/** The terminal's rows, following resizes. */
export function useTerminalHeight(fallback = 24): number {
  const { stdout } = useStdout();
  const read = () => (stdout.rows && stdout.rows > 0 ? stdout.rows : fallback);
  const [height, setHeight] = useState(read);
  useEffect(() => {
    const onResize = () => setHeight(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return height;
}
