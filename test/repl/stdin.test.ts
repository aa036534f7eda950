// Standard input that is not a terminal: commands are read and run in order, with no prompt and no
// escape codes in the output, and the profile is loaded unless -NoProfile.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsps } from '../helpers/cli.js';

describe('piped standard input', () => {
  it('runs the commands in order and prints only their output', () => {
    const r = awsps(['-NoProfile'], { input: "'one'\n1 + 1\nforeach ($i in 1..2) {\n  \"item $i\"\n}\n", env: { NO_COLOR: '' } });
    expect(r.stdout).toBe('one\n2\nitem 1\nitem 2\n');
    expect(r.stdout).not.toMatch(/\x1b|PS |>> /);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('dot-sources $PROFILE from the config folder unless -NoProfile', () => {
    const config = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-profile-'));
    fs.mkdirSync(path.join(config, 'awsps'));
    fs.writeFileSync(path.join(config, 'awsps', 'profile.ps1'), "$fromProfile = 'loaded'\n");
    const env = { XDG_CONFIG_HOME: config };
    expect(awsps([], { input: '$fromProfile\n$PROFILE\n', env }).stdout).toBe(`loaded\n${path.join(config, 'awsps', 'profile.ps1')}\n`);
    expect(awsps(['-NoProfile'], { input: '"[$fromProfile]"\n', env }).stdout).toBe('[]\n');
  });
});
