// Remove-AWSCredentialProfile, Initialize-AWSDefaultConfiguration and Clear-AWSDefaultConfiguration.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import {
  copyProfile,
  credentialSpecOf,
  deleteProfile,
  findProfile,
  listProfiles,
  newShellCredentials,
  profileExists,
  profileFilesFor,
  setShellCredentials,
  storeKeyProfile,
  storeProfileRegion,
  storeRoleProfile,
  storeSpec,
  credentialsFromProfile,
  type ProfileFiles,
} from '../../../src/aws/credential-store/index.js';
import { setStoredRegion, clearStoredRegion, getStoredRegion } from '../../../src/aws/regions/default-region.js';
import { resolveRegion } from '../../../src/aws/regions/region-resolution.js';
import { argumentError, withStoreErrors } from './errors.js';
import {
  ASSUME_ROLE,
  BASIC_OR_SESSION,
  CREDENTIAL_SETS,
  CREDENTIALS_OBJECT,
  MODULE,
  NS,
  PROFILE_LOCATION_ALIASES,
  STORED_PROFILE,
  fullCredentialParameters,
  scopeParam,
  scopeParameter,
  stringParam,
} from './parameters.js';
import { profileFiles, resolveCredentials, type ResolvedCredentials } from './resolve-credentials.js';

const removeAWSCredentialProfile: CommandDefinition = {
  name: 'Remove-AWSCredentialProfile',
  module: MODULE,
  synopsis: 'Removes the credential profile with the supplied name from one of the local credential stores.',
  outputType: ['None'],
  confirmImpact: 'High',
  parameters: [
    { name: 'ProfileName', type: 'System.String', aliases: ['StoredCredentials'], position: 1, mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'ProfileLocation', type: 'System.String', aliases: PROFILE_LOCATION_ALIASES, position: 2, valueFromPipelineByPropertyName: true },
    { name: 'Force', type: 'switch', valueFromPipelineByPropertyName: true },
  ],
  create() {
    return {
      async process(ctx) {
        const cls = 'RemoveAWSCredentialProfileCmdlet';
        const name = stringParam(ctx, 'ProfileName') ?? '';
        const files = profileFiles(ctx);
        if (!withStoreErrors(cls, () => profileExists(files, name))) {
          throw argumentError(`The CredentialProfile '${name}' does not exist.`, cls, name);
        }
        if (ctx.params.Force !== true) {
          if (!(await ctx.shouldProcess(name, 'Remove-AWSCredentialProfile'))) return;
        }
        withStoreErrors(cls, () => deleteProfile(files, name));
        // A profile of the same name may remain in the default files when -ProfileLocation named another one.
        if (stringParam(ctx, 'ProfileLocation')) {
          const defaults = profileFilesFor(null, ctx.session.cwd);
          const left = withStoreErrors(cls, () => listProfiles(defaults)).some((p) => p.profileName === name);
          if (left) {
            ctx.writeWarning(
              `Remove succeeded, but there is still a profile named '${name}' in the shared credentials file at ${defaults.credentials.path}.`,
            );
          }
        }
      },
    };
  },
};

const DEFAULT_PROFILE = 'default';
const INSTANCE_PROFILE = 'InstanceProfile';
const REGION_ONLY = 'RegionOnly';

/** Writes the resolved credentials as the 'default' profile (a profile source is copied, as the AWS Tools do). */
function saveDefaultProfile(ctx: CommandContext, files: ProfileFiles, resolved: ResolvedCredentials, cls: string): void {
  switch (ctx.parameterSetName) {
    case STORED_PROFILE:
      if (resolved.name !== DEFAULT_PROFILE) copyProfile(files, resolved.name ?? '', DEFAULT_PROFILE);
      return;
    case ASSUME_ROLE:
      storeRoleProfile(files, DEFAULT_PROFILE, {
        sourceProfile: stringParam(ctx, 'SourceProfile') ?? '',
        roleArn: stringParam(ctx, 'RoleArn') ?? '',
        mfaSerial: stringParam(ctx, 'MfaSerial'),
        externalId: stringParam(ctx, 'ExternalID'),
        roleSessionName: stringParam(ctx, 'RoleSessionName'),
      });
      return;
    case BASIC_OR_SESSION:
      storeKeyProfile(files, DEFAULT_PROFILE, stringParam(ctx, 'AccessKey') ?? '', stringParam(ctx, 'SecretKey') ?? '', stringParam(ctx, 'SessionToken'));
      return;
    case CREDENTIALS_OBJECT: {
      const spec = credentialSpecOf(resolved.credentials);
      if (!spec) throw argumentError('Cannot determine credentials from supplied parameters', cls);
      storeSpec(files, DEFAULT_PROFILE, spec);
      return;
    }
  }
}

