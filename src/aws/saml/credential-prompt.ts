// The credential prompt a SAML role profile shows when it must sign in again and the session holds no password:
// what the AWS Tools' credential callback asks through PSHostUserInterface.PromptForCredential, drawn the way
// pwsh's console host draws that prompt (ConsoleHostUserInterfaceSecurity.cs): a blank line, the caption, the
// message, "User: " only when no user name is known (asked again while empty), then "Password for user X: "
// with masked input, and a blank line after it. The password is remembered for redaction as soon as it is read.

import type { PromptHost } from '../clients/mfa-prompt.js';
import { rememberSecret } from '../clients/secret-redaction.js';
import type { NetworkCredential } from './saml-auth.js';

/** AWS.Tools.Common's caption for the prompt. */
export const CREDENTIAL_PROMPT_CAPTION = 'Authenticating for AWS Role Credentials';

/** AWS.Tools.Common's message for the first prompt of a profile. */
export function credentialPromptMessage(profileName: string): string {
  return `Enter your credentials to authenticate and obtain AWS role credentials for the profile '${profileName}'`;
}

/** AWS.Tools.Common's message after the identity provider refused the credentials. */
export function retryPromptMessage(userName: string): string {
  return `Authentication failed. Enter the password for '${userName}' to try again.`;
}

export const USER_PROMPT = 'User: ';

export function passwordPrompt(userName: string): string {
  return `Password for user ${userName}: `;
}

/**
 * PromptForCredential on the console. A stored user identity like "\\me@example.com" (a domain mishandled by
 * the profile) is offered without its leading backslashes, as the AWS Tools do.
 */
export async function promptForCredential(host: PromptHost, message: string, userName: string | null): Promise<NetworkCredential> {
  host.writeOut(`\n${CREDENTIAL_PROMPT_CAPTION}\n${message}\n`);
  let user = userName?.replace(/^\\+/, '') ?? '';
  while (user === '') user = (await host.readLine(USER_PROMPT)).trim();
  const password = await host.readLine(passwordPrompt(user), true);
  rememberSecret(password);
  host.writeOut('\n');
  return { userName: user, password };
}
