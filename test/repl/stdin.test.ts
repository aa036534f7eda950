// Standard input that is not a terminal: commands are read and run in order, with no prompt and no
// escape codes in the output, and the profile is loaded unless -NoProfile.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, awsps } from '../helpers/cli.js';

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

describe('piped standard input, line by line', () => {
  it('runs each complete statement as its lines come in; a statement spanning lines waits for its end', () => {
    expect(awsps(['-NoProfile'], { input: '1\n2 +\n3\n' }).stdout).toBe('1\n5\n');
    const hereString = awsps(['-NoProfile'], { input: '$t = @"\nfirst\n\nthird\n"@\n$t.Split("`n").Count\n"a", "b" |\n  ForEach-Object { $_.ToUpper() }\n' });
    expect(hereString.stdout).toBe('3\nA\nB\n');
  });

  it('a parse error in a later line does not stop the lines before or after it', () => {
    const r = awsps(['-NoProfile'], { input: "'first'\n'second' +\n)\n'third'\n" });
    expect(r.stdout).toBe('first\nthird\n');
    expect(r.stderr).toContain("Unexpected token ')' in expression or statement.");
  });

  it('formats each input line on its own (one Out-Default per line)', () => {
    const r = awsps(['-NoProfile'], { input: '[pscustomobject]@{a=1}\n[pscustomobject]@{b=2}\n' });
    expect(r.stdout).toBe('\na\n-\n1\n\n\nb\n-\n2\n\n');
  });

  it('exit ends the session with its code; the lines after it are not run', () => {
    const r = awsps(['-NoProfile'], { input: "'before'\nexit 3\n'after'\n" });
    expect(r.stdout).toBe('before\n');
    expect(r.code).toBe(3);
  });

  it('input that ends inside a statement reports the parse error', () => {
    const r = awsps(['-NoProfile'], { input: "'ok'\nforeach ($i in 1..2) {\n" });
    expect(r.stdout).toBe('ok\n');
    expect(r.stderr).toContain("Missing closing '}' in statement block or type definition.");
  });

  it('runs a line before the next one is even written', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'awsps.js'), '-NoProfile'], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stdin.write("'one'\n");
    const deadline = Date.now() + 20000;
    while (!stdout.includes('one') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(stdout).toBe('one\n');
    child.stdin.end("'two'\n");
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stdout).toBe('one\ntwo\n');
    expect(code).toBe(0);
  });

  it('-Command - still reads all of standard input as one command', () => {
    const r = awsps(['-NoProfile', '-Command', '-'], { input: "'first'\n)\n" });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Unexpected token ')' in expression or statement.");
  });
});
