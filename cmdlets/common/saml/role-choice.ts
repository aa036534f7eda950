// The "Select Role" choice of Set-AWSSamlRoleProfile, drawn as PowerShell's console host draws
// PromptForChoice: the caption, the message, then "[1] 1 - ADFS-Dev  [2] 2 - ADFS-Production  [?] Help
// (default is "1"): ". An empty answer takes the default, "?" lists each choice with its help (the role
// and principal ARNs), anything else that is not a choice asks again.

import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import type { CommandContext } from '../../../src/pipeline/types.js';
import { roleName, type SamlRole } from '../../../src/aws/saml/saml-assertion.js';

export const ROLE_CHOICE_CAPTION = 'Select Role';
export const ROLE_CHOICE_MESSAGE = 'Select the role to be assumed when this profile is active';

export function roleChoiceLine(roles: readonly SamlRole[]): string {
  const choices = roles.map((r, i) => `[${i + 1}] ${i + 1} - ${roleName(r.roleArn)}`).join('  ');
  return `${choices}  [?] Help (default is "1"): `;
}

export async function selectRole(ctx: CommandContext, roles: readonly SamlRole[], cmdletClass: string): Promise<SamlRole> {
  if (!ctx.host.interactive) {
    throw new RuntimeError(
      makeErrorRecord(
        `The SAML assertion grants ${roles.length} roles and the shell cannot prompt for a choice (non-interactive). Pass -RoleARN (and -PrincipalARN) or -StoreAllRoles.`,
        {
          type: 'System.InvalidOperationException',
          id: `InvalidOperationException,Amazon.PowerShell.Common.${cmdletClass}`,
          category: 'InvalidOperation',
          baseTypeNames: ['System.SystemException', 'System.Exception'],
        },
      ),
    );
  }
  ctx.host.writeOut(`\n${ROLE_CHOICE_CAPTION}\n${ROLE_CHOICE_MESSAGE}\n`);
  for (;;) {
    const answer = (await ctx.host.readLine(roleChoiceLine(roles))).trim();
    if (answer === '') return roles[0]!;
    if (answer === '?') {
      ctx.host.writeOut(roles.map((r, i) => `${i + 1} - ${roleName(r.roleArn)} - ${r.roleArn} (${r.principalArn})`).join('\n') + '\n');
      continue;
    }
    const index = roles.findIndex((r, i) => answer === String(i + 1) || answer.toLowerCase() === `${i + 1} - ${roleName(r.roleArn)}`.toLowerCase());
    if (index >= 0) return roles[index]!;
  }
}
