// The persisted history: where it lives, what it refuses to keep, and how big it may grow.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryFile, containsSecret, historyFilePath } from '../../src/host/history-file.js';
import { formatDuration } from '../../src/host/session-history.js';
import { TimeSpan } from '../../src/objects/timespan.js';
import { profilePath } from '../../src/host/profile-script.js';

function scratch(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-hist-')), 'awsps', 'history.txt');
}

describe('history file', () => {
  it('lives under XDG_DATA_HOME, else ~/.local/share; the profile under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(historyFilePath({ XDG_DATA_HOME: '/x/data', HOME: '/home/u' })).toBe('/x/data/awsps/history.txt');
    expect(historyFilePath({ HOME: '/home/u' })).toBe('/home/u/.local/share/awsps/history.txt');
    expect(profilePath({ XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/u' })).toBe('/x/cfg/awsps/profile.ps1');
    expect(profilePath({ HOME: '/home/u' })).toBe('/home/u/.config/awsps/profile.ps1');
  });

  it('never records a line passing a secret key, session token or access key', () => {
    expect(containsSecret('Set-AWSCredential -AccessKey AKIA1 -SecretKey abc')).toBe(true);
    expect(containsSecret('Set-AWSCredential -SessionToken:tok')).toBe(true);
    expect(containsSecret('Get-S3Bucket -SK x')).toBe(true);
    expect(containsSecret('Get-S3Bucket -ProfileName work')).toBe(false);
    const h = new HistoryFile(scratch());
    expect(h.append('Set-AWSCredential -AccessKey AKIA1 -SecretKey topsecret')).toBe(false);
    expect(h.append('Get-S3Bucket')).toBe(true);
    expect(fs.readFileSync(h.file, 'utf8')).toBe('Get-S3Bucket\n');
  });

  it('keeps multi-line entries whole and trims to the limit, newest kept', () => {
    const h = new HistoryFile(scratch(), 3);
    h.append('foreach ($i in 1..2) {\n  $i\n}');
    for (const n of [1, 2, 3]) h.append(`'entry ${n}'`);
    expect(h.load()).toEqual(["'entry 1'", "'entry 2'", "'entry 3'"]);
    const whole = new HistoryFile(scratch());
    whole.append('foreach ($i in 1..2) {\n  $i\n}');
    expect(whole.load()).toEqual(['foreach ($i in 1..2) {\n  $i\n}']);
  });

  it('formats Get-History durations as pwsh does', () => {
    expect(formatDuration(TimeSpan.fromMilliseconds(12))).toBe('0.012');
    expect(formatDuration(TimeSpan.fromMilliseconds(75_250))).toBe('1:15.25');
    expect(formatDuration(TimeSpan.fromMilliseconds(3_725_000))).toBe('1:02:05');
  });
});
