/**
 * Redaction of AWS secrets from any text the CLI prints. An AWS server (or a proxy, or a fake) may
 * echo the request back in an error message — the Authorization header with its access key id and
 * signature, the session token — and the CLI prints error messages. Everything printed as an error
 * passes through {@link redactSecrets} (src/cli/errors.ts), so no access key id, secret access key,
 * session token or signature is shown, whatever the server sends.
 */

const REDACTED = "[redacted]";

/**
 * Patterns of secrets in text. Access key ids: 20 characters beginning AKIA (long-term) or ASIA
 * (temporary), per the IAM identifiers reference (docs.aws.amazon.com/IAM/latest/UserGuide/
 * reference_identifiers.html); SigV4 `Credential=`, `Signature=` and the security-token header
 * and query parameter (docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html).
 */
const PATTERNS: readonly [RegExp, string][] = [
  [/\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g, REDACTED],
  [/(Credential\s*=\s*)[^\s,;"']+/gi, `$1${REDACTED}`],
  [/(Signature\s*=\s*)[^\s,;"']+/gi, `$1${REDACTED}`],
  [/(Authorization\s*[:=]\s*)[^\n"']+/gi, `$1${REDACTED}`],
  [
    /((?:x-amz-security-token|security[-_ ]?token|session[-_ ]?token|secret[-_ ]?access[-_ ]?key|aws_secret_access_key|aws_session_token|\btoken)\s*["']?\s*[:=]\s*["']?)[^\s,;"'&]+/gi,
    `$1${REDACTED}`,
  ],
];

/** The credential environment variables whose values must never be printed. */
const SECRET_ENV = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"];

/** `text` with every AWS secret (by pattern, and the values of the credential variables) replaced. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const name of SECRET_ENV) {
    const v = env[name];
    // Short values would redact ordinary words; real keys and tokens are 16+ characters.
    if (v && v.length >= 8) out = out.split(v).join(REDACTED);
  }
  for (const [re, by] of PATTERNS) out = out.replace(re, by);
  return out;
}
