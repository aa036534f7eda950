// AWS SDK ConstantClass values (Amazon.EC2.InstanceStateName, Amazon.S3.S3StorageClass) in the shell: an object
// with a Value property whose ToString() is the value, converting from strings (the declared spelling found
// ignoring case), equal to strings ignoring case, and shown/serialised as the .NET object is.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { ConstantValue } from '../../../src/objects/constant-value.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { kindToSdk, requestMemberToSdk, toSdkValue } from '../../../src/aws/model/index.js';
import { toDotNet } from '../../../src/aws/cmdlet/dotnet-shapes.js';
import { readGeneratedJson } from '../../../src/aws/generated/data-files.js';
import type { ShapeFile } from '../../../src/aws/model/shape-file.js';

async function ps(script: string): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(script);
}

const STATE = "$s = New-Object Amazon.EC2.Model.InstanceState; $s.Name = 'running'";

describe('a ConstantClass member', () => {
  it('keeps .Value and its type ($instance.State.Name.Value)', async () => {
    const r = await ps(`${STATE}; $s.Name.Value; $s.Name.GetType().FullName; $s.Name -is [Amazon.EC2.InstanceStateName]; $s.Name -is [Amazon.Runtime.ConstantClass]; $s.Name -is [string]`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('running\nAmazon.EC2.InstanceStateName\nTrue\nTrue\nFalse\n');
  });

  it('converts from a string as FindValue does: the declared spelling ignoring case, other text as given', async () => {
    const r = await ps(
      "$s = New-Object Amazon.EC2.Model.InstanceState; $s.Name = 'RUNNING'; $s.Name.Value; ([Amazon.EC2.InstanceStateName]'Stopped').Value; ([Amazon.EC2.InstanceStateName]'hibernating').Value; $null -eq [Amazon.EC2.InstanceStateName]$null",
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('running\nstopped\nhibernating\nTrue\n');
  });

  it('equals strings ignoring case on either side, and other constants of the same value', async () => {
    const r = await ps(
      [
        STATE,
        "$s.Name -eq 'running'",
        "$s.Name -eq 'RUNNING'",
        "'running' -eq $s.Name",
        "$s.Name -ne 'stopped'",
        "$s.Name -eq [Amazon.EC2.InstanceStateName]'running'",
        '$s.Name -eq 16',
        "$s.Name.Equals('Running')",
        "$s.Name.Equals([Amazon.EC2.InstanceStateName]'running')",
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\nTrue\nTrue\nTrue\nFalse\nTrue\nTrue\n');
  });

  it('works with -like, -match, -in, -contains, switch and string interpolation', async () => {
    const r = await ps(
      [
        STATE,
        "$s.Name -like 'run*'",
        "$s.Name -match '^r(u)n'",
        '$Matches[1]',
        "$s.Name -in 'stopped', 'running'",
        "@('pending', 'running') -contains $s.Name",
        "switch ($s.Name) { 'stopped' { 'is stopped' } 'running' { 'is running' } }",
        '"state: $($s.Name)"',
        '[string]$s.Name',
        '$s.Name.ToString()',
        "'state=' + $s.Name",
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\nu\nTrue\nTrue\nis running\nstate: running\nrunning\nrunning\nstate=running\n');
  });

  it('has no + of its own (only the implicit conversion to string, which + does not use)', async () => {
    const r = await ps(`${STATE}; $s.Name + '!'`);
    expect(r.stderr).toContain("Method invocation failed because [Amazon.EC2.InstanceStateName] does not contain a method named 'op_Addition'.");
  });

  it('sorts and groups by its value', async () => {
    const r = await ps(
      [
        "$names = 'stopped', 'running', 'pending', 'running' | ForEach-Object { [Amazon.EC2.InstanceStateName]$_ }",
        '($names | Sort-Object | ForEach-Object Value) -join ","',
        '($names | Sort-Object -Unique | ForEach-Object Value) -join ","',
        '$names | Group-Object | ForEach-Object { "$($_.Name)=$($_.Count)" }',
        "$objects = $names | ForEach-Object { $o = New-Object Amazon.EC2.Model.InstanceState; $o.Name = $_; $o }",
        '($objects | Sort-Object Name | ForEach-Object { $_.Name.Value }) -join ","',
        '($objects | Group-Object Name | ForEach-Object Name) -join ","',
        "@($objects | Where-Object Name -eq 'running').Count",
        "@($objects | Where-Object { $_.Name -eq 'RUNNING' }).Count",
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('pending,running,running,stopped\npending,running,stopped\npending=1\nrunning=2\nstopped=1\npending,running,running,stopped\npending,running,stopped\n2\n2\n');
  });

  it('is not IComparable: -gt fails as PowerShell does', async () => {
    const r = await ps(`${STATE}; $s.Name -gt 'a'`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cannot compare "running" because it is not IComparable.');
  });

  it('Value is read-only', async () => {
    const r = await ps(`${STATE}; $s.Name.Value = 'stopped'`);
    expect(r.stderr).toContain("'Value' is a ReadOnly property.");
  });

  it('does not convert to a number', async () => {
    const r = await ps(`${STATE}; [int]$s.Name`);
    expect(r.stderr).toContain('Cannot convert the "running" value of type "Amazon.EC2.InstanceStateName" to type "System.Int32".');
  });
});

describe('display, Get-Member and ConvertTo-Json', () => {
  it('prints alone as a table of its Value, and as its value inside an object', async () => {
    const r = await ps(`${STATE}; $s.Code = 16; $s.Name; $s | Format-List; $s | Format-Table -AutoSize`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('\nValue\n-----\nrunning\n\n\nCode : 16\nName : running\n\n\nCode Name\n---- ----\n  16 running\n\n');
  });

  it('Get-Member shows the ConstantClass members', async () => {
    const r = await ps(`${STATE}; $s.Name | Get-Member | Out-String -Width 200`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '',
        '   TypeName: Amazon.EC2.InstanceStateName',
        '',
        'Name        MemberType Definition',
        '----        ---------- ----------',
        'Equals      Method     bool Equals(System.Object obj), bool Equals(Amazon.Runtime.ConstantClass obj)',
        'GetHashCode Method     int GetHashCode()',
        'GetType     Method     type GetType()',
        'ToString    Method     string ToString(), string ToString(System.IFormatProvider provider)',
        'Value       Property   string Value {get;}',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('ConvertTo-Json writes the object: {"Value":"running"}', async () => {
    const r = await ps(`${STATE}; $s.Code = 16; $s.Name | ConvertTo-Json -Compress; $s | ConvertTo-Json -Compress; $s | ConvertTo-Json -Depth 0 -Compress 3>$null`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{"Value":"running"}\n{"Code":16,"Name":{"Value":"running"}}\n{"Code":16,"Name":"running"}\n');
  });
});

describe('the model layer', () => {
  it('responses hold ConstantValues for enum: and constant: members', () => {
    const r = toDotNet({ Reservations: [{ Instances: [{ InstanceId: 'i-1', InstanceType: 't2.micro', State: { Name: 'running', Code: 16 } }] }] }, 'Amazon.EC2.Model.DescribeInstancesResponse') as PSObject;
    const instance = ((r.get('Reservations') as PSObject[])[0]!.get('Instances') as PSObject[])[0]!;
    expect(instance.get('InstanceType')).toEqual(new ConstantValue('Amazon.EC2.InstanceType', 't2.micro'));
    expect((instance.get('State') as PSObject).get('Name')).toEqual(new ConstantValue('Amazon.EC2.InstanceStateName', 'running'));
    expect(instance.getProperty('InstanceType')?.typeName).toBe('Amazon.EC2.InstanceType');
    const location = toDotNet({ LocationConstraint: 'eu-west-1' }, 'Amazon.S3.Model.GetBucketLocationResponse') as PSObject;
    expect(location.get('Location')).toEqual(new ConstantValue('Amazon.S3.S3Region', 'eu-west-1'));
  });

  it('lists of constants are List<string> in the generated models, List<ConstantClass> in S3', () => {
    const info = toDotNet({ InstanceType: 't3.micro', SupportedRootDeviceTypes: ['ebs'] }, 'Amazon.EC2.Model.InstanceTypeInfo') as PSObject;
    expect(info.get('SupportedRootDeviceTypes')).toEqual(['ebs']);
    expect(info.getProperty('SupportedRootDeviceTypes')?.typeName).toBe('System.Collections.Generic.List`1[[System.String]]');
    const s3 = readGeneratedJson<ShapeFile>('shapes/s3.json');
    expect(kindToSdk([new ConstantValue('Amazon.S3.ObjectAttributes', 'ETag')], 'list:enum:ObjectAttributes', s3)).toEqual(['ETag']);
    const request = toDotNet({ ObjectAttributes: ['ETag'] }, 'Amazon.S3.Model.GetObjectAttributesRequest') as PSObject;
    expect(request.get('ObjectAttributes')).toEqual([new ConstantValue('Amazon.S3.ObjectAttributes', 'ETag')]);
  });

  it('requests send the string: ConstantValues, strings and ConstantClass-like objects', () => {
    const state = new PSHashtable();
    state.set('Name', new ConstantValue('Amazon.EC2.InstanceStateName', 'running'));
    state.set('Code', 16);
    expect(toSdkValue(state, 'Amazon.EC2.Model.InstanceState')).toEqual({ Name: 'running', Code: 16 });
    expect(requestMemberToSdk('Amazon.EC2.Model.RunInstancesRequest', 'InstanceType', new ConstantValue('Amazon.EC2.InstanceType', 't2.micro'))).toEqual({
      sdkPath: 'InstanceType',
      value: 't2.micro',
    });
    const ec2 = readGeneratedJson<ShapeFile>('shapes/ec2.json');
    expect(kindToSdk('t2.micro', 'enum:_InstanceType', ec2)).toBe('t2.micro');
    expect(kindToSdk(PSObject.fromRecord({ Value: 'us-west-2' }), 'constant:S3Region', ec2)).toBe('us-west-2');
  });

  it('names the .NET class, not the JS SDK export (_InstanceType is Amazon.EC2.InstanceType)', async () => {
    const r = await ps("$i = New-Object Amazon.EC2.Model.Instance; $i.InstanceType = 'T2.Micro'; $i.InstanceType.GetType().FullName; $i.InstanceType.Value; [Amazon.EC2.InstanceType].FullName");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.EC2.InstanceType\nt2.micro\nAmazon.EC2.InstanceType\n');
  });

  it('a hashtable cast to a model type converts its constants', async () => {
    const r = await ps("$s = [Amazon.EC2.Model.InstanceState]@{ Name = 'Stopped'; Code = 80 }; $s.Name.GetType().FullName; $s.Name.Value");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.EC2.InstanceStateName\nstopped\n');
  });
});
