import { describe, expect, it } from 'vitest';
import { getRandomCommand } from '../../../cmdlets/core/objects/get-random.js';
import { getDateCommand } from '../../../cmdlets/core/objects/get-date.js';
import { startSleepCommand } from '../../../cmdlets/core/objects/start-sleep.js';
import { readHostCommand } from '../../../cmdlets/core/objects/read-host.js';
import { invokeExpressionCommand } from '../../../cmdlets/core/objects/invoke-expression.js';
import { DotNetRandom, RandomGenerator } from '../../../cmdlets/core/objects/common/random.js';
import { formatUFormat } from '../../../cmdlets/core/objects/common/date-format.js';
import { dateKind, withKind } from '../../../src/objects/datetime.js';
import { displayHintOf } from '../../../src/objects/date-display-hint.js';
import { SecureString } from '../../../src/objects/secure-string.js';
import { PipelineStoppedError } from '../../../src/pipeline/stop.js';
import { run, terminatingMessage, testHost } from './context.js';

describe('Get-Random', () => {
  it('is reproducible with -SetSeed and continues the seeded sequence in the session', async () => {
    const host = testHost();
    const a = await run(getRandomCommand, { parameterSet: 'RandomNumberParameterSet', params: { SetSeed: 7, Maximum: 100, Count: 5 }, host });
    const b = await run(getRandomCommand, { parameterSet: 'RandomNumberParameterSet', params: { SetSeed: 7, Maximum: 100, Count: 5 } });
    expect(a.output).toEqual(b.output);
    expect(a.output.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100)).toBe(true);
    const next = await run(getRandomCommand, { parameterSet: 'RandomNumberParameterSet', params: { Maximum: 100 }, host });
    const again = await run(getRandomCommand, { parameterSet: 'RandomNumberParameterSet', params: { SetSeed: 7, Maximum: 100, Count: 6 } });
    expect(next.output[0]).toBe(again.output[5]);
  });

  it('uses .NET System.Random for seeded sequences', () => {
    // The well-known first values of new Random(seed).Next() in .NET.
    expect(new DotNetRandom(0).internalSample()).toBe(1559595546);
    expect(new DotNetRandom(1).internalSample()).toBe(534011718);
    expect(new DotNetRandom(42).internalSample()).toBe(1434747710);
    // PowerShell's generator builds each sample from four of those (one byte each).
    const g = new RandomGenerator(42);
    const n = g.next();
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThan(2147483647);
  });

  it('respects -Minimum/-Maximum and rejects an empty range', async () => {
    const r = await run(getRandomCommand, { parameterSet: 'RandomNumberParameterSet', params: { Minimum: 5, Maximum: 7, Count: 50 } });
    expect(r.output.every((n) => n === 5 || n === 6)).toBe(true);
    expect(await terminatingMessage(run(getRandomCommand, { parameterSet: 'RandomNumberParameterSet', params: { Minimum: 5, Maximum: 5 } }))).toBe(
      'The Minimum value (5) cannot be greater than or equal to the Maximum value (5).',
    );
    const d = await run(getRandomCommand, { parameterSet: 'RandomNumberParameterSet', params: { Minimum: 0.5, Maximum: 1.5 } });
    expect(d.output[0] as number).toBeGreaterThanOrEqual(0.5);
    expect(d.output[0] as number).toBeLessThan(1.5);
  });

  it('picks distinct items from the input and shuffles', async () => {
    const r = await run(getRandomCommand, { parameterSet: 'RandomListItemParameterSet', params: { Count: 3 }, input: [1, 2, 3, 4, 5] });
    expect(r.output).toHaveLength(3);
    expect(new Set(r.output).size).toBe(3);
    const s = await run(getRandomCommand, { parameterSet: 'ShuffleParameterSet', params: { Shuffle: true }, input: [1, 2, 3, 4, 5] });
    expect([...s.output].sort()).toEqual([1, 2, 3, 4, 5]);
    const one = await run(getRandomCommand, { parameterSet: 'RandomListItemParameterSet', params: { InputObject: ['a', 'b'] } });
    expect(['a', 'b']).toContain(one.output[0]);
  });
});

