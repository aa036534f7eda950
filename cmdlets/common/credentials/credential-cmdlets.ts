// New-, Set-, Get- and Clear-AWSCredential (AWS.Tools.Common CredentialsCmdlet.cs).

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import {
  copyProfile,
  credentialsFromProfile,
  listProfiles,
  newShellCredentials,
  setShellCredentials,
  storeKeyProfile,
  storeRoleProfile,
  storeSpec,
  storedCredentials,
  credentialSpecOf,
  profileReferenceOf,
  CredentialStoreError,
} from '../../../src/aws/credential-store/index.js';
import { argumentError, withStoreErrors } from './errors.js';
import {
  ASSUME_ROLE,
  BASIC_OR_SESSION,
  CREDENTIALS_OBJECT,
  CREDENTIALS_TYPE,
  CREDENTIAL_SETS,
  MODULE,
  NS,
  PROFILE_LOCATION_ALIASES,
  STORED_PROFILE,
  fullCredentialParameters,
  scopeParam,
  scopeParameter,
  stringParam,
} from './parameters.js';
import { profileFiles, resolveCredentials } from './resolve-credentials.js';

const newAWSCredential: CommandDefinition = {
  name: 'New-AWSCredential',
  aliases: ['New-AWSCredentials'],
  module: MODULE,
  synopsis: 'Creates and returns an AWSCredentials object',
  outputType: [CREDENTIALS_TYPE],
  parameters: fullCredentialParameters(),
  create() {
    return {
      process(ctx) {
        const cls = 'NewCredentialCmdlet';
        const resolved = withStoreErrors(cls, () => resolveCredentials(ctx, cls));
        if (!resolved) throw argumentError('Cannot determine credentials from supplied parameters', cls);
        ctx.writeVerbose(`Credentials loaded from ${resolved.description}.`);
        return ctx.write(resolved.credentials);
      },
    };
  },
};

function storeAs(ctx: CommandContext, name: string, cls: string): void {
  const files = profileFiles(ctx);
  switch (ctx.parameterSetName) {
    case BASIC_OR_SESSION:
      storeKeyProfile(files, name, stringParam(ctx, 'AccessKey') ?? '', stringParam(ctx, 'SecretKey') ?? '', stringParam(ctx, 'SessionToken'));
      break;
    case ASSUME_ROLE: {
      const sourceProfile = stringParam(ctx, 'SourceProfile') ?? '';
      // Like the AWS Tools, the source profile must exist (and be loadable) before the role profile is written.
      credentialsFromProfile(files, sourceProfile);
      storeRoleProfile(files, name, {
        sourceProfile,
        roleArn: stringParam(ctx, 'RoleArn') ?? '',
        mfaSerial: stringParam(ctx, 'MfaSerial'),
        externalId: stringParam(ctx, 'ExternalID'),
        roleSessionName: stringParam(ctx, 'RoleSessionName'),
      });
      break;
    }
    case STORED_PROFILE: {
      const from = stringParam(ctx, 'ProfileName') ?? '';
      credentialsFromProfile(files, from);
      copyProfile(files, from, name);
      break;
    }
    case CREDENTIALS_OBJECT: {
      const reference = profileReferenceOf(ctx.params.Credential);
      if (reference) {
        // A credential_process object: its profile (in the files this command searches) is what can be stored.
        copyProfile(files, reference.profileName, name);
        break;
      }
      const spec = credentialSpecOf(ctx.params.Credential);
      if (!spec) throw argumentError('Cannot determine credentials from supplied parameters', cls);
      storeSpec(files, name, spec);
      break;
    }
    default:
      throw argumentError('Cannot determine credentials from supplied parameters', cls);
  }
  const location = stringParam(ctx, 'ProfileLocation');
  ctx.writeVerbose(location ? `Updated shared credentials file at ${location}` : `Updated shared credentials file at ${files.credentials.path}`);
}

const setAWSCredential: CommandDefinition = {
  name: 'Set-AWSCredential',
  aliases: ['Set-AWSCredentials'],
  module: MODULE,
  synopsis:
    'Saves AWS credentials to persistent store (-StoreAs) or temporarily for the shell using shell variable $StoredAWSCredentials.',
  outputType: ['None'],
  parameters: [
    { name: 'StoreAs', type: 'System.String', parameterSets: [...CREDENTIAL_SETS], valueFromPipelineByPropertyName: true },
    scopeParameter([...CREDENTIAL_SETS]),
    ...fullCredentialParameters(),
  ],
  create() {
    return {
      process(ctx) {
        const cls = 'SetCredentialCmdlet';
        const name = stringParam(ctx, 'StoreAs');
        if (name === null) {
          if (ctx.parameterSetName === ASSUME_ROLE) {
            throw argumentError(
              'The parameters SourceProfile, RoleArn, RoleSessionName, ExternalID and MfaSerial can only be used with -StoreAs, to write a role profile; then use -ProfileName to make it the shell credentials.',
              cls,
            );
          }
          const resolved = withStoreErrors(cls, () => resolveCredentials(ctx, cls));
          if (!resolved) throw argumentError('Cannot determine credentials from supplied parameters', cls);
          ctx.writeVerbose(`Credentials loaded from ${resolved.description}.`);
          setShellCredentials(ctx.session, newShellCredentials(resolved.credentials, resolved.name, resolved.source), scopeParam(ctx));
          return;
        }
        if (ctx.isBound('Scope')) throw argumentError('Parameters Scope and StoreAs cannot be used together.', cls);
        withStoreErrors(cls, () => storeAs(ctx, name, cls));
      },
    };
  },
};

