// Discovery on the generator's committed output (cmdlets/generated/), in-process and through the real CLI.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { run } from '../../helpers/cli.js';
import { discoveryCmdlets } from '../../../cmdlets/discovery/index.js';
import { ROOT } from '../../support/bundle.js';
import type { GeneratedIndex } from '../../../src/aws/generated/catalog-types.js';

const indexFile = path.join(ROOT, 'cmdlets', 'generated', 'index.json');
const index = fs.existsSync(indexFile) ? (JSON.parse(fs.readFileSync(indexFile, 'utf8')) as GeneratedIndex) : undefined;
const hasHelp = fs.existsSync(path.join(ROOT, 'cmdlets', 'generated', 'help', 'sqs.json'));

function engine(): ReturnType<typeof createTestEngine> {
  const t = createTestEngine();
  if (!t.engine.cmdlets.has('get-awscmdletname')) t.engine.registerCommands(discoveryCmdlets);
  return t;
}

describe.skipIf(index === undefined)('on the generated files', () => {
  it('Get-AWSCmdletName finds the user guide examples', async () => {
    const t = engine();
    expect((await t.run('(Get-AWSCmdletName DescribeInstances).CmdletName')).stdout).toBe('Get-EC2Instance\n');
    expect((await t.run('(Get-AWSCmdletName -AwsCliCommand "aws ec2 authorize-security-group-ingress").CmdletName')).stdout).toBe('Grant-EC2SecurityGroupIngress\n');
    expect((await t.run('(Get-AWSCmdletName -ApiOperation DescribeInstances -Service "Compute Cloud").ServiceName')).stdout).toBe('Amazon Elastic Compute Cloud (EC2)\n');
  });

  it('Get-Command -Module lists every generated cmdlet of the service', async () => {
    const r = await engine().run('(Get-Command -Module AWS.Tools.SQS).Count');
    expect(r.stdout).toBe(`${index?.services.sqs.cmdletCount}\n`);
  });

  it.skipIf(!hasHelp)('Get-Help shows the SDK documentation of a generated cmdlet', async () => {
    const r = await engine().run('Get-Help Send-SQSMessage -Parameter QueueUrl');
    expect(r.stdout).toContain('    -QueueUrl <System.String>\n        The URL of the Amazon SQS queue to which a message is sent.\n\n        Queue URLs and names are case-sensitive.\n');
  });

  it('the CLI lists generated cmdlets with Get-Command and shows their help', () => {
    const r = run('Get-Command Get-EC2Instance | Format-Table -HideTableHeaders CommandType, Name, Version, Source');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^Cmdlet\s+Get-EC2Instance\s+4\.1\.0\.0\s+AWS\.Tools\.EC2$/);
    const help = run('Get-Help Get-EC2Instance');
    expect(help.stdout).toContain('NAME\n    Get-EC2Instance\n');
    if (hasHelp) expect(help.stdout).toContain('SYNOPSIS\n    Calls the Amazon Elastic Compute Cloud (EC2) DescribeInstances API operation.\n');
  });
});
