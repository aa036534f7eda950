// Discovery cmdlets in-process, on the hand-built generated files of fixture.ts.

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { discoveryCmdlets } from '../../../cmdlets/discovery/index.js';
import { useFixture, useRealFiles } from './fixture.js';

function engine(): ReturnType<typeof createTestEngine> {
  const t = createTestEngine();
  if (t.engine.cmdlets.get('get-awscmdletname') === undefined) t.engine.registerCommands(discoveryCmdlets);
  return t;
}

beforeEach(() => useFixture());
afterAll(() => useRealFiles());

describe('Get-AWSCmdletName', () => {
  it('finds the cmdlet of an operation, positionally, in the table the user guide shows', async () => {
    const r = await engine().run('Get-AWSCmdletName DescribeInstances');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '',
        'CmdletName      ServiceOperation  ServiceName                        CmdletNounPrefix',
        '----------      ----------------  -----------                        ----------------',
        'Get-EC2Instance DescribeInstances Amazon Elastic Compute Cloud (EC2) EC2',
        '',
        '',
      ].join('\n'),
    );
  });

  it('restricts by noun prefix or any part of the service name, case-insensitively', async () => {
    const t = engine();
    for (const service of ['EC2', 'compute', '"Compute Cloud"']) {
      const r = await t.run(`(Get-AWSCmdletName -ApiOperation describeinstances -Service ${service}).CmdletName`);
      expect(r.stdout).toBe('Get-EC2Instance\n');
    }
    expect((await t.run('Get-AWSCmdletName -ApiOperation DescribeInstances -Service S3')).stdout).toBe('');
  });

  it('-MatchWithRegex matches part of the operation name; whole words otherwise', async () => {
    const t = engine();
    expect((await t.run('(Get-AWSCmdletName -ApiOperation SecurityGroup -MatchWithRegex).CmdletName')).stdout).toBe('Get-EC2SecurityGroup\nGrant-EC2SecurityGroupIngress\n');
    expect((await t.run('(Get-AWSCmdletName -ApiOperation SecurityGroup).CmdletName')).stdout).toBe('');
  });

  it('-AwsCliCommand maps a CLI command to the cmdlet of the same API', async () => {
    const r = await engine().run('Get-AWSCmdletName -AwsCliCommand "aws ec2 authorize-security-group-ingress" | Format-List');
    expect(r.stdout).toBe(
      [
        '',
        'CmdletName       : Grant-EC2SecurityGroupIngress',
        'ServiceOperation : AuthorizeSecurityGroupIngress',
        'ServiceName      : Amazon Elastic Compute Cloud (EC2)',
        'CmdletNounPrefix : EC2',
        '',
        '',
      ].join('\n'),
    );
    const bad = await engine().run('Get-AWSCmdletName -AwsCliCommand "aws"');
    expect(bad.stderr).toContain("Unable to extract service and/or operation name from command. Expected text format of 'aws [options] <command> <subcommand>'.");
  });

  it('covers the hand-written cmdlets registered in the engine', async () => {
    const r = await engine().run('(Get-AWSCmdletName -Service S3).CmdletName -join ","');
    expect(r.stdout).toBe(
      'Copy-S3Object,Get-S3Bucket,Get-S3MultipartUpload,Get-S3Object,Get-S3PreSignedURL,New-S3Bucket,Read-S3Object,Remove-S3Bucket,Remove-S3MultipartUpload,Remove-S3Object,Test-S3Bucket,Write-S3BucketWebsite,Write-S3Object\n',
    );
    expect((await engine().run('(Get-AWSCmdletName PutBucket).CmdletName')).stdout).toBe('New-S3Bucket\n');
  });
});

