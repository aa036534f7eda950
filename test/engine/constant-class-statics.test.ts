// [Amazon.EC2.InstanceStateName]::Running and the other static fields of the SDK's ConstantClass types, named
// as the AWS SDK for .NET names them ('t2.micro' is InstanceType.T2Micro; S3's hand-written classes have their
// own names: S3StorageClass.StandardInfrequentAccess), plus ConstantClass.FindValue and the constructor.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';
import { constantFieldName } from '../../src/engine/values/constant-class-statics.js';

async function ps(lines: string[]): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(lines.join('\n'));
}

describe('ConstantClass static fields', () => {
  it('names fields as the .NET SDK generator does', () => {
    expect(constantFieldName('running')).toBe('Running');
    expect(constantFieldName('shutting-down')).toBe('ShuttingDown');
    expect(constantFieldName('t2.micro')).toBe('T2Micro');
    expect(constantFieldName('x86_64_mac')).toBe('X86_64_mac');
    expect(constantFieldName('ACCEPT')).toBe('ACCEPT');
    expect(constantFieldName('Bytes/Second')).toBe('BytesSecond');
    expect(constantFieldName('Linux/UNIX (Amazon VPC)')).toBe('LinuxUNIXAmazonVPC');
  });

  it('returns the constant of a generated class', async () => {
    const r = await ps([
      '$r = [Amazon.EC2.InstanceStateName]::Running',
      '$r.Value; $r.GetType().FullName; $r -is [Amazon.Runtime.ConstantClass]',
      '[Amazon.EC2.InstanceStateName]::shuttingdown.Value',
      '[Amazon.EC2.InstanceType]::T2Micro.Value',
      '[Amazon.EC2.ArchitectureValues]::X86_64.Value',
      '[Amazon.CloudWatch.StandardUnit]::BytesSecond.Value',
      "[Amazon.EC2.InstanceStateName]::Running -eq 'RUNNING'",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('running\nAmazon.EC2.InstanceStateName\nTrue\nshutting-down\nt2.micro\nx86_64\nBytes/Second\nTrue\n');
  });

  it("uses the names of S3's hand-written classes", async () => {
    const r = await ps([
      '[Amazon.S3.S3StorageClass]::StandardInfrequentAccess.Value',
      '[Amazon.S3.S3StorageClass]::GlacierInstantRetrieval.Value',
      '[Amazon.S3.ServerSideEncryptionMethod]::AWSKMS.Value',
      '[Amazon.S3.S3Permission]::FULL_CONTROL.Value',
      '[Amazon.S3.VersionStatus]::Suspended.Value',
      '[Amazon.S3.S3Region]::EUW1.Value',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('STANDARD_IA\nGLACIER_IR\naws:kms\nFULL_CONTROL\nSuspended\neu-west-1\n');
  });

  it('has FindValue (the declared constant ignoring case, else a new one) and a constructor', async () => {
    const r = await ps([
      "[Amazon.EC2.InstanceStateName]::FindValue('RUNNING').Value",
      "[Amazon.EC2.InstanceStateName]::FindValue('rebooting').Value",
      '$null -eq [Amazon.EC2.InstanceStateName]::FindValue($null)',
      "$n = [Amazon.EC2.InstanceStateName]::new('RUNNING'); $n.Value; $n.GetType().FullName",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('running\nrebooting\nTrue\nRUNNING\nAmazon.EC2.InstanceStateName\n');
  });

  it('gives $null for a field the class does not have, like any unknown static property', async () => {
    const r = await ps(['$null -eq [Amazon.EC2.InstanceStateName]::Nope', '$null -eq [int]::Nope']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\n');
  });
});
