// Get-EC2PasswordData (AWS.Tools.EC2, hand-written in AWS Tools): GetPasswordData for a Windows instance. Without
// -Decrypt/-PemFile it writes the encrypted PasswordData (base64); with -PemFile it decrypts it with the key
// pair's private key and writes the password. No password yet (or not a Windows instance): a warning, no output.
// The response goes to $AWSHistory with PasswordData redacted like every other secret.

import * as fs from 'node:fs';
import type { CommandContext, CommandDefinition } from '../../src/pipeline/types.js';
import { defineServiceCmdlet, type ServiceCmdletSpec } from '../../src/aws/cmdlet/index.js';
import { getMember } from '../../src/engine/members.js';
import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import { decryptWindowsPassword, PasswordDecryptionError } from './ec2-password-decrypt.js';

const CLASS = 'Amazon.PowerShell.Cmdlets.EC2.GetEC2PasswordDataCmdlet';
const AUTO = 'AutoInspectForPemFile';
const MANUAL = 'ManuallySupplyPemFile';
const byName = { valueFromPipelineByPropertyName: true } as const;

/** AWS Tools' text when the service has no password (yet) for the instance. */
export function passwordNotAvailableText(instanceId: string): string {
  return `Password data is not yet available for instance ${instanceId}.\n\nPassword generation and encryption can sometimes take more than 30 minutes. Please wait at least 5 minutes after launching an instance before trying to retrieve the generated password.`;
}

/** The cmdlet's decryption failures: ThrowTerminatingError(new ErrorRecord(e, "InvalidOperationException", InvalidOperation, this)). */
function decryptionError(message: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.InvalidOperationException',
      id: `InvalidOperationException,${CLASS}`,
      category: 'InvalidOperation',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

function readPemFile(file: string): string {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw decryptionError('Specified .pem file does not exist');
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw decryptionError(e instanceof Error ? e.message : String(e));
  }
}

function decryptWithPemFile(passwordData: string, file: string): string {
  const pem = readPemFile(file);
  try {
    return decryptWindowsPassword(passwordData, pem);
  } catch (e) {
    if (e instanceof PasswordDecryptionError) throw decryptionError(e.message);
    throw e;
  }
}

function pemFilePath(ctx: CommandContext): string | undefined {
  const v = ctx.params.PemFile;
  return typeof v === 'string' && v.trim() !== '' ? ctx.session.resolvePath(v.trim()) : undefined;
}

/** The pipeline output for one response: the encrypted data, the decrypted password, or nothing (with a warning). */
function passwordOutput(response: unknown, ctx: CommandContext): unknown {
  const data = response === null || response === undefined ? null : getMember(response, 'PasswordData');
  if (typeof data !== 'string' || data.trim() === '') {
    const id = ctx.params.InstanceId;
    ctx.writeWarning(passwordNotAvailableText(typeof id === 'string' ? id : ''));
    return null;
  }
  const pemFile = pemFilePath(ctx);
  if (pemFile !== undefined) return decryptWithPemFile(data, pemFile);
  if (ctx.params.Decrypt === true) {
    // AWS Tools finds the key in the AWS Toolkit for Visual Studio's key store, which exists only on Windows
    // PowerShell; everywhere else the key has to be named.
    throw decryptionError(
      'Decrypting without -PemFile needs the AWS Toolkit for Visual Studio key store (Windows PowerShell only), which awsps cannot read. Give the key pair\'s private key file with -PemFile.',
    );
  }
  return data;
}

function spec(output: (response: unknown) => unknown): ServiceCmdletSpec {
  return {
    name: 'Get-EC2PasswordData',
    module: 'AWS.Tools.EC2',
    service: 'ec2',
    className: CLASS,
    operation: 'GetPasswordData',
    sdkCommand: 'GetPasswordDataCommand',
    synopsis: 'Calls the Amazon Elastic Compute Cloud GetPasswordData API operation.',
    defaultParameterSet: AUTO,
    parameters: [
      { name: 'InstanceId', type: 'System.String', position: 0, mandatory: true, parameterSets: [AUTO, MANUAL], requestMember: 'InstanceId', ...byName },
      { name: 'Decrypt', type: 'switch', parameterSets: [AUTO, MANUAL], ...byName },
      { name: 'PemFile', type: 'System.String', mandatory: true, parameterSets: [MANUAL], ...byName },
    ],
    select: 'PasswordData',
    responseType: 'Amazon.EC2.Model.GetPasswordDataResponse',
    outputType: ['PasswordData', 'System.String'],
    output,
  };
}

/** The definition Get-Command and the binder see; -Select is not a parameter of this hand-written cmdlet. */
const shape: CommandDefinition = defineServiceCmdlet(spec(() => null));

export const getEC2PasswordData: CommandDefinition = {
  ...shape,
  parameters: shape.parameters.filter((p) => p.name !== 'Select'),
  create() {
    // The output hook needs the invocation's context (warnings, the current location), so each pipeline
    // position gets its own service cmdlet bound to the context of the call in progress.
    let current: CommandContext | undefined;
    const service = defineServiceCmdlet(spec((response) => (current ? passwordOutput(response, current) : null))).create();
    return {
      process(ctx, input, hasInput) {
        current = ctx;
        return service.process?.(ctx, input, hasInput);
      },
    };
  },
};