const clearAWSCredential: CommandDefinition = {
  name: 'Clear-AWSCredential',
  aliases: ['Clear-AWSCredentials'],
  module: MODULE,
  synopsis: 'Clears the set of AWS credentials currently set as default in the shell',
  outputType: ['None'],
  parameters: [
    { name: 'ProfileLocation', type: 'System.String', aliases: PROFILE_LOCATION_ALIASES, valueFromPipelineByPropertyName: true },
    scopeParameter(),
  ],
  create() {
    return {
      process(ctx) {
        // Sets the variable to $null (it does not remove it), as the AWS Tools do.
        setShellCredentials(ctx.session, null, scopeParam(ctx));
      },
    };
  },
};

const PROFILE_INFO_TYPE = `${NS}.ProfileInfo`;
const SHARED_CREDENTIALS_FILE = 'SharedCredentialsFile';

function profileInfoObject(profileName: string, profileLocation: string): PSObject {
  const o = new PSObject([PROFILE_INFO_TYPE, 'System.Object']);
  o.addNote('ProfileName', profileName, 'Property', 'System.String');
  o.addNote('StoreTypeName', SHARED_CREDENTIALS_FILE, 'Property', 'System.String');
  o.addNote('ProfileLocation', profileLocation, 'Property', 'System.String');
  o.sealed = true;
  return o;
}

const getAWSCredential: CommandDefinition = {
  name: 'Get-AWSCredential',
  aliases: ['Get-AWSCredentials'],
  module: MODULE,
  synopsis:
    'Returns an AWSCredentials object initialized with from either credentials currently set as default in the shell or saved and associated with the supplied name from the local credential store.',
  outputType: ['Amazon.Runtime.AWSCredentials', 'System.String', PROFILE_INFO_TYPE],
  defaultParameterSet: 'Shell',
  parameters: [
    { name: 'ProfileName', type: 'System.String', aliases: ['StoredCredentials'], position: 1, parameterSets: ['SingleProfile'], valueFromPipelineByPropertyName: true },
    {
      name: 'ProfileLocation',
      type: 'System.String',
      aliases: PROFILE_LOCATION_ALIASES,
      parameterSets: ['SingleProfile', 'ListName', 'ListDetail'],
      valueFromPipelineByPropertyName: true,
    },
    { name: 'ListProfile', type: 'switch', aliases: ['ListStoredCredentials', 'ListProfiles'], parameterSets: ['ListName'], valueFromPipelineByPropertyName: true },
    { name: 'ListProfileDetail', type: 'switch', parameterSets: ['ListDetail'], valueFromPipelineByPropertyName: true },
  ],
  create() {
    return {
      process(ctx) {
        const cls = 'GetCredentialCmdlet';
        if (ctx.params.ListProfile === true) {
          ctx.writeWarning('The ListProfile switch is deprecated and will be removed from a future release.  Please use ListProfileDetail instead.');
          const infos = withStoreErrors(cls, () => listProfiles(profileFiles(ctx)));
          return ctx.writeEnumerated(infos.map((i) => i.profileName));
        }
        if (ctx.params.ListProfileDetail === true) {
          const infos = withStoreErrors(cls, () => listProfiles(profileFiles(ctx)));
          return ctx.writeEnumerated(infos.map((i) => profileInfoObject(i.profileName, i.profileLocation)));
        }
        const name = stringParam(ctx, 'ProfileName');
        if (name === null) {
          const current = storedCredentials(ctx.session);
          return current ? ctx.write(current) : undefined;
        }
        // An unknown profile writes nothing, as in the AWS Tools; a broken file or profile is an error.
        const files = profileFiles(ctx);
        const credentials = withStoreErrors(cls, () => {
          try {
            return credentialsFromProfile(files, name);
          } catch (err) {
            if (err instanceof CredentialStoreError && err.reason === 'not-found') {
              ctx.writeVerbose(err.message);
              return null;
            }
            throw err;
          }
        });
        return credentials ? ctx.write(credentials) : undefined;
      },
    };
  },
};

export const credentialObjectCmdlets: CommandDefinition[] = [newAWSCredential, setAWSCredential, getAWSCredential, clearAWSCredential];
