// The user guide's CloudWatch example (cloudwatch.ps1) end to end against moto: a MetricDatum built with
// New-Object (its Value given as the string ".50") posted with Write-CWMetricData, then read back with
// Get-CWMetricList / Get-CWMetricStatistic and the AWS CLI.

import { beforeAll, describe, expect, it } from 'vitest';
import { section, useWalkthrough } from './walkthrough-harness.js';

const w = useWalkthrough();
let out = '';
let err = '';
let code = -1;

beforeAll(() => {
  const r = w.run('cloudwatch.ps1');
  out = r.stdout;
  err = r.stderr;
  code = r.code;
});

describe('CloudWatch walkthrough', () => {
  it('runs without errors; Write-CWMetricData writes nothing', () => {
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.startsWith('== metrics ==\n')).toBe(true);
  });

  it('lists the metric and reads back the 0.5 count (the marker strings print inside the open table, as in pwsh)', () => {
    expect(section(out, 'metrics')).toBe(
      '\nDimensions MetricName Namespace\n---------- ---------- ---------\n{}         New Posts  Usage Metrics\n',
    );
    expect(section(out, 'statistics')).toBe('New Posts\n\n\nSum         : 0.5\nSampleCount : 1\nUnit        : Count\n\n');
  });

  it('the AWS CLI sees the same datum', () => {
    const now = Date.now();
    const stats = w.awsJson<{ Datapoints: Array<{ Sum: number; Unit: string }> }>([
      'cloudwatch',
      'get-metric-statistics',
      '--namespace',
      'Usage Metrics',
      '--metric-name',
      'New Posts',
      '--start-time',
      new Date(now - 3_600_000).toISOString(),
      '--end-time',
      new Date(now + 600_000).toISOString(),
      '--period',
      '3600',
      '--statistics',
      'Sum',
    ]);
    expect(stats.Datapoints).toHaveLength(1);
    expect(stats.Datapoints[0]).toMatchObject({ Sum: 0.5, Unit: 'Count' });
  });
});
