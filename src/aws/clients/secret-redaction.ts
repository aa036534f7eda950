// Keeps secrets out of error messages: every secret key and session token the credential layer has handled
// is remembered, and any message shown to the user has them (and profile-file style "secret = value"
// assignments) replaced by a mask.

const MASK = '****';
/** Shorter values are too likely to occur in ordinary text to be masked blindly. */
const MIN_SECRET_LENGTH = 8;

const knownSecrets = new Set<string>();

export function rememberSecret(value: string | null | undefined): void {
  if (value && value.length >= MIN_SECRET_LENGTH) knownSecrets.add(value);
}

const SECRET_ASSIGNMENT = /\b(aws_secret_access_key|aws_session_token|secretaccesskey|sessiontoken)(\s*[=:]\s*)("?)[^\s",}]+/gi;

export function redactSecrets(text: string): string {
  let result = text.replace(SECRET_ASSIGNMENT, (_m, key: string, sep: string, quote: string) => `${key}${sep}${quote}${MASK}`);
  for (const secret of knownSecrets) {
    if (result.includes(secret)) result = result.split(secret).join(MASK);
  }
  return result;
}
