// The parameters every service cmdlet inherits (AWSCommonArgumentsCmdlet and ServiceCmdlet in AWS Tools),
// and the switches the generator adds per cmdlet (-Select, -PassThru, -NoAutoIteration, -Force).

import type { ParameterDef } from '../../pipeline/types.js';
import { registerKnownType } from '../../engine/type-resolution.js';

export const AWS_CREDENTIALS_TYPE = 'Amazon.Runtime.AWSCredentials';
// So -Credential binds a credentials object (its type names include this base type).
registerKnownType(AWS_CREDENTIALS_TYPE);

const byName = { valueFromPipelineByPropertyName: true } as const;

export function commonServiceParameters(): ParameterDef[] {
  return [
    { name: 'Region', type: 'System.Object', aliases: ['RegionToCall'], ...byName },
    { name: 'AccessKey', type: 'System.String', aliases: ['AK'], ...byName },
    { name: 'SecretKey', type: 'System.String', aliases: ['SK', 'SecretAccessKey'], ...byName },
    { name: 'SessionToken', type: 'System.String', aliases: ['ST'], ...byName },
    { name: 'ProfileName', type: 'System.String', aliases: ['StoredCredentials', 'AWSProfileName'], ...byName },
    { name: 'ProfileLocation', type: 'System.String', aliases: ['AWSProfilesLocation', 'ProfilesLocation'], ...byName },
    { name: 'Credential', type: AWS_CREDENTIALS_TYPE, ...byName },
    { name: 'NetworkCredential', type: 'System.Management.Automation.PSCredential', ...byName },
    { name: 'EndpointUrl', type: 'System.String', ...byName },
    { name: 'ClientConfig', type: 'System.Object', ...byName },
  ];
}

/** Inherited parameters awsps cannot honour yet: binding one fails loudly instead of being ignored. */
export const UNSUPPORTED_COMMON_PARAMETERS: Readonly<Record<string, string>> = {
  NetworkCredential: 'SAML federation with -NetworkCredential',
};
