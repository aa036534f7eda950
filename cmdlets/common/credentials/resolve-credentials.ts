// TryGetCredentials of AWSCredentialsArgumentsFullCmdlet: the credentials the bound parameter set describes.

import type { CommandContext } from '../../../src/pipeline/types.js';
import {
  credentialsFromProfile,
  isCredentialsObject,
  newAssumeRoleCredentials,
  newKeyCredentials,
  profileFilesFor,
  type AWSCredentialsObject,
  type CredentialsSource,
  type ProfileFiles,
} from '../../../src/aws/credential-store/index.js';
import { argumentError } from './errors.js';
import { ASSUME_ROLE, BASIC_OR_SESSION, CREDENTIALS_OBJECT, STORED_PROFILE, stringParam } from './parameters.js';

export interface ResolvedCredentials {
  credentials: AWSCredentialsObject;
  /** Profile name for StoredProfile, else null. */
  name: string | null;
  source: CredentialsSource;
  /** For the verbose "Credentials loaded from ..." message (never a key). */
  description: string;
}

export function profileFiles(ctx: CommandContext): ProfileFiles {
  return profileFilesFor(stringParam(ctx, 'ProfileLocation'), ctx.session.cwd);
}

/** The credentials of the chosen parameter set, or null when no credential set was bound. Throws store errors. */
export function resolveCredentials(ctx: CommandContext, cmdletClass: string): ResolvedCredentials | null {
  switch (ctx.parameterSetName) {
    case BASIC_OR_SESSION: {
      const accessKey = stringParam(ctx, 'AccessKey');
      const secretKey = stringParam(ctx, 'SecretKey');
      if (!accessKey || !secretKey) throw argumentError('Cannot determine credentials from supplied parameters', cmdletClass);
      return {
        credentials: newKeyCredentials(accessKey, secretKey, stringParam(ctx, 'SessionToken')),
        name: null,
        source: 'Strings',
        description: 'the supplied key parameters',
      };
    }
    case STORED_PROFILE: {
      const name = stringParam(ctx, 'ProfileName');
      if (!name) throw argumentError('Cannot determine credentials from supplied parameters', cmdletClass);
      return { credentials: credentialsFromProfile(profileFiles(ctx), name), name, source: 'Profile', description: `stored profile named '${name}'` };
    }
    case ASSUME_ROLE: {
      const sourceProfile = stringParam(ctx, 'SourceProfile');
      const roleArn = stringParam(ctx, 'RoleArn');
      if (!sourceProfile || !roleArn) throw argumentError('Cannot determine credentials from supplied parameters', cmdletClass);
      const source = credentialsFromProfile(profileFiles(ctx), sourceProfile);
      const credentials = newAssumeRoleCredentials(source, {
        roleArn,
        roleSessionName: stringParam(ctx, 'RoleSessionName'),
        externalId: stringParam(ctx, 'ExternalID'),
        mfaSerial: stringParam(ctx, 'MfaSerial'),
      });
      return { credentials, name: null, source: 'Strings', description: `role '${roleArn}' with source profile '${sourceProfile}'` };
    }
    case CREDENTIALS_OBJECT: {
      const value = ctx.params.Credential;
      if (!isCredentialsObject(value)) {
        throw argumentError('The -Credential value is not an AWSCredentials object (use New-AWSCredential or Get-AWSCredential to make one).', cmdletClass);
      }
      return { credentials: value, name: null, source: 'Unknown', description: 'the supplied AWSCredentials object' };
    }
    default:
      return null;
  }
}
