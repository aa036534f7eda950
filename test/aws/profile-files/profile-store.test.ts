import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import {
  configFilePath,
  credentialsFilePath,
  parseIni,
  readProfileFile,
  redactProfile,
  removeProfile,
  setProfile,
  snapshotOf,
  withFileLock,
  type ProfileFileTarget,
} from '../../../src/aws/profile-files/index.js';
import { MESSY_CONFIG, MESSY_CREDENTIALS } from './fixtures.js';

let root: string;
let bundle: string;
let caseNo = 0;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-profile-files-'));
  bundle = path.join(root, 'profile-files.mjs');
  await build({
    entryPoints: [path.resolve(__dirname, '../../../src/aws/profile-files/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
  });
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = path.join(root, `case-${++caseNo}`);
  fs.mkdirSync(dir);
  return dir;
}

const mode = (p: string) => fs.statSync(p).mode & 0o777;

const hasBotocore = spawnSync('python3', ['-c', 'import botocore.configloader']).status === 0;

/** What botocore's raw_config_parse sees: section header -> settings. */
function botocoreRead(file: string): Record<string, Record<string, string>> {
  const out = execFileSync('python3', [
    '-c',
    'import json,sys\nfrom botocore.configloader import raw_config_parse\nprint(json.dumps(raw_config_parse(sys.argv[1], False)))',
    file,
  ]);
  return JSON.parse(out.toString('utf8')) as Record<string, Record<string, string>>;
}

/** The same view from our parser. */
function ourRead(file: string): Record<string, Record<string, string>> {
  const doc = parseIni(fs.readFileSync(file, 'utf8'), file);
  return Object.fromEntries(
    doc.sections.map((s) => [s.header, Object.fromEntries(s.entries.map((e) => [e.key, e.value]))]),
  );
}

describe('locations', () => {
  it('uses -ProfileLocation, then the environment variables, then ~/.aws', () => {
    const env = { HOME: '/home/u' };
    expect(credentialsFilePath({ env })).toBe('/home/u/.aws/credentials');
    expect(configFilePath({ env })).toBe('/home/u/.aws/config');
    const withVars = { HOME: '/home/u', AWS_SHARED_CREDENTIALS_FILE: '~/creds', AWS_CONFIG_FILE: 'rel/config' };
    expect(credentialsFilePath({ env: withVars })).toBe('/home/u/creds');
    expect(configFilePath({ env: withVars, cwd: '/work' })).toBe('/work/rel/config');
    expect(credentialsFilePath({ env: withVars, profileLocation: '/x/my-creds' })).toBe('/x/my-creds');
    expect(credentialsFilePath({ env: { HOME: '/h', AWS_SHARED_CREDENTIALS_FILE: '' }, profileLocation: '' })).toBe(
      '/h/.aws/credentials',
    );
  });
});

describe('writing profile files', () => {
  it('creates ~/.aws at 0700 and the file at 0600', () => {
    const home = freshDir();
    const file = credentialsFilePath({ env: { HOME: home } });
    setProfile({ path: file, kind: 'credentials' }, 'default', { aws_access_key_id: 'AKIA1', aws_secret_access_key: 's1' });
    expect(mode(path.join(home, '.aws'))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toBe('[default]\naws_access_key_id=AKIA1\naws_secret_access_key=s1\n');
    expect(fs.readdirSync(path.join(home, '.aws'))).toEqual(['credentials']);
  });

  it('rewrites an existing file at 0600 and touches only the edited profile', () => {
    const dir = freshDir();
    const file = path.join(dir, 'credentials');
    fs.writeFileSync(file, MESSY_CREDENTIALS, { mode: 0o644 });
    const target: ProfileFileTarget = { path: file, kind: 'credentials' };
    setProfile(target, 'default', { aws_secret_access_key: 'newsecret' });
    expect(mode(file)).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      MESSY_CREDENTIALS.replace('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'newsecret'),
    );
    expect(removeProfile(target, 'temp')).toBe(true);
    expect(removeProfile(target, 'temp')).toBe(false);
    expect([...readProfileFile(target).profiles.keys()]).toEqual(['default', 'profile odd']);
  });

  it('does not create anything when removing from a file that does not exist', () => {
    const home = freshDir();
    const file = path.join(home, '.aws', 'credentials');
    expect(removeProfile({ path: file, kind: 'credentials' }, 'x')).toBe(false);
    expect(fs.existsSync(path.join(home, '.aws'))).toBe(false);
    expect(readProfileFile({ path: file, kind: 'credentials' }).exists).toBe(false);
  });

  it('writes through a symlinked credentials file to its target', () => {
    const dir = freshDir();
    const real = path.join(dir, 'real-credentials');
    fs.writeFileSync(real, '[a]\nx=1\n');
    const link = path.join(dir, 'credentials');
    fs.symlinkSync('real-credentials', link);
    setProfile({ path: link, kind: 'credentials' }, 'b', { y: '2' });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('[a]\nx=1\n\n[b]\ny=2\n');
    expect(mode(real)).toBe(0o600);
  });

  it('leaves the original intact when the write fails half way (file size limit, like a full disk)', () => {
    const dir = freshDir();
    const file = path.join(dir, 'credentials');
    fs.writeFileSync(file, MESSY_CREDENTIALS, { mode: 0o600 });
    const script = path.join(dir, 'big-write.mjs');
    fs.writeFileSync(
      script,
      `import { setProfile } from ${JSON.stringify(bundle)};\n` +
        `try { setProfile({ path: process.argv[2], kind: 'credentials' }, 'big', { k: 'v'.repeat(200000) }); console.log('written'); }\n` +
        `catch (e) { console.log(e.name + ': ' + e.message); process.exitCode = 3; }\n`,
    );
    // ulimit -f 8: at most 8 KiB per file, so the temp file write fails with EFBIG part way.
    const result = spawnSync('bash', ['-c', `ulimit -f 8; exec "${process.execPath}" "$0" "$1"`, script, file]);
    expect(result.status).toBe(3);
    expect(result.stdout.toString()).toMatch(/^ProfileFileError: Could not write '.*credentials'; the file was left unchanged: /);
    expect(fs.readFileSync(file, 'utf8')).toBe(MESSY_CREDENTIALS);
    expect(fs.readdirSync(dir).sort()).toEqual(['big-write.mjs', 'credentials']);
  });

  it.skipIf(process.getuid?.() === 0)('leaves the original intact when the directory is read-only', () => {
    const dir = freshDir();
    const file = path.join(dir, 'credentials');
    fs.writeFileSync(file, '[a]\nx=1\n', { mode: 0o600 });
    fs.chmodSync(dir, 0o500);
    try {
      expect(() => setProfile({ path: file, kind: 'credentials' }, 'b', { y: '1' })).toThrow(/Could not/);
      expect(fs.readFileSync(file, 'utf8')).toBe('[a]\nx=1\n');
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });

  it('loses nothing when 20 processes add profiles at the same time', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'credentials');
    fs.writeFileSync(file, '# shared\n[default]\nregion = x\n');
    const script = path.join(dir, 'add.mjs');
    fs.writeFileSync(
      script,
      `import { setProfile } from ${JSON.stringify(bundle)};\n` +
        `const i = process.argv[3];\n` +
        `setProfile({ path: process.argv[2], kind: 'credentials' }, 'p' + i, { aws_access_key_id: 'AKIA' + i, aws_secret_access_key: 's' + i });\n`,
    );
    const exits = await Promise.all(
      Array.from(
        { length: 20 },
        (_, i) =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [script, file, String(i)], { stdio: 'inherit' });
            child.on('exit', (code) => resolve(code));
          }),
      ),
    );
    expect(exits).toEqual(Array(20).fill(0));
    const profiles = readProfileFile({ path: file, kind: 'credentials' }).profiles;
    expect(profiles.size).toBe(21);
    for (let i = 0; i < 20; i++) {
      expect(Object.fromEntries(profiles.get(`p${i}`)!.values)).toEqual({
        aws_access_key_id: `AKIA${i}`,
        aws_secret_access_key: `s${i}`,
      });
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['add.mjs', 'credentials']);
  });

  it('breaks a lock left by a process that no longer exists', () => {
    const dir = freshDir();
    const file = path.join(dir, 'credentials');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: Number(dead), host: os.hostname(), nonce: 'x' }));
    expect(withFileLock(file, () => 42, { timeoutMs: 2000 })).toBe(42);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('times out on a live lock with a clear error', () => {
    const dir = freshDir();
    const file = path.join(dir, 'credentials');
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), nonce: 'x' }));
    expect(() => withFileLock(file, () => 1, { timeoutMs: 200 })).toThrow(
      `Timed out after 0 s waiting for the lock file '${file}.lock'. If no other process is writing the file, delete the lock file.`,
    );
  });
});

