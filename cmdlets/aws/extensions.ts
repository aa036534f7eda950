// The effect of the parameters the real tool's hand-written extensions add to generated cmdlets
// (reference: services/<svc>.json extensionParameters). Registered at start-up as plain functions; the
// generated cmdlets they belong to are defined on first use.

import * as fs from 'node:fs';
import { registerCmdletExtension } from '../../src/aws/generated/extensions.js';
import type { ServiceInvocation } from '../../src/aws/cmdlet/index.js';
import { getMember } from '../../src/engine/members.js';
import { modelRequestValue } from '../../src/aws/generated/request-values.js';

/** -Key on the S3 listing cmdlets: lists with the key as the prefix and writes only the object of exactly that key. */
function singleObjectPrefix(request: Record<string, unknown>, invocation: ServiceInvocation): void {
  const key = invocation.params.Key;
  if (invocation.isBound('Key') && typeof key === 'string') request.Prefix = key;
}

function singleObjectOutput(response: unknown, invocation: ServiceInvocation): unknown {
  const objects = response === null || response === undefined ? null : getMember(response, 'S3Objects');
  if (!invocation.isBound('Key') || !Array.isArray(objects)) return objects;
  const key = invocation.params.Key;
  return objects.filter((o) => getMember(o, 'Key') === key);
}

registerCmdletExtension('Get-S3ObjectV2', { parameters: ['Key'], prepareRequest: singleObjectPrefix, output: singleObjectOutput });

// Set-S3ACL -PublicReadOnly / -PublicReadWrite: the canned ACLs under their old switch names.
registerCmdletExtension('Set-S3ACL', {
  parameters: ['PublicReadOnly', 'PublicReadWrite'],
  prepareRequest(request, invocation) {
    if (invocation.params.PublicReadWrite === true) request.ACL = 'public-read-write';
    else if (invocation.params.PublicReadOnly === true) request.ACL = 'public-read';
  },
});

/**
 * New-EC2Instance: -UserDataFile reads the user data from a file, -EncodeUserData base64-encodes it (the API takes
 * base64), and -AssociatePublicIp moves the subnet and security groups into a primary network interface that
 * asks for a public address, as the API requires for that setting.
 */
registerCmdletExtension('New-EC2Instance', {
  parameters: ['AssociatePublicIp', 'UserDataFile', 'EncodeUserData'],
  prepareRequest(request, invocation) {
    const file = invocation.params.UserDataFile;
    if (invocation.isBound('UserDataFile') && typeof file === 'string') request.UserData = fs.readFileSync(file, 'utf8');
    if (invocation.params.EncodeUserData === true && typeof request.UserData === 'string') {
      request.UserData = Buffer.from(request.UserData, 'utf8').toString('base64');
    }
    const associate = invocation.params.AssociatePublicIp;
    if (invocation.isBound('AssociatePublicIp') && typeof associate === 'boolean') {
      const networkInterface: Record<string, unknown> = { DeviceIndex: 0, AssociatePublicIpAddress: associate };
      if (request.SubnetId !== undefined) networkInterface.SubnetId = request.SubnetId;
      if (request.SecurityGroupIds !== undefined) networkInterface.Groups = request.SecurityGroupIds;
      if (request.PrivateIpAddress !== undefined) networkInterface.PrivateIpAddress = request.PrivateIpAddress;
      delete request.SubnetId;
      delete request.SecurityGroupIds;
      delete request.PrivateIpAddress;
      request.NetworkInterfaces = [networkInterface, ...((request.NetworkInterfaces as unknown[] | undefined) ?? [])];
    }
  },
});

// Stop-EC2Instance -ForceStop: the API's Force member (-Force only skips the confirmation).
registerCmdletExtension('Stop-EC2Instance', {
  parameters: ['ForceStop'],
  prepareRequest(request, invocation) {
    if (invocation.params.ForceStop === true) request.Force = true;
  },
});

// New-EC2LaunchTemplate(Version) -SourceTemplateData: a launch template's data (from Get-EC2LaunchTemplateData) as the new data.
for (const name of ['New-EC2LaunchTemplate', 'New-EC2LaunchTemplateVersion']) {
  registerCmdletExtension(name, {
    parameters: ['SourceTemplateData'],
    prepareRequest(request, invocation) {
      if (!invocation.isBound('SourceTemplateData') || request.LaunchTemplateData !== undefined) return;
      request.LaunchTemplateData = modelRequestValue(invocation.params.SourceTemplateData, 'Amazon.EC2.Model.RequestLaunchTemplateData');
    },
  });
}
