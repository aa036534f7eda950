// AWS.Tools.Common's SAML federation cmdlets: Set-AWSSamlEndpoint stores an identity provider endpoint under a
// name; Set-AWSSamlRoleProfile signs in there, reads the roles the SAML assertion grants, lets the user choose
// one ("Select Role", as the AWS Tools prompt) unless -RoleARN names a granted one or there is only one, and
// stores the role profile(s). Using such a profile assumes the role with AssumeRoleWithSAML
// (src/aws/saml/saml-credentials.ts). No password or assertion is written anywhere or shown.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { SecureString } from '../../../src/objects/secure-string.js';
import { NETWORK_CREDENTIAL_TYPE, PSCredential } from '../../../src/objects/ps-credential.js';
import { configFilePath, ProfileFileError } from '../../../src/aws/profile-files/index.js';
import { SamlError, authenticate, type NetworkCredential } from '../../../src/aws/saml/saml-auth.js';
import { rolesOf, roleName, type SamlRole } from '../../../src/aws/saml/saml-assertion.js';
import {
  AUTHENTICATION_TYPES,
  DEFAULT_AUTHENTICATION_TYPE,
  normalizeAuthenticationType,
  readSamlEndpoint,
  writeSamlEndpoint,
  writeSamlRoleProfile,
} from '../../../src/aws/saml/saml-profiles.js';
import { rememberNetworkCredential, sessionNetworkCredential } from '../../../src/aws/saml/saml-session.js';
import { samlRuntimeError } from '../../../src/aws/saml/saml-credentials.js';
import { forgetResolvedCredentials } from '../sso/forget-credentials.js';
import { toRuntimeError } from '../credentials/errors.js';
import { selectRole } from './role-choice.js';

const MODULE = 'AWS.Tools.Common';
const NS = 'Amazon.PowerShell.Common';

function stringParam(ctx: CommandContext, name: string): string | null {
  const v = ctx.params[name];
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

async function guarded<T>(cls: string, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof SamlError) throw samlRuntimeError(err, `${NS}.${cls}`);
    if (err instanceof ProfileFileError) throw toRuntimeError(err, cls);
    throw err;
  }
}

/** The text of a System.Uri value (the binder's Uri object keeps the original string). */
function uriText(value: unknown): string {
  if (value instanceof PSObject) {
    const original = value.get('OriginalString');
    if (typeof original === 'string') return original;
  }
  return value === null || value === undefined ? '' : String(value);
}

/**
 * UserName and password of -NetworkCredential: a PSCredential (Get-Credential, [pscredential]::new), a
 * NetworkCredential (its Domain goes before the user name, "DOMAIN\user", as .NET sends it) or any object with
 * UserName and Password (plain text or a SecureString). [pscredential]::Empty is no credential at all; undefined
 * means the value is none of these.
 */
function networkCredentialOf(value: unknown): NetworkCredential | null | undefined {
  if (value instanceof PSCredential) {
    if (value.userName === null || value.password === null) return null;
    return value.userName === '' ? undefined : { userName: value.userName, password: value.password.reveal() };
  }
  if (!(value instanceof PSObject)) return undefined;
  const user = value.get('UserName');
  const password = value.get('Password');
  const text = password instanceof SecureString ? password.reveal() : typeof password === 'string' ? password : null;
  if (typeof user !== 'string' || user === '' || text === null) return undefined;
  const domain = value.typeNames[0] === NETWORK_CREDENTIAL_TYPE ? value.get('Domain') : null;
  return { userName: typeof domain === 'string' && domain !== '' ? `${domain}\\${user}` : user, password: text };
}

const setAWSSamlEndpoint: CommandDefinition = {
  name: 'Set-AWSSamlEndpoint',
  module: MODULE,
  synopsis: 'Stores the endpoint and authentication type of a SAML identity provider under a friendly name, for Set-AWSSamlRoleProfile.',
  outputType: ['System.String'],
  parameters: [
    { name: 'Endpoint', type: 'System.Uri', valueFromPipeline: true, mandatory: true, position: 0 },
    { name: 'StoreAs', type: 'System.String', aliases: ['EndpointName'], mandatory: true, position: 1 },
    { name: 'AuthenticationType', type: 'System.String', position: 2, completionValues: [...AUTHENTICATION_TYPES] },
  ],
  create() {
    return {
      async process(ctx) {
        const cls = 'SetSamlEndpointProfileCmdlet';
        const name = stringParam(ctx, 'StoreAs') ?? '';
        const endpointText = uriText(ctx.params.Endpoint);
        const typeText = stringParam(ctx, 'AuthenticationType');
        await guarded(cls, () => {
          let url: URL;
          try {
            url = new URL(endpointText);
          } catch {
            throw new SamlError(`'${endpointText}' is not an absolute URI.`, 'config');
          }
          const authenticationType = typeText === null ? DEFAULT_AUTHENTICATION_TYPE : normalizeAuthenticationType(typeText);
          if (authenticationType === undefined) {
            throw new SamlError(`'${typeText}' is not a valid authentication type. Valid values are: ${AUTHENTICATION_TYPES.join(', ')}.`, 'config');
          }
          writeSamlEndpoint({ name, endpoint: url.href, authenticationType });
        });
        return ctx.write(name);
      },
    };
  },
};