describe.skipIf(!hasBotocore)('an independent reader (botocore) agrees', () => {
  it('on the messy files as they are', () => {
    const dir = freshDir();
    for (const [name, text] of [
      ['config', MESSY_CONFIG],
      ['credentials', MESSY_CREDENTIALS],
    ] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      expect(ourRead(file)).toEqual(botocoreRead(file));
    }
  });

  it('on files we edited', () => {
    const dir = freshDir();
    const config: ProfileFileTarget = { path: path.join(dir, 'config'), kind: 'config' };
    fs.writeFileSync(config.path, MESSY_CONFIG);
    setProfile(config, 'dev', { region: 'us-west-2', s3: null, output: 'text' });
    setProfile(config, 'new dev', { region: 'ap-east-1', sso_session: 'corp' });
    setProfile(config, 'corp', { sso_region: 'eu-central-1' }, { sectionType: 'sso-session' });
    removeProfile(config, 'spaced name');
    const ours = ourRead(config.path);
    expect(ours).toEqual(botocoreRead(config.path));
    expect(ours['profile dev']).toMatchObject({ region: 'us-west-2', output: 'text' });
    expect(ours['profile "new dev"']).toEqual({ region: 'ap-east-1', sso_session: 'corp' });
    expect(ours['sso-session corp']!.sso_region).toBe('eu-central-1');
    expect(ours['profile "spaced name"']).toBeUndefined();

    const creds: ProfileFileTarget = { path: path.join(dir, 'credentials'), kind: 'credentials' };
    setProfile(creds, 'default', { aws_access_key_id: 'AKIA', aws_secret_access_key: 'a/b+c=' });
    setProfile(creds, 'role', { role_arn: 'arn:aws:iam::123456789012:role/r', source_profile: 'default' });
    expect(botocoreRead(creds.path)).toEqual({
      default: { aws_access_key_id: 'AKIA', aws_secret_access_key: 'a/b+c=' },
      role: { role_arn: 'arn:aws:iam::123456789012:role/r', source_profile: 'default' },
    });
    const snap = snapshotOf(parseIni(fs.readFileSync(creds.path, 'utf8'), creds.path), 'credentials', true);
    expect([...snap.profiles.keys()]).toEqual(['default', 'role']);
  });
});

describe('redactProfile', () => {
  it('masks secrets, tokens and passwords for display', () => {
    const values = new Map([
      ['aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE'],
      ['aws_secret_access_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
      ['aws_session_token', 'short'],
      ['db_password', ''],
      ['region', 'us-east-1'],
    ]);
    expect(Object.fromEntries(redactProfile(values))).toEqual({
      aws_access_key_id: 'AKIAIOSFODNN7EXAMPLE',
      aws_secret_access_key: '****************EKEY',
      aws_session_token: '****************',
      db_password: '',
      region: 'us-east-1',
    });
    expect(redactProfile({ My_Secret: 'abc' })).toEqual({ My_Secret: '****************' });
  });
});
