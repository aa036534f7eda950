// Write-Progress: the records it hands the host, $ProgressPreference / -ProgressAction, parameter
// validation; pwsh's minimal progress view and how the pane is drawn and taken down on a terminal;
// and nothing at all on stderr when it is not a terminal.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import type { CommandContext, HostApi } from '../../src/pipeline/types.js';
import { PSObject } from '../../src/objects/psobject.js';
import { autoPage, type AutoPageOptions } from '../../src/aws/paging/auto-page.js';
import { pagingProgress } from '../../src/aws/paging/paging-progress.js';
import { createSelector } from '../../src/aws/select/selector.js';
import { transferProgress } from '../../cmdlets/aws/s3-progress.js';
import { ProgressRecord } from '../../src/objects/progress-record.js';
import { formatErrorForHost } from '../../src/format/error-view.js';
import { registerCoreCommands } from '../../cmdlets/core/index.js';
import { PendingProgress } from '../../src/host/pending-progress.js';
import { renderProgressLine } from '../../src/host/progress-view.js';
import { ProgressPane } from '../../src/host/progress-pane.js';
import { run } from '../helpers/cli.js';

interface Received {
  sourceId: number;
  record: ProgressRecord;
}

function progressEngine(): { run(text: string): Promise<{ records: Received[]; errors: string[] }> } {
  let records: Received[] = [];
  let errors: string[] = [];
  const host: HostApi = {
    width: 120,
    interactive: false,
    readLine: () => Promise.reject(new Error('no input in tests')),
    writeOut: () => undefined,
    writeErr: () => undefined,
    writeProgress: (sourceId, record) => void records.push({ sourceId, record: Object.assign(new ProgressRecord(0, '', ''), record) }),
  };
  const engine = new Engine(host, (e) => ({
    error(record) {
      e.recordError(record);
      errors.push(formatErrorForHost(record));
    },
    warning: () => undefined,
    verbose: () => undefined,
    debug: () => undefined,
    information: () => undefined,
  }));
  engine.topLevelSink = { write: () => undefined };
  registerCoreCommands(engine);
  return {
    async run(text) {
      records = [];
      errors = [];
      await engine.run(text, { sink: { write: () => undefined } });
      return { records, errors };
    },
  };
}