describe('Get-Command', () => {
  it('lists generated cmdlets by module without defining them', async () => {
    const t = engine();
    const r = await t.run('Get-Command -Module AWS.Tools.EC2');
    expect(r.stdout).toBe(
      [
        '',
        'CommandType     Name                                               Version    Source',
        '-----------     ----                                               -------    ------',
        'Cmdlet          Get-EC2ImageByName                                 4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          Get-EC2Instance                                    4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          Get-EC2InstanceMetadata                            4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          Get-EC2PasswordData                                4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          Get-EC2SecurityGroup                               4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          Grant-EC2SecurityGroupIngress                      4.1.0.0    AWS.Tools.EC2',
        '',
        '',
      ].join('\n'),
    );
    expect(t.engine.cmdlets.has('get-ec2instance')).toBe(false);
  });

  it('filters by -Noun, -Verb, wildcard names and -ParameterName', async () => {
    const t = engine();
    expect((await t.run('(Get-Command -Noun EC2Sec*).Name -join ","')).stdout).toBe('Get-EC2SecurityGroup,Grant-EC2SecurityGroupIngress\n');
    expect((await t.run('(Get-Command -Verb Grant).Name -join ","')).stdout).toBe('Grant-EC2SecurityGroupIngress\n');
    expect((await t.run('(Get-Command *-EC2Instance).Name')).stdout).toBe('Get-EC2Instance\n');
    expect((await t.run('(Get-Command -ParameterName WebsiteConfiguration_IndexDocumentSuffix).Name')).stdout).toBe('Write-S3BucketWebsite\n');
    expect((await t.run('(Get-Command -Module AWSPowerShell.NetCore -Noun S3BucketWebsite).Source')).stdout).toBe('AWS.Tools.S3\n');
  });

  it('gives a generated cmdlet its parameters and syntax from the spec', async () => {
    const t = engine();
    const r = await t.run('(Get-Command Get-EC2Instance).Parameters.Keys -join ","; Get-Command Get-EC2Instance -Syntax');
    expect(r.stdout).toBe(
      'InstanceId,Filter,NextToken,Select,PassThru,NoAutoIteration,Region,AccessKey,SecretKey,SessionToken,ProfileName,ProfileLocation,Credential,NetworkCredential,EndpointUrl,ClientConfig,' +
        'Verbose,Debug,ErrorAction,WarningAction,InformationAction,ProgressAction,ErrorVariable,WarningVariable,InformationVariable,OutVariable,OutBuffer,PipelineVariable\n' +
        'Get-EC2Instance [[-InstanceId] <Object[]>] [[-Filter] <Amazon.EC2.Model.Filter[]>] [-NextToken <String>] [-Select <String>] [-PassThru] [-NoAutoIteration] [-Region <Object>] [-AccessKey <String>] [-SecretKey <String>] [-SessionToken <String>] [-ProfileName <String>] [-ProfileLocation <String>] [-Credential <Amazon.Runtime.AWSCredentials>] [-NetworkCredential <PSCredential>] [-EndpointUrl <String>] [-ClientConfig <Object>] [<CommonParameters>]\n',
    );
  });

  it('Parameters is the ParameterMetadata of each parameter by name, for engine and AWS cmdlets alike', async () => {
    const t = engine();
    const r = await t.run(
      '$p = (Get-Command Get-Date).Parameters; $p.ContainsKey("Format"); $p["Format"].ParameterType; $p.Verbose.Aliases; $p.Verbose.SwitchParameter; ' +
        '$w = (Get-Command Remove-S3Bucket).Parameters; $w.ContainsKey("WhatIf"); $w.BucketName.Name; $w.ContainsKey("NoSuch")',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nSystem.String\nvb\nTrue\nTrue\nBucketName\nFalse\n');
  });

  it('-CommandType and the not-found error', async () => {
    const t = engine();
    expect((await t.run('(Get-Command -CommandType Cmdlet -Name Get-EC2Instance).CommandType')).stdout).toBe('Cmdlet\n');
    const r = await t.run('Get-Command Get-NoSuchThing');
    expect(r.stderr).toContain("The term 'Get-NoSuchThing' is not recognized as a name of a cmdlet, function, script file, or executable program.");
  });

  it('works before the generator has written its files: hand-written cmdlets only', async () => {
    useFixture(['index.json', 'ec2.json', 's3.json', 'help/ec2.json']);
    const t = engine();
    expect((await t.run('(Get-Command -Module AWS.Tools.S3).Name -join ","')).stdout).toBe(
      'Copy-S3Object,Get-S3Bucket,Get-S3MultipartUpload,Get-S3Object,Get-S3PreSignedURL,New-S3Bucket,Read-S3Object,Remove-S3Bucket,Remove-S3MultipartUpload,Remove-S3Object,Test-S3Bucket,Write-S3Object\n',
    );
    expect((await t.run('Get-AWSCmdletName DescribeInstances')).stdout).toBe('');
  });
});

describe('Get-Help', () => {
  it('shows NAME, SYNOPSIS, SYNTAX, DESCRIPTION and REMARKS by default', async () => {
    const r = await engine().run('Get-Help Get-EC2Instance');
    expect(r.stdout).toBe(
      [
        '',
        'NAME',
        '    Get-EC2Instance',
        '',
        'SYNOPSIS',
        '    Calls the Amazon Elastic Compute Cloud (EC2) DescribeInstances API operation.',
        '',
        'SYNTAX',
        '    Get-EC2Instance [[-InstanceId] <Object[]>] [[-Filter] <Amazon.EC2.Model.Filter[]>] [-NextToken <String>] [-Select',
        '    <String>] [-PassThru] [-NoAutoIteration] [-Region <Object>] [-AccessKey <String>] [-SecretKey <String>]',
        '    [-SessionToken <String>] [-ProfileName <String>] [-ProfileLocation <String>] [-Credential',
        '    <Amazon.Runtime.AWSCredentials>] [-NetworkCredential <PSCredential>] [-EndpointUrl <String>] [-ClientConfig',
        '    <Object>] [<CommonParameters>]',
        '',
        'DESCRIPTION',
        '    Describes the specified instances or all instances.',
        '',
        '    If you specify instance IDs, the output includes information for only the specified instances.',
        '',
        'REMARKS',
        '    For more information, type: "Get-Help Get-EC2Instance -Detailed".',
        '    For technical information, type: "Get-Help Get-EC2Instance -Full".',
        '',
        '',
      ].join('\n'),
    );
  });

  it('-Parameter shows the parameter with its documentation and attribute table', async () => {
    const r = await engine().run('Get-Help Get-EC2Instance -Parameter InstanceId');
    expect(r.stdout).toBe(
      [
        '',
        '    -InstanceId <System.Object[]>',
        '        The instance IDs.',
        '',
        '        Default: Describes all your instances.',
        '',
        '        Required?                    false',
        '        Position?                    0',
        '        Default value                None',
        '        Accept pipeline input?       True (ByValue, ByPropertyName)',
        '        Aliases                      InstanceIds',
        '        Accept wildcard characters?  false',
        '',
        '',
      ].join('\n'),
    );
    const missing = await engine().run('Get-Help Get-EC2Instance -Parameter Nope');
    expect(missing.stderr).toContain('No parameter matches criteria Nope.');
  });

  it('-Full adds every parameter, <CommonParameters> and OUTPUTS; -Detailed the parameter texts', async () => {
    const full = (await engine().run('Get-Help Get-EC2Instance -Full')).stdout;
    expect(full).toContain('PARAMETERS\n    -InstanceId <System.Object[]>\n        The instance IDs.\n');
    expect(full).toContain('    -PassThru <SwitchParameter>\n        Required?                    false\n');
    expect(full).toContain('    <CommonParameters>\n        This cmdlet supports the common parameters: Verbose, Debug,\n');
    expect(full).toContain(
      'OUTPUTS\n    Amazon.EC2.Model.Reservation or Amazon.EC2.Model.DescribeInstancesResponse\n    This cmdlet returns a collection of Amazon.EC2.Model.Reservation objects.\n',
    );
    const detailed = (await engine().run('Get-Help Get-EC2Instance -Detailed')).stdout;
    expect(detailed).toContain("    -Select <System.String>\n        Use the -Select parameter to control the cmdlet output. The default value is 'Reservations'.\n\n");
    expect(detailed).not.toContain('Required?');
    const examples = (await engine().run('Get-Help Get-EC2Instance -Examples')).stdout;
    expect(examples).toBe('\nNAME\n    Get-EC2Instance\n\nSYNOPSIS\n    Calls the Amazon Elastic Compute Cloud (EC2) DescribeInstances API operation.\n\n');
  });

  it('uses one syntax line per parameter set and marks mandatory parameters', async () => {
    const r = await engine().run('Get-Help Write-S3BucketWebsite');
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('SYNTAX Write-S3BucketWebsite [-BucketName] <String> [-WebsiteConfiguration_IndexDocumentSuffix <String>]');
    expect(text).toContain('[-Force] [-Region <Object>]');
    expect(text).toContain('[-WhatIf] [-Confirm] [<CommonParameters>]');
  });

  it('answers for a generated alias and for core cmdlets', async () => {
    expect((await engine().run('Get-Help Get-EC2Instances')).stdout).toContain('NAME\n    Get-EC2Instance\n');
    const core = (await engine().run('Get-Help Get-AWSCmdletName')).stdout.replace(/\s+/g, ' ');
    expect(core).toContain(' SYNTAX Get-AWSCmdletName [[-ApiOperation] <String>] [-CmdletName <String>] [-MatchWithRegex] [-Service <String>] [<CommonParameters>] Get-AWSCmdletName -AwsCliCommand <String> [<CommonParameters>] ');
  });
});

describe('services and versions', () => {
  it('Get-AWSService lists the services with their module and SDK version', async () => {
    const r = await engine().run('Get-AWSService EC2');
    expect(r.stdout).toBe(
      [
        '',
        'Service            : EC2',
        'CmdletNounPrefix   : EC2',
        'ModuleName         : AWS.Tools.EC2',
        'SDKAssemblyVersion : 3.1169.0',
        'ServiceName        : Amazon Elastic Compute Cloud (EC2)',
        '',
        '',
      ].join('\n'),
    );
    expect((await engine().run('(Get-AWSService).Service -join ","')).stdout).toBe('EC2,S3\n');
    expect((await engine().run('(Get-AWSService "Storage").ModuleName')).stdout).toBe('AWS.Tools.S3\n');
  });

  it('Get-AWSPowerShellVersion prints the banner, and the services with -ListServiceVersionInfo', async () => {
    const r = await engine().run('Get-AWSPowerShellVersion -ListServiceVersionInfo');
    expect(r.stdout).toContain('\nTools for PowerShell\nVersion 4.1.0.0\n');
    expect(r.stdout).toContain('Client Versions @aws-sdk/client-ec2 3.1169.0, @aws-sdk/client-s3 3.1175.0');
    expect(r.stdout).toContain(
      [
        'Service                            Noun Prefix Module Name   SDK Assembly Version',
        '-------                            ----------- -----------   --------------------',
        'Amazon Elastic Compute Cloud (EC2) EC2         AWS.Tools.EC2 3.1169.0',
        'Amazon Simple Storage Service (S3) S3          AWS.Tools.S3  3.1175.0',
      ].join('\n'),
    );
  });
});

describe('modules', () => {
  it('Import-Module accepts the real module names silently', async () => {
    const r = await engine().run('Import-Module AWS.Tools.EC2; Import-Module AWSPowerShell.NetCore, AWS.Tools.Common; ipmo "C:\\Program Files (x86)\\AWS Tools\\PowerShell\\AWSPowerShell\\AWSPowerShell.psd1"');
    expect(r).toEqual({ stdout: '', stderr: '', exitCode: 0, screen: '' });
  });

  it("an unknown module is pwsh's module-not-found error", async () => {
    const r = await engine().run('Import-Module AWS.Tools.IdentityManagement; $Error[0].FullyQualifiedErrorId');
    expect(r.stderr).toContain("The specified module 'AWS.Tools.IdentityManagement' was not loaded because no valid module file was found in any module directory.");
    expect(r.stdout).toBe('Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\n');
  });

  it('Get-Module lists the built-in modules in the module table', async () => {
    const r = await engine().run('Get-Module AWS.Tools.EC2, AWS.Tools.Installer');
    expect(r.stdout).toBe(
      [
        '',
        'ModuleType Version    PreRelease Name                                ExportedCommands',
        '---------- -------    ---------- ----                                ----------------',
        'Binary     4.1.0.0               AWS.Tools.EC2                       {Get-EC2ImageByName, Get-EC2Instance, Get-EC2Insta…',
        'Script     4.1.0.0               AWS.Tools.Installer                 {Install-AWSToolsModule, Uninstall-AWSToolsModule,…',
        '',
        '',
      ].join('\n'),
    );
    expect((await engine().run('(Get-Module -ListAvailable AWS.Tools.*).Name -join ","')).stdout).toBe('AWS.Tools.Common,AWS.Tools.EC2,AWS.Tools.Installer,AWS.Tools.S3\n');
  });

  it('Install-AWSToolsModule says the modules are built in; unknown modules are errors', async () => {
    const r = await engine().run('Install-AWSToolsModule AWS.Tools.EC2,S3 -CleanUp -Force');
    expect(r.stdout).toBe('AWS.Tools.EC2, AWS.Tools.S3: built into awsps; there is nothing to install.\n');
    const bad = await engine().run('Install-AWSToolsModule SSO -Force');
    expect(bad.stderr).toContain("The module 'AWS.Tools.SSO' is not available in awsps. Its built-in AWS modules are: AWS.Tools.Common, AWS.Tools.EC2, AWS.Tools.Installer, AWS.Tools.S3.");
  });

  it('Remove-Module accepts built-in modules and rejects unknown ones as pwsh does', async () => {
    expect((await engine().run('Remove-Module AWS.Tools.S3')).stderr).toBe('');
    expect((await engine().run('Remove-Module Nope')).stderr).toContain('No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.');
  });
});

describe('optional aliases', () => {
  it('dot-sourcing AWSAliases.ps1 defines the <Prefix>-<Operation> and original-verb aliases', async () => {
    const t = engine();
    expect((await t.run("(Get-Alias).Name -contains 'EC2-DescribeInstances'")).stdout).toBe('False\n');
    await t.run('. AWSAliases.ps1');
    expect((await t.run('(Get-Alias EC2-DescribeInstances).Definition; (Get-Alias Describe-EC2Instances).Definition')).stdout).toBe('Get-EC2Instance\nGet-EC2Instance\n');
  });
});
