// Which input lines carry a secret and so never reach the history file or a transcript. A line is
// judged as a whole: one secret anywhere keeps the entire entry out (as PSReadLine's
// SensitivePatterns do), because a redacted half-command is of no use to recall.

/**
 * Parameters whose value is a secret. As in PSReadLine, a value that is a variable (`-AccessToken
 * $token`) or a property of one carries no secret itself; a literal or an expression does.
 */
const secretParameter =
  /(?:^|[\s(;{|])-(?:CertificatePassword|AccessToken|Password|ApplicationSecret|ClientSecret|Secret|ApiKey)(?::\s*|\s+)(?!\$[\w:]+(?:\.[\w]+)*(?:\s|$|[;|)}]))(?=\S)/i;

const secretPatterns: readonly RegExp[] = [
  secretParameter,
  // A plain-text secure string: ConvertTo-SecureString 'p@ss' -AsPlainText -Force.
  /ConvertTo-SecureString\b[^\n|;]*-AsPlainText/i,
  // A credential built inline with its password: New-Object PSCredential(...), [pscredential]::new(...).
  /New-Object\s+(?:-TypeName\s+)?(?:System\.Management\.Automation\.)?PSCredential\b/i,
  /\[(?:System\.Management\.Automation\.)?PSCredential\]::new\s*\(/i,
  // Bearer tokens or JWTs pasted raw.
  /\bBearer\s+[A-Za-z0-9\-_.~+/]{16,}/i,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./,
];

/** True when `text` (one entry, possibly multi-line) must not be written to history or a transcript. */
export function isSensitiveLine(text: string): boolean {
  return secretPatterns.some((re) => re.test(text));
}
