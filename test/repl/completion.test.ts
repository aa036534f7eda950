// Tab completion over a live engine's metadata: what each kind of word completes to.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';
import { complete } from '../../src/completion/complete.js';
import { engineCompletionEnvironment } from '../../src/completion/engine-environment.js';
import { completionTarget } from '../../src/completion/line-context.js';

function completer() {
  const t = createTestEngine();
  const env = engineCompletionEnvironment(t.engine);
  return { ...t, at: (line: string) => complete(line, line.length, env).matches };
}

describe('what the word under the cursor is', () => {
  it('tells commands, parameters, values, variables and members apart', () => {
    expect(completionTarget('Get-S3')).toMatchObject({ kind: 'command', word: 'Get-S3', start: 0 });
    expect(completionTarget('$x | Where-Obj')).toMatchObject({ kind: 'command', word: 'Where-Obj', start: 5 });
    expect(completionTarget('Get-S3Object -Buc')).toMatchObject({ kind: 'parameter', command: 'Get-S3Object', word: 'Buc' });
    expect(completionTarget('Get-EC2Instance -Region us-w')).toMatchObject({ kind: 'value', parameter: 'Region', word: 'us-w' });
    expect(completionTarget('Get-EC2Instance -Region:us-w')).toMatchObject({ kind: 'value', parameter: 'Region', word: 'us-w', start: 24 });
    expect(completionTarget('"a $AWSH')).toMatchObject({ kind: 'variable', word: 'AWSH', start: 3 });
    expect(completionTarget('$kp.Key')).toMatchObject({ kind: 'member', base: '$kp', word: 'Key', start: 4 });
    expect(completionTarget("Get-Content 'my fi")).toMatchObject({ kind: 'argument', word: "'my fi" });
  });
});

describe('completion', () => {
  it('completes command names by prefix and wildcard, case-insensitively, with aliases and generated cmdlets', () => {
    const c = completer();
    expect(c.at('get-childi')).toEqual(['Get-ChildItem']);
    expect(c.at('Get-S3Obj')).toContain('Get-S3Object');
    expect(c.at('Get-EC2Inst')).toContain('Get-EC2Instance');
    expect(c.at('*-S3Bucket')).toEqual(expect.arrayContaining(['Get-S3Bucket', 'New-S3Bucket']));
    expect(c.at('Get-EC2Inst').every((m) => /^Get-EC2Inst/i.test(m))).toBe(true);
  });

  it('completes functions defined in the session', async () => {
    const c = completer();
    await c.run('function Get-MyThing { 1 }');
    expect(c.at('Get-MyTh')).toEqual(['Get-MyThing']);
  });

  it('completes parameters of the command being typed, without defining a generated cmdlet', () => {
    const c = completer();
    expect(c.at('Get-S3Object -Buc')).toEqual(['-BucketName']);
    expect(c.at('Get-EC2Instance -Inst')).toContain('-InstanceId');
    expect(c.at('Get-ChildItem -Rec')).toEqual(['-Recurse']);
    expect(c.engine.cmdlets.has('get-ec2instance')).toBe(false);
  });

  it('completes regions, enumeration values and ValidateSet values', () => {
    const c = completer();
    expect(c.at('Get-EC2Instance -Region us-w')).toEqual(['us-west-1', 'us-west-2']);
    expect(c.at('New-EC2Instance -InstanceType t2.mi')).toEqual(['t2.micro']);
    expect(c.at('Get-ChildItem -ErrorAction Sil')).toEqual(['SilentlyContinue']);
  });

  it('completes profile names from the shared credentials and config files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-comp-'));
    fs.writeFileSync(path.join(dir, 'credentials'), '[default]\naws_access_key_id = A\n[work]\naws_access_key_id = B\n');
    fs.writeFileSync(path.join(dir, 'config'), '[profile work-sso]\nregion = us-east-1\n');
    const saved = { c: process.env.AWS_SHARED_CREDENTIALS_FILE, f: process.env.AWS_CONFIG_FILE };
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    try {
      expect(completer().at('Get-S3Bucket -ProfileName wo')).toEqual(['work', 'work-sso']);
    } finally {
      for (const [k, v] of [['AWS_SHARED_CREDENTIALS_FILE', saved.c], ['AWS_CONFIG_FILE', saved.f]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('completes variables and the members of a variable’s value', async () => {
    const c = completer();
    await c.run('$kp = [pscustomobject]@{ KeyName = "a"; KeyFingerprint = "b"; Other = 1 }');
    expect(c.at('$k')).toContain('$kp');
    expect(c.at('$AWSH')).toEqual(['$AWSHistory']);
    expect(c.at('$kp.Key')).toEqual(['KeyFingerprint', 'KeyName']);
    const r = complete('$kp.Key', 7, engineCompletionEnvironment(c.engine));
    expect(r.start).toBe(4);
  });

  it('completes file paths relative to the current folder, quoting names with spaces', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-paths-'));
    fs.writeFileSync(path.join(dir, 'my file.txt'), '');
    fs.writeFileSync(path.join(dir, 'mydata.json'), '');
    fs.mkdirSync(path.join(dir, 'mydir'));
    const c = completer();
    c.engine.cwd = dir;
    expect(c.at('Get-Content my')).toEqual(["'./my file.txt'", './mydata.json', './mydir/']);
    expect(c.at('Get-Content ./mydi')).toEqual(['./mydir/']);
  });
});
