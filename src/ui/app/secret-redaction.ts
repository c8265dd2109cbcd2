// What a transcript records of a command line that carries a secret. One function, so the line
// editor's secret-line detector (src/ui/history, which keeps such lines out of the history file)
// can take its place when both are merged.

/** Parameters whose value is a secret. */
const SECRET_PARAMETER = /(-(?:CertificatePassword|AccessToken|Password|ClientSecret|Secret|Token)\s*[:\s]\s*)("[^"]*"|'[^']*'|\S+)/gi;
/** `ConvertTo-SecureString 'text' -AsPlainText`: the plain text is the secret. */
const PLAIN_TEXT_SECURE_STRING = /(ConvertTo-SecureString\b[^|;]*?)("[^"]*"|'[^']*')/gi;

/** The line with secret values replaced by `********` (the line itself is kept: it is the record). */
export function redactSecrets(line: string): string {
  let out = line.replace(SECRET_PARAMETER, (_m, name: string) => `${name}********`);
  if (/-AsPlainText\b/i.test(out)) out = out.replace(PLAIN_TEXT_SECURE_STRING, (_m, head: string) => `${head}'********'`);
  return out;
}