/** The role -RoleARN (and -PrincipalARN) names when the assertion grants it. */
function requestedRole(ctx: CommandContext, roles: readonly SamlRole[]): SamlRole | undefined {
  const roleArn = stringParam(ctx, 'RoleARN');
  if (roleArn === null) return undefined;
  const principalArn = stringParam(ctx, 'PrincipalARN');
  return roles.find((r) => r.roleArn === roleArn && (principalArn === null || r.principalArn === principalArn));
}

const setAWSSamlRoleProfile: CommandDefinition = {
  name: 'Set-AWSSamlRoleProfile',
  module: MODULE,
  synopsis: 'Signs in at a stored SAML endpoint and stores a role profile for a role the SAML assertion grants (or one per role with -StoreAllRoles).',
  outputType: ['System.String'],
  defaultParameterSet: 'StoreOneRole',
  parameters: [
    { name: 'EndpointName', type: 'System.String', valueFromPipeline: true, mandatory: true },
    { name: 'PrincipalARN', type: 'System.String', parameterSets: ['StoreOneRole'] },
    { name: 'RoleARN', type: 'System.String', parameterSets: ['StoreOneRole'] },
    { name: 'NetworkCredential', type: 'System.Object', aliases: ['Credential', 'UserCredential'] },
    { name: 'StoreAs', type: 'System.String', parameterSets: ['StoreOneRole'], mandatory: true },
    { name: 'StoreAllRoles', type: 'switch', parameterSets: ['StoreAllRoles'], mandatory: true },
    { name: 'STSEndpointRegion', type: 'System.String' },
  ],
  create() {
    return {
      async process(ctx) {
        const cls = 'SetSamlRoleProfileCmdlet';
        const endpointName = stringParam(ctx, 'EndpointName') ?? '';
        const given = ctx.params.NetworkCredential;
        const passed = given === null || given === undefined ? null : networkCredentialOf(given);
        if (passed === undefined) {
          throw samlRuntimeError(new SamlError('-NetworkCredential must be a PSCredential with a UserName and a Password.', 'config'), `${NS}.${cls}`);
        }
        const names = await guarded(cls, async () => {
          const endpoint = readSamlEndpoint(endpointName);
          if (endpoint === undefined) throw new SamlError(`The SAML endpoint '${endpointName}' is not defined. Run Set-AWSSamlEndpoint -StoreAs ${endpointName} first.`, 'config');
          const credential = passed ?? sessionNetworkCredential(endpoint.name, null);
          const assertion = await authenticate(endpoint, credential);
          const roles = rolesOf(assertion);
          if (roles.length === 0) throw new SamlError(`The SAML assertion from '${endpoint.name}' grants no AWS roles.`, 'role');
          if (credential !== null) rememberNetworkCredential(endpoint.name, credential);

          const chosen: { profileName: string; role: SamlRole }[] = [];
          if (ctx.params.StoreAllRoles === true) {
            for (const role of roles) chosen.push({ profileName: roleName(role.roleArn), role });
          } else {
            if (stringParam(ctx, 'RoleARN') !== null && requestedRole(ctx, roles) === undefined) {
              ctx.writeVerbose(`The role '${stringParam(ctx, 'RoleARN')}' is not among the roles the SAML assertion grants.`);
            }
            const role = requestedRole(ctx, roles) ?? (roles.length === 1 ? roles[0]! : await selectRole(ctx, roles, cls));
            chosen.push({ profileName: stringParam(ctx, 'StoreAs') ?? '', role });
          }
          const config = { path: configFilePath({ cwd: ctx.session.cwd }), kind: 'config' as const };
          for (const { profileName, role } of chosen) {
            writeSamlRoleProfile(config, {
              profileName,
              endpointName: endpoint.name,
              roleArn: role.roleArn,
              principalArn: role.principalArn,
              userIdentity: credential?.userName ?? null,
              stsRegion: stringParam(ctx, 'STSEndpointRegion'),
            });
          }
          await forgetResolvedCredentials();
          return chosen.map((c) => c.profileName);
        });
        for (const name of names) await ctx.write(name);
      },
    };
  },
};

export const samlCmdlets: CommandDefinition[] = [setAWSSamlEndpoint, setAWSSamlRoleProfile];