const initializeAWSDefaultConfiguration: CommandDefinition = {
  name: 'Initialize-AWSDefaultConfiguration',
  aliases: ['Initialize-AWSDefaults'],
  module: MODULE,
  synopsis:
    "Creates or updates the credential profile named 'default' using supplied keys, existing credentials or profile. The profile and a default region is then set active in the current shell.",
  outputType: ['None'],
  defaultParameterSet: INSTANCE_PROFILE,
  parameters: [
    {
      name: 'Region',
      type: 'System.Object',
      aliases: ['RegionToCall'],
      position: 210,
      parameterSets: [...CREDENTIAL_SETS, REGION_ONLY],
      mandatory: [REGION_ONLY],
      valueFromPipelineByPropertyName: true,
    },
    scopeParameter(),
    ...fullCredentialParameters().map((p) =>
      p.name === 'ProfileLocation' ? { ...p, parameterSets: [...CREDENTIAL_SETS, REGION_ONLY, INSTANCE_PROFILE] } : p,
    ),
  ],
  create() {
    return {
      process(ctx) {
        const cls = 'InitializeDefaultConfigurationCmdlet';
        const name = ctx.invocationName;
        const files = profileFiles(ctx);
        const passed = withStoreErrors(cls, () => resolveCredentials(ctx, cls));
        const existing = withStoreErrors(cls, () => findProfile(files, DEFAULT_PROFILE));

        let shellCredentials = passed;
        if (passed) {
          ctx.writeVerbose(`${name}: Credentials for this shell were set from ${passed.description}`);
        } else if (existing) {
          ctx.writeVerbose('Default credentials already set, skipping.');
          shellCredentials = {
            credentials: withStoreErrors(cls, () => credentialsFromProfile(files, DEFAULT_PROFILE)),
            name: DEFAULT_PROFILE,
            source: 'Profile',
            description: `stored profile named '${DEFAULT_PROFILE}'`,
          };
        } else {
          throw argumentError(
            `No credentials were supplied and there is no '${DEFAULT_PROFILE}' profile in ${files.config ? `'${files.credentials.path}' or '${files.config.path}'` : `'${files.credentials.path}'`}. Supply -AccessKey and -SecretKey, -ProfileName or -Credential.`,
            cls,
          );
        }

        let region: string | null = null;
        if (ctx.isBound('Region') && ctx.params.Region !== null) {
          region = resolveRegion(ctx.session, ctx.params.Region, `${NS}.${cls}`).systemName;
          ctx.writeVerbose(`${name}: Region '${region}' was set for this shell from the -Region parameter`);
        } else {
          region = existing?.get('region') || (passed?.name ? (withStoreErrors(cls, () => findProfile(files, passed.name ?? ''))?.get('region') ?? null) : null) || getStoredRegion(ctx.session) || null;
          if (region === null) {
            throw argumentError('No region was supplied and none is stored in the default profile or the shell. Supply -Region.', cls);
          }
          if (existing?.get('region')) ctx.writeVerbose('Default region already set, skipping');
        }

        withStoreErrors(cls, () => {
          if (passed) saveDefaultProfile(ctx, files, passed, cls);
          if (existing?.get('region') !== region) storeProfileRegion(files, DEFAULT_PROFILE, region ?? '');
        });
        ctx.writeVerbose(`Default credentials and/or region have been stored to credentials profile '${DEFAULT_PROFILE}' and set active for this shell.`);

        const scope = scopeParam(ctx);
        if (shellCredentials) {
          setShellCredentials(ctx.session, newShellCredentials(shellCredentials.credentials, shellCredentials.name, shellCredentials.source), scope);
        }
        setStoredRegion(ctx.session, region, scope);
      },
    };
  },
};

const clearAWSDefaultConfiguration: CommandDefinition = {
  name: 'Clear-AWSDefaultConfiguration',
  aliases: ['Clear-AWSDefaults'],
  module: MODULE,
  synopsis:
    "Clears the persisted credentials associated with the credential profile names 'default' and 'AWS PS Default', plus any credentials and region data currently set in the session's shell variables.",
  outputType: ['None'],
  parameters: [
    { name: 'SkipShell', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'SkipProfileStore', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'ProfileLocation', type: 'System.String', aliases: PROFILE_LOCATION_ALIASES, valueFromPipelineByPropertyName: true },
    scopeParameter(),
  ],
  create() {
    return {
      process(ctx) {
        const cls = 'ClearDefaultConfigurationCmdlet';
        if (ctx.params.SkipProfileStore !== true) {
          const files = profileFiles(ctx);
          withStoreErrors(cls, () => {
            deleteProfile(files, DEFAULT_PROFILE);
            deleteProfile(files, 'AWS PS Default');
          });
        }
        if (ctx.params.SkipShell !== true) {
          const scope = scopeParam(ctx);
          setShellCredentials(ctx.session, null, scope);
          clearStoredRegion(ctx.session, scope);
        }
      },
    };
  },
};

export const profileCmdlets: CommandDefinition[] = [removeAWSCredentialProfile, initializeAWSDefaultConfiguration, clearAWSDefaultConfiguration];