describe('Write-Progress records', () => {
  it('hands every parameter to the host under -SourceId (0 by default)', async () => {
    const { records } = await progressEngine().run(
      "Write-Progress -Activity 'Copying' -Status 'File 3 of 10' -Id 2 -ParentId 1 -PercentComplete 30 -SecondsRemaining 12 -CurrentOperation 'a.txt'",
    );
    expect(records).toHaveLength(1);
    const { sourceId, record } = records[0];
    expect(sourceId).toBe(0);
    expect(record).toMatchObject({
      activityId: 2,
      parentActivityId: 1,
      activity: 'Copying',
      statusDescription: 'File 3 of 10',
      percentComplete: 30,
      secondsRemaining: 12,
      currentOperation: 'a.txt',
      recordType: 'Processing',
    });
  });

  it('takes Activity, Status and Id by position; Status defaults to Processing; -1 means not given', async () => {
    const e = progressEngine();
    const one = (await e.run("Write-Progress 'Working' 'Step 1' 4 -SourceId 7")).records[0];
    expect(one.sourceId).toBe(7);
    expect(one.record).toMatchObject({ activity: 'Working', statusDescription: 'Step 1', activityId: 4 });
    const two = (await e.run("Write-Progress 'Working'")).records[0].record;
    expect(two).toMatchObject({ statusDescription: 'Processing', activityId: 0, parentActivityId: -1, percentComplete: -1, secondsRemaining: -1, currentOperation: null });
  });

  it('-Completed sends a Completed record, which needs no activity', async () => {
    const { records, errors } = await progressEngine().run('Write-Progress -Id 3 -Completed');
    expect(errors).toEqual([]);
    expect(records[0].record).toMatchObject({ activityId: 3, recordType: 'Completed' });
  });

  it('without -Activity and not completed is an error', async () => {
    const { records, errors } = await progressEngine().run("Write-Progress -Status 'x'; $Error[0].FullyQualifiedErrorId");
    expect(records).toEqual([]);
    expect(errors[0]).toContain("Missing value for mandatory parameter. (Parameter 'Activity')");
  });

  it('validates the ranges and the status as pwsh does', async () => {
    const e = progressEngine();
    expect((await e.run("Write-Progress -Activity a -Status s -PercentComplete 101")).errors[0]).toContain(
      "Cannot validate argument on parameter 'PercentComplete'. The 101 argument is greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100 and then try the command again.",
    );
    expect((await e.run("Write-Progress -Activity a -Status s -Id 1 -ParentId -2")).errors[0]).toContain(
      "Cannot validate argument on parameter 'ParentId'. The -2 argument is less than the minimum allowed range of -1. Supply an argument that is greater than or equal to -1 and then try the command again.",
    );
    expect((await e.run("Write-Progress -Activity a -Status ''")).errors[0]).toContain(
      "Cannot validate argument on parameter 'Status'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
    );
    const r = await e.run("try { Write-Progress -Activity a -PercentComplete 200 } catch { Write-Error $_.FullyQualifiedErrorId }");
    expect(r.errors[0]).toContain('ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand');
  });

  it('$ProgressPreference SilentlyContinue (or -ProgressAction) hides progress; Stop writes it and stops', async () => {
    const e = progressEngine();
    expect((await e.run("$ProgressPreference = 'SilentlyContinue'; Write-Progress -Activity a")).records).toEqual([]);
    expect((await e.run("$ProgressPreference = 'Continue'; Write-Progress -Activity a -ProgressAction SilentlyContinue")).records).toEqual([]);
    expect((await e.run("$ProgressPreference = 'Continue'; Write-Progress -Activity a")).records).toHaveLength(1);
    const stopped = await e.run("$ProgressPreference = 'Stop'; Write-Progress -Activity 'Big job'; 'not reached'");
    expect(stopped.records).toHaveLength(1);
    expect(stopped.errors[0]).toContain('The running command stopped because the preference variable "ProgressPreference" or common parameter is set to Stop: Big job');
  });
});

function node(over: Partial<{ activity: string; status: string; percent: number; seconds: number }> = {}) {
  const pending = new PendingProgress();
  const r = new ProgressRecord(0, over.activity ?? 'Copying', over.status ?? 'Half way');
  r.percentComplete = over.percent ?? -1;
  r.secondsRemaining = over.seconds ?? -1;
  pending.update(0, r);
  return pending.flatten()[0].node;
}

