// $AWSHistory in a real engine: a stand-in AWS cmdlet (this file's, not the SDK) records through
// historyFor(ctx.session), and the history cmdlets configure the buffer.

import { beforeEach, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { historyCmdlets } from '../../../cmdlets/common/history/index.js';
import { awsHistoryState, historyFor } from '../../../src/aws/history/session-history.js';
import { PSObject } from '../../../src/objects/psobject.js';
import type { CommandDefinition } from '../../../src/pipeline/types.js';

const WARNING = "WARNING: AWSHistory is deprecated and will be removed in the next major release. Instead, use '-Select *' when it is necessary to return the entire service response as cmdlet output.\n";

/** Pages through -Pages fake ListObjects responses, recording each like a service cmdlet does. */
const fakeListCmdlet: CommandDefinition = {
  name: 'Get-FakeS3Object',
  parameters: [
    { name: 'Pages', type: 'System.Int32' },
    { name: 'Secret', type: 'System.String' },
  ],
  create() {
    return {
      process(ctx) {
        const history = historyFor(ctx.session);
        const rec = history.beginCmdlet('Get-FakeS3Object');
        const pages = typeof ctx.params.Pages === 'number' ? ctx.params.Pages : 1;
        for (let i = 1; i <= pages; i++) {
          rec.recordRequest(PSObject.fromRecord({ BucketName: 'b', Marker: i === 1 ? null : `key${i - 1}` }), 'Get-FakeS3Object');
          const last = i === pages;
          rec.recordResponse(
            PSObject.fromRecord(
              { IsTruncated: !last, NextMarker: last ? null : `key${i}`, SessionToken: ctx.params.Secret ?? null },
              ['Amazon.S3.Model.ListObjectsResponse', 'System.Object'],
            ),
          );
          ctx.write(`key${i}`);
          rec.addEmitted(1);
        }
        history.endCmdlet(rec);
      },
    };
  },
};

function engine(): ReturnType<typeof createTestEngine> {
  const t = createTestEngine();
  t.engine.registerCommands([...historyCmdlets, fakeListCmdlet]);
  return t;
}

beforeEach(() => {
  awsHistoryState().reset();
});

describe('$AWSHistory', () => {
  it('is $null until an AWS cmdlet runs', async () => {
    const t = engine();
    expect((await t.run('$null -eq $AWSHistory')).stdout).toBe('True\n');
    const r = await t.run('Set-AWSHistoryConfiguration -MaxCmdletHistory 3 3>$null; $null -eq $AWSHistory');
    expect(r.stdout).toBe('True\n');
  });

  it('exposes the last service response for manual paging', async () => {
    const t = engine();
    const r = await t.run(
      '$null = Get-FakeS3Object -Pages 2; $AWSHistory.LastServiceResponse -ne $null -and $AWSHistory.LastServiceResponse.IsTruncated; $AWSHistory.LastServiceResponse.NextMarker; $AWSHistory.LastCommand.EmittedObjectsCount; $AWSHistory.LastCommand.CmdletName',
    );
    expect(r.stderr).toBe('');
    // The last page of two is not truncated and its NextMarker is $null (which writes nothing).
    expect(r.stdout).toBe('False\n2\nGet-FakeS3Object\n');
    const r2 = await t.run('$AWSHistory.LastCommand.Responses.History[0].NextMarker; $AWSHistory.Commands.Count; "$AWSHistory"');
    expect(r2.stdout).toBe('key1\n1\n1 command(s) recorded, last  = Get-FakeS3Object.\n');
    // The .NET indexers: $AWSHistory[i] is the i-th oldest command, $cmd[i] its i-th call (Request/Response).
    const r3 = await t.run('$AWSHistory[0].CmdletName; $AWSHistory.LastCommand[0].Response.NextMarker');
    expect(r3.stderr).toBe('');
    expect(r3.stdout).toBe('Get-FakeS3Object\nkey1\n');
  });

  it('has the AWS Tools type names', async () => {
    const t = engine();
    const r = await t.run('$null = Get-FakeS3Object; $AWSHistory.pstypenames[0]; $AWSHistory.LastCommand.pstypenames[0]; $AWSHistory.LastServiceResponse.LoggedAt.GetType().FullName');
    expect(r.stdout).toBe('Amazon.PowerShell.Common.AWSCmdletHistoryBuffer\nAmazon.PowerShell.Common.AWSCmdletHistory\nSystem.DateTime\n');
  });

  it('is a global variable, set from inside a function too', async () => {
    const t = engine();
    const r = await t.run('function f { $null = Get-FakeS3Object }; f; $global:AWSHistory.LastCommand.CmdletName');
    expect(r.stdout).toBe('Get-FakeS3Object\n');
  });
});

describe('Set-AWSHistoryConfiguration', () => {
  it('warns that AWSHistory is deprecated and writes nothing', async () => {
    const t = engine();
    const r = await t.run('$o = Set-AWSHistoryConfiguration; $null -eq $o');
    expect(r.stdout).toBe('True\n');
    expect(r.stderr).toBe(WARNING);
  });

  it('limits the number of cmdlets and service calls', async () => {
    const t = engine();
    const r = await t.run(
      'Set-AWSHistoryConfiguration -MaxCmdletHistory 2 -MaxServiceCallHistory 3 3>$null; 1..4 | ForEach-Object { $null = Get-FakeS3Object -Pages 5 }; $AWSHistory.Commands.Count; $AWSHistory.LastCommand.Responses.Count; $AWSHistory.LastCommand.Responses.History[0].NextMarker',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2\n3\nkey3\n');
  });

  it('records requests only with -RecordServiceRequests, and no parameters turns it off again', async () => {
    const t = engine();
    let r = await t.run('$null = Get-FakeS3Object -Pages 2; $null -eq $AWSHistory.LastServiceRequest');
    expect(r.stdout).toBe('True\n');
    r = await t.run('Set-AWSHistoryConfiguration -RecordServiceRequests 3>$null; $null = Get-FakeS3Object -Pages 2; $AWSHistory.LastServiceRequest.Marker; $AWSHistory.LastServiceRequest.InvocationLine');
    expect(r.stdout).toBe('key1\nGet-FakeS3Object\n');
    r = await t.run('Set-AWSHistoryConfiguration 3>$null; $null = Get-FakeS3Object; $null -eq $AWSHistory.LastServiceRequest');
    expect(r.stdout).toBe('True\n');
    expect(awsHistoryState().maxCmdletHistory).toBe(5);
  });

  it('redacts sensitive members unless -IncludeSensitiveData', async () => {
    const t = engine();
    let r = await t.run("$null = Get-FakeS3Object -Secret 'tok'; $AWSHistory.LastServiceResponse.SessionToken");
    expect(r.stdout).toBe('*****\n');
    r = await t.run("Set-AWSHistoryConfiguration -IncludeSensitiveData 3>$null; $null = Get-FakeS3Object -Secret 'tok'; $AWSHistory.LastServiceResponse.SessionToken");
    expect(r.stdout).toBe('tok\n');
  });

  it('-MaxCmdletHistory 0 turns recording off', async () => {
    const t = engine();
    const r = await t.run('$null = Get-FakeS3Object; Set-AWSHistoryConfiguration -MaxCmdletHistory 0 3>$null; $null = Get-FakeS3Object; "$AWSHistory"; $AWSHistory.Commands.Count; $null -eq $AWSHistory.LastCommand');
    expect(r.stdout).toBe('AWS History Disabled\n0\nTrue\n');
  });

  it('rejects a negative -MaxCmdletHistory and a non-positive -MaxServiceCallHistory', async () => {
    const t = engine();
    let r = await t.run('Set-AWSHistoryConfiguration -MaxCmdletHistory -1 3>$null');
    expect(r.stderr).toContain('Set-AWSHistoryConfiguration: Negative values are not valid.');
    r = await t.run('try { Set-AWSHistoryConfiguration -MaxServiceCallHistory 0 3>$null } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName; $_.TargetObject }');
    expect(r.stdout).toBe('ArgumentException,Amazon.PowerShell.Common.SetAWSHistoryConfigurationCmdlet\nInvalidArgument\nSystem.ArgumentException\n0\n');
    // -MaxCmdletHistory is applied before -MaxServiceCallHistory is checked.
    r = await t.run('Set-AWSHistoryConfiguration -MaxCmdletHistory 1 -MaxServiceCallHistory 0 3>$null 2>$null; 1');
    expect(awsHistoryState().maxCmdletHistory).toBe(1);
  });
});

describe('Clear-AWSHistory', () => {
  it('empties the buffer, keeps the configuration, and warns', async () => {
    const t = engine();
    const r = await t.run('$null = Get-FakeS3Object; $null = Get-FakeS3Object; Clear-AWSHistory; $AWSHistory.Commands.Count; "$AWSHistory"');
    expect(r.stdout).toBe('0\n0 command(s) recorded.\n');
    expect(r.stderr).toBe(WARNING);
  });
});