describe('Get-Date', () => {
  it('returns a local DateTime with a DisplayHint', async () => {
    const r = await run(getDateCommand, { parameterSet: 'DateAndFormat', params: {} });
    const d = r.output[0] as Date;
    expect(d).toBeInstanceOf(Date);
    expect(dateKind(d)).toBe('Local');
    expect(displayHintOf(d)).toBe('DateTime');
    expect(Math.abs(d.getTime() - Date.now())).toBeLessThan(5000);
  });

  it('overrides fields like pwsh (AddMonths clamps the day)', async () => {
    const base = withKind(new Date(2024, 0, 31, 10, 20, 30), 'Local');
    const r = await run(getDateCommand, { parameterSet: 'DateAndFormat', params: { Date: base, Month: 2 } });
    const d = r.output[0] as Date;
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2024, 2, 29, 10]);
  });

  it('formats with -Format (including FileDate) and -UFormat', async () => {
    const base = withKind(new Date(2024, 2, 5, 14, 7, 9), 'Local');
    const f = await run(getDateCommand, { parameterSet: 'DateAndFormat', params: { Date: base, Format: 'yyyy-MM-dd HH:mm:ss' } });
    expect(f.output).toEqual(['2024-03-05 14:07:09']);
    const fd = await run(getDateCommand, { parameterSet: 'DateAndFormat', params: { Date: base, Format: 'FileDate' } });
    expect(fd.output).toEqual(['20240305']);
    const u = await run(getDateCommand, { parameterSet: 'DateAndUFormat', params: { Date: base, UFormat: '%Y/%m/%d %H:%M:%S %A %j' } });
    expect(u.output).toEqual(['2024/03/05 14:07:09 Tuesday 065']);
    expect(await terminatingMessage(run(getDateCommand, { parameterSet: 'DateAndFormat', params: { Date: base, Format: 'Q' } }))).toBe(
      'Input string was not in a correct format.',
    );
  });

  it('-AsUTC and -UnixTimeSeconds', async () => {
    const r = await run(getDateCommand, { parameterSet: 'UnixTimeSecondsAndFormat', params: { UnixTimeSeconds: 0, AsUTC: true } });
    const d = r.output[0] as Date;
    expect(dateKind(d)).toBe('Utc');
    expect(d.getTime()).toBe(0);
  });

  it('UFormat week numbers and day of week', () => {
    const d = withKind(new Date(Date.UTC(2021, 0, 3)), 'Utc'); // a Sunday
    expect(formatUFormat(d, '%u %w %V %G %U %W')).toBe('7 0 53 2020 01 00');
  });
});

describe('Start-Sleep', () => {
  it('sleeps for -Milliseconds', async () => {
    const started = Date.now();
    await run(startSleepCommand, { parameterSet: 'Milliseconds', params: { Milliseconds: 30 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('stops when the pipeline is stopped', async () => {
    const controller = new AbortController();
    const p = run(startSleepCommand, { parameterSet: 'Seconds', params: { Seconds: 30 }, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(p).rejects.toBeInstanceOf(PipelineStoppedError);
  });
});

describe('Read-Host', () => {
  it('prompts with "<prompt>: " and returns the line', async () => {
    const prompts: string[] = [];
    const r = await run(readHostCommand, {
      params: { Prompt: ['Your', 'name'] },
      readLine: (p) => {
        prompts.push(p);
        return Promise.resolve('Ann');
      },
    });
    expect(prompts).toEqual(['Your name: ']);
    expect(r.output).toEqual(['Ann']);
  });

  it('masks input for -AsSecureString and returns a SecureString', async () => {
    let masked: boolean | undefined;
    const r = await run(readHostCommand, {
      parameterSet: 'AsSecureString',
      params: { AsSecureString: true },
      readLine: (_p, m) => {
        masked = m;
        return Promise.resolve('s3cret');
      },
    });
    expect(masked).toBe(true);
    const s = r.output[0] as SecureString;
    expect(s).toBeInstanceOf(SecureString);
    expect(String(s)).toBe('System.Security.SecureString');
    expect(s.reveal()).toBe('s3cret');
  });

  it('fails clearly in a non-interactive host', async () => {
    expect(await terminatingMessage(run(readHostCommand, { params: {}, interactive: false }))).toBe(
      'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
    );
  });
});

describe('Invoke-Expression', () => {
  it('evaluates the text and writes its output', async () => {
    const r = await run(invokeExpressionCommand, { params: { Command: '1+1' }, evaluate: (t) => (t === '1+1' ? [2] : []) });
    expect(r.output).toEqual([2]);
    const piped = await run(invokeExpressionCommand, { params: {}, input: ['a', 'b'], evaluate: (t) => Promise.resolve([t.toUpperCase()]) });
    expect(piped.output).toEqual(['A', 'B']);
  });
});
