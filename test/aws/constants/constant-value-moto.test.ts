// ConstantClass values from real service responses (moto), and back into requests: the guide's idioms
// ($instance.State.Name.Value, -eq 'running', Where-Object on it) and a ConstantValue bound to a generated
// parameter declared with a ConstantClass type (bound as its string).

import { describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';

const session = useMotoSession();

async function ps(lines: readonly string[]): Promise<{ stderr: string; lines: string[] }> {
  const { run } = session.newEngine();
  const r = await run(lines.join('\n'));
  return { stderr: r.stderr, lines: r.stdout.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '') };
}

describe('ConstantClass values against moto', () => {
  it('EC2: State.Name and InstanceType are ConstantClass values; they filter, compare and bind back', async () => {
    const r = await ps([
      '$image = (Get-EC2Image -Owner amazon | Select-Object -First 1).ImageId',
      '$first = (New-EC2Instance -ImageId $image -InstanceType t2.micro).Instances[0]',
      '$i = (Get-EC2Instance -InstanceId $first.InstanceId).Instances[0]',
      '$i.State.Name.Value',
      '$i.State.Name.GetType().FullName',
      "$i.State.Name -eq 'running'",
      '$i.InstanceType.GetType().FullName',
      // A ConstantValue argument to -InstanceType (declared Amazon.EC2.InstanceType) binds as its string.
      '$second = (New-EC2Instance -ImageId $image -InstanceType $i.InstanceType).Instances[0]',
      '$second.InstanceType.Value',
      "@((Get-EC2Instance).Instances | Where-Object { $_.State.Name -eq 'running' -and $_.InstanceType -eq 'T2.MICRO' }).Count",
      "@((Get-EC2Instance).Instances | Where-Object InstanceType -eq 't2.micro').Count",
      '"$($i.InstanceId) is $($i.State.Name)" -eq "$($first.InstanceId) is running"',
      '$i.State | ConvertTo-Json -Compress',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual([
      'running',
      'Amazon.EC2.InstanceStateName',
      'True',
      'Amazon.EC2.InstanceType',
      't2.micro',
      '2',
      '2',
      'True',
      '{"Code":16,"Name":{"Value":"running"}}',
    ]);
  });

  it('S3: StorageClass of a listed object, and Get-S3BucketLocation as the guide shows it', async () => {
    session.awsCli(['s3api', 'create-bucket', '--bucket', 'const-b1']);
    session.awsCli(['s3api', 'put-object', '--bucket', 'const-b1', '--key', 'a.txt']);
    const r = await ps([
      '$o = Get-S3Object -BucketName const-b1',
      '$o.StorageClass.GetType().FullName',
      "$o.StorageClass -eq 'standard'",
      '$o.StorageClass.Value',
      'Get-S3BucketLocation -BucketName const-b1',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['Amazon.S3.S3StorageClass', 'True', 'STANDARD', 'Value', '-----']);
  });
});
