// Write-Host -ForegroundColor/-BackgroundColor: PowerShell's ConsoleColor names as ANSI codes.

/** ConsoleColor names as ANSI foreground codes (background is +10). */
const CONSOLE_COLOURS: Record<string, number> = {
  black: 30, darkred: 31, darkgreen: 32, darkyellow: 33, darkblue: 34, darkmagenta: 35, darkcyan: 36, gray: 37,
  darkgray: 90, red: 91, green: 92, yellow: 93, blue: 94, magenta: 95, cyan: 96, white: 97,
};

export function colourHostText(text: string, opts: { foregroundColor?: string; backgroundColor?: string } | undefined, enabled: boolean): string {
  if (!enabled || !opts) return text;
  const fg = opts.foregroundColor ? CONSOLE_COLOURS[opts.foregroundColor.toLowerCase()] : undefined;
  const bg = opts.backgroundColor ? CONSOLE_COLOURS[opts.backgroundColor.toLowerCase()] : undefined;
  const codes = [fg, bg === undefined ? undefined : bg + 10].filter((c): c is number => c !== undefined);
  return codes.length > 0 ? `\x1b[${codes.join(';')}m${text}\x1b[0m` : text;
}