describe('the minimal progress view (ProgressNode.RenderAnsi)', () => {
  it('draws `Activity [Status ...]` with the bar up to the percentage in reverse video', () => {
    // maxWidth 40: bar width 40 - 7 - 0 - 4 = 29; 50% fills 14 cells.
    const line = renderProgressLine(node({ percent: 50 }), 0, 40, true);
    expect(line).toBe('\x1b[33;1mCopying [\x1b[7mHalf way      \x1b[27m' + ' '.repeat(14) + ']\x1b[0m');
  });

  it('reverses the whole bar when the percentage is unknown, shows seconds remaining at the end, and has no colour without it', () => {
    const line = renderProgressLine(node({ seconds: 42 }), 2, 40, false);
    // bar width 40 - 7 - 2 - 4 = 27; "42s" takes the end, one cell left for the separator.
    expect(line).toBe('  Copying [\x1b[7mHalf way' + ' '.repeat(27 - 8 - 4) + '42s\x1b[27m]\x1b[0m');
  });

  it('shortens a long activity to half the width and a long status with an ellipsis; never wider than 120', () => {
    const line = renderProgressLine(node({ activity: 'A'.repeat(30), status: 'S'.repeat(50) }), 0, 40, false);
    expect(line).toBe(`${'A'.repeat(19)}\u2026 [\x1b[7m${'S'.repeat(14)}\u2026\x1b[27m]\x1b[0m`);
    const wide = renderProgressLine(node({ percent: 10 }), 0, 300, false).replace(/\x1b\[[0-9;]*m/g, '');
    expect(wide.length).toBe(118);
  });
});

describe('pending activities (PendingProgress)', () => {
  const rec = (id: number, activity: string, parent = -1, completed = false) => {
    const r = new ProgressRecord(id, activity, 's');
    r.parentActivityId = parent;
    if (completed) r.recordType = 'Completed';
    return r;
  };
  const shown = (p: PendingProgress) => p.flatten().map((e) => `${'-'.repeat(e.depth)}${e.node.activity}`);

  it('updates an activity by (source, id), nests children under their parent, and completing promotes the children', () => {
    const p = new PendingProgress();
    p.update(0, rec(1, 'outer'));
    p.update(0, rec(2, 'inner', 1));
    p.update(5, rec(1, 'other source'));
    p.update(0, rec(1, 'outer again'));
    expect(shown(p)).toEqual(['outer again', '-inner', 'other source']);
    p.update(0, rec(1, 'outer', -1, true));
    expect(shown(p)).toEqual(['inner', 'other source']);
    p.update(0, rec(9, 'never shown', -1, true));
    p.update(5, rec(1, 'x', -1, true));
    p.update(0, rec(2, 'x', -1, true));
    expect(p.isEmpty).toBe(true);
  });
});

class FakeTerminal {
  text = '';
  columns = 40;
  rows = 24;
  write(s: string): boolean {
    this.text += s;
    return true;
  }
}

describe('the progress pane on a terminal', () => {
  it('draws at the cursor and returns there, goes away for output and comes back after it, and is erased on reset', () => {
    const term = new FakeTerminal();
    let now = 0;
    const pane = new ProgressPane(term, () => false, () => now);
    pane.update(0, new ProgressRecord(0, 'Copying', 'Half way'));
    const line = renderProgressLine(node(), 0, 40, false);
    expect(term.text).toBe(`\r${line}\x1b[K\r`);
    term.text = '';
    pane.hide();
    expect(term.text).toBe('\r\x1b[J');
    term.text = '';
    pane.written('row 1\n');
    expect(term.text).toBe(`\r${line}\x1b[K\r`);
    term.text = '';
    pane.reset();
    expect(term.text).toBe('\r\x1b[J');
    expect(pane.isShowing).toBe(false);
  });

  it('redraws at most every 200 ms, except for a completed activity', () => {
    const term = new FakeTerminal();
    let now = 1000;
    const pane = new ProgressPane(term, () => false, () => now);
    pane.update(0, new ProgressRecord(0, 'A', '1'));
    const drawn = term.text;
    now += 50;
    pane.update(0, new ProgressRecord(0, 'A', '2'));
    expect(term.text).toBe(drawn);
    now += 200;
    pane.update(0, new ProgressRecord(0, 'A', '3'));
    expect(term.text.length).toBeGreaterThan(drawn.length);
    term.text = '';
    now += 1;
    const done = new ProgressRecord(0, 'A', '3');
    done.recordType = 'Completed';
    pane.update(0, done);
    expect(term.text).toBe('\r\x1b[J');
  });

  it('leaves a partly written line alone: the pane goes on the next line and the cursor comes back to the column', () => {
    const term = new FakeTerminal();
    const pane = new ProgressPane(term, () => false, () => 0);
    pane.written('abc');
    pane.update(0, new ProgressRecord(0, 'Copying', 'Half way'));
    expect(term.text).toBe(`\n\r${renderProgressLine(node(), 0, 40, false)}\x1b[K\x1b[1A\x1b[4G`);
    term.text = '';
    pane.hide();
    expect(term.text).toBe('\x1b[1B\r\x1b[J\x1b[1A\x1b[4G');
  });
});

describe('Write-Progress when stderr is not a terminal', () => {
  it('writes nothing at all', () => {
    const r = run("1..3 | ForEach-Object { Write-Progress -Activity 'Counting' -Status \"$_\" -PercentComplete ($_ * 30) }; Write-Progress -Activity Counting -Completed; 'done'");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('done\n');
    expect(r.code).toBe(0);
  });
});

/** The little of a CommandContext the AWS progress helpers use: parameters, $ProgressPreference, the host. */
function awsContext(preference = 'Continue'): { ctx: CommandContext; received: Received[] } {
  const received: Received[] = [];
  const ctx = {
    params: {},
    session: { getVariable: (name: string) => (name === 'ProgressPreference' ? preference : null) },
    host: { writeProgress: (sourceId: number, record: ProgressRecord) => void received.push({ sourceId, record: Object.assign(new ProgressRecord(0, '', ''), record) }) },
  } as unknown as CommandContext;
  return { ctx, received };
}

describe('progress from AWS cmdlets (the same host API)', () => {
  // They report only when the host can show it: on a terminal.
  const wasTTY = process.stderr.isTTY;
  beforeEach(() => void (process.stderr.isTTY = true));
  afterEach(() => void (process.stderr.isTTY = wasTTY));

  const pages = (count: number, progress: AutoPageOptions<PSObject>['progress']): AutoPageOptions<PSObject> => ({
    sendPage: (token) => {
      const n = token === null ? 1 : Number(String(token).slice(1)) + 1;
      return Promise.resolve(PSObject.fromRecord({ Items: [`p${n}-a`, `p${n}-b`], NextToken: n < count ? `t${n}` : null }, ['Fake.ListResponse']));
    },
    startParameterBound: false,
    noAutoIteration: false,
    nextTokenMember: 'NextToken',
    selector: createSelector(undefined, { defaultOutputProperty: 'Items', boundParameters: {} }),
    emit: () => undefined,
    progress,
  });

  it('a listing that fetches more pages shows `<Cmdlet>  <n> items` under its own source id, then completes it', async () => {
    const { ctx, received } = awsContext();
    await autoPage(pages(3, pagingProgress(ctx, 'Get-S3Object')));
    expect(received.map((r) => [r.record.activity, r.record.statusDescription, r.record.recordType])).toEqual([
      ['Get-S3Object', '2 items', 'Processing'],
      ['Get-S3Object', '4 items', 'Processing'],
      ['Get-S3Object', 'Completed', 'Completed'],
    ]);
    expect(received[0].sourceId).toBeGreaterThan(2 ** 31);
    expect(new Set(received.map((r) => r.sourceId)).size).toBe(1);
  });

  it('nothing is reported when stderr is not a terminal', async () => {
    process.stderr.isTTY = false;
    const { ctx, received } = awsContext();
    expect(pagingProgress(ctx, 'Get-S3Object')).toBeUndefined();
    transferProgress(ctx, 'Uploading', 'File x').update(1, 2);
    expect(received).toEqual([]);
  });

  it('a single page shows nothing, and neither does SilentlyContinue', async () => {
    const one = awsContext();
    await autoPage(pages(1, pagingProgress(one.ctx, 'Get-S3Bucket')));
    expect(one.received).toEqual([]);
    const silent = awsContext('SilentlyContinue');
    expect(pagingProgress(silent.ctx, 'Get-S3Object')).toBeUndefined();
  });

  it('the activity is completed when paging fails', async () => {
    const { ctx, received } = awsContext();
    let calls = 0;
    const failing = { ...pages(3, pagingProgress(ctx, 'Get-EC2Instance')), sendPage: (token: unknown) => (++calls === 2 ? Promise.reject(new Error('boom')) : pages(3, undefined).sendPage(token)) };
    await expect(autoPage(failing)).rejects.toThrow('boom');
    expect(received.map((r) => r.record.recordType)).toEqual(['Processing', 'Completed']);
  });

  it('S3 transfers report the percentage done and complete at the end', () => {
    const { ctx, received } = awsContext();
    const progress = transferProgress(ctx, 'Uploading', 'File big.bin');
    progress.update(0, 1000);
    progress.update(5, 1000);
    progress.update(500, 1000);
    progress.update(1000, 1000);
    progress.end();
    expect(received.map((r) => [r.record.activity, r.record.statusDescription, r.record.percentComplete, r.record.recordType])).toEqual([
      ['Uploading', 'File big.bin', 0, 'Processing'],
      ['Uploading', 'File big.bin', 50, 'Processing'],
      ['Uploading', 'File big.bin', 100, 'Processing'],
      ['Uploading', 'File big.bin', -1, 'Completed'],
    ]);
    const silent = awsContext('SilentlyContinue');
    transferProgress(silent.ctx, 'Downloading', 'File x').update(1, 2);
    expect(silent.received).toEqual([]);
  });
});
