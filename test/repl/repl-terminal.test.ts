// The REPL in a real terminal (tmux): multi-line input, Tab completion, history and its file, Ctrl-R,
// Ctrl-C, Ctrl-D, the profile, Read-Host -AsSecureString, Get-History / Invoke-History.

import * as fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PROMPT, PROMPT_RE, Terminal, outputOfLast } from './tmux.js';

const SOCKET = `awsps-repl-${process.pid}`;
let term: Terminal | undefined;

function open(args: string[] = ['-NoProfile'], setup?: (t: Terminal) => void): Terminal {
  term = new Terminal(SOCKET, { args });
  setup?.(term);
  term.start();
  return term;
}

async function ready(t: Terminal): Promise<void> {
  await t.waitFor(/^PS \/.*> $/m);
}

afterEach(() => term?.stop());
afterAll(() => term?.killServer());

describe('multi-line input', () => {
  it('a here-string entered over several lines continues with >> and keeps its lines', async () => {
    const t = open();
    await ready(t);
    t.line('$text = @"');
    await t.waitFor(/^>> $/m);
    t.line('first line');
    await t.waitFor((s) => (s.match(/^>> /gm) ?? []).length === 2);
    t.line('second line');
    await t.waitFor((s) => (s.match(/^>> /gm) ?? []).length === 3);
    t.line('"@');
    await t.waitFor(new RegExp(`^>> "@\\n${PROMPT_RE}$`, 'm'));
    const screen = await t.run('$text');
    expect(outputOfLast(screen, '$text')).toBe('first line\nsecond line');
    expect(screen).toContain(`${PROMPT}$text = @"\n>> first line\n>> second line\n>> "@\n`);
  });

  it('a foreach with its body on following lines runs when the brace closes', async () => {
    const t = open();
    await ready(t);
    t.line('foreach ($i in 1..3) {');
    await t.waitFor(/^>> $/m);
    t.line('  "item $i"');
    await t.waitFor((s) => (s.match(/^>> /gm) ?? []).length === 2);
    t.line('}');
    await t.waitFor(new RegExp(`^>> }\\nitem 1\\nitem 2\\nitem 3\\n${PROMPT_RE}$`, 'm'));
  });

  it('the statements of one line share one Out-Default (one table), as in pwsh', async () => {
    const t = open();
    await ready(t);
    const screen = await t.run('[pscustomobject]@{a=1}; [pscustomobject]@{a=2}');
    expect(outputOfLast(screen, '[pscustomobject]@{a=1}; [pscustomobject]@{a=2}')).toBe('\na\n-\n1\n2');
  });

  it('a trailing pipe continues the pipeline on the next line', async () => {
    const t = open();
    await ready(t);
    t.line('1..4 |');
    await t.waitFor(/^>> $/m);
    t.line('Measure-Object -Sum | ForEach-Object Sum');
    await t.waitFor(new RegExp(`^>> Measure-Object -Sum \\| ForEach-Object Sum\\n10\\n${PROMPT_RE}$`, 'm'));
  });
});

describe('Tab completion', () => {
  it('completes a cmdlet name, cycling through matches with repeated Tab', async () => {
    const t = open();
    await ready(t);
    t.type('Get-S3Obj');
    t.keys('Tab');
    await t.waitFor((s) => /> Get-S3Object$/m.test(s));
    t.keys('C-c');
    await t.waitFor((s) => t.promptCount() === 2 && s.length > 0);
    t.type('Get-Chi');
    t.keys('Tab');
    await t.waitFor(/> Get-ChildItem$/m);
    t.keys('C-c');
  });

  it('completes a generated AWS cmdlet and a parameter of the command being typed', async () => {
    const t = open();
    await ready(t);
    t.type('Get-EC2Inst');
    t.keys('Tab');
    await t.waitFor(/> Get-EC2Instance$/m);
    t.keys('C-c');
    await t.waitFor(() => t.promptCount() === 2);
    t.type('Get-S3Object -Buc');
    t.keys('Tab');
    await t.waitFor(/> Get-S3Object -BucketName$/m);
  });

  it('completes a variable name and a member of its value', async () => {
    const t = open();
    await ready(t);
    await t.run('$myLongVariable = [pscustomobject]@{ KeyName = "k1"; KeyFingerprint = "ff" }');
    t.type('$myLong');
    t.keys('Tab');
    await t.waitFor(/> \$myLongVariable$/m);
    t.type('.KeyN');
    t.keys('Tab');
    await t.waitFor(/> \$myLongVariable\.KeyName$/m);
    t.keys('Enter');
    await t.waitFor(new RegExp(`^${PROMPT_RE}\\$myLongVariable\\.KeyName\\nk1\\n${PROMPT_RE}$`, 'm'));
  });

  it('completes enumeration values and regions', async () => {
    const t = open();
    await ready(t);
    t.type('Get-EC2Instance -Region us-we');
    t.keys('Tab');
    await t.waitFor(/> Get-EC2Instance -Region us-west-1$/m);
    t.keys('Tab');
    await t.waitFor(/> Get-EC2Instance -Region us-west-2$/m);
  });
});

describe('history', () => {
  it('keeps commands in the history file but never a line with a secret key', async () => {
    const t = open();
    await ready(t);
    await t.run("'marker-one'");
    await t.run('Set-AWSCredential -AccessKey AKIAEXAMPLEKEY -SecretKey TYPEDSECRET123');
    await t.run("'marker-two'");
    t.line('exit');
    await t.waitFor('[exited 0]');
    const file = fs.readFileSync(t.historyFile, 'utf8');
    expect(file).toContain("'marker-one'\n");
    expect(file).toContain("'marker-two'\n");
    expect(file).not.toContain('TYPEDSECRET123');
    expect(file).not.toContain('AKIAEXAMPLEKEY');
  });

  it('recalls earlier entries with Up in a new session and finds them with Ctrl-R', async () => {
    const t = open();
    await ready(t);
    await t.run("'alpha-entry'");
    await t.run("'beta-entry'");
    t.line('exit');
    await t.waitFor('[exited 0]');
    t.stop();
    const again = new Terminal(SOCKET, { args: ['-NoProfile'] });
    again.dataHome = t.dataHome;
    term = again;
    again.start();
    await ready(again);
    again.keys('Up');
    await again.waitFor(/> exit$/m);
    again.keys('Up');
    await again.waitFor(/> 'beta-entry'$/m);
    again.keys('C-c');
    await again.waitFor(() => again.promptCount() === 2);
    again.keys('C-r');
    again.type('alph');
    await again.waitFor(/\(reverse-i-search\)`alph': 'alpha-entry'$/m);
    again.keys('Enter');
    await again.waitFor(new RegExp(`^${PROMPT_RE}'alpha-entry'\\nalpha-entry\\n${PROMPT_RE}$`, 'm'));
  });

  it('Get-History lists the session and Invoke-History runs an entry again', async () => {
    const t = open();
    await ready(t);
    await t.run("'first'");
    await t.run('2 + 3');
    const listed = await t.run('Get-History');
    expect(outputOfLast(listed, 'Get-History')).toMatch(/^\n  Id     Duration CommandLine\n  --     -------- -----------\n   1 +\d+\.\d{3} 'first'\n   2 +\d+\.\d{3} 2 \+ 3$/);
    const again = await t.run('Invoke-History 2');
    expect(outputOfLast(again, 'Invoke-History 2')).toBe('2 + 3\n5');
  });
});

describe('keys and start-up', () => {
  it('Ctrl-C on a line clears it; Ctrl-D leaves', async () => {
    const t = open();
    await ready(t);
    t.type('never run this');
    t.keys('C-c');
    await t.waitFor(() => t.promptCount() === 2);
    t.keys('C-d');
    const screen = await t.waitFor('[exited 0]');
    expect(screen).not.toContain('never run this\nnever');
    expect(screen).not.toMatch(/is not recognized/);
  });

  it('loads $PROFILE from the config folder, and -NoProfile skips it', async () => {
    const t = open([], (x) => x.writeProfile("function Get-Greeting { 'hello from profile' }\nSet-Alias gg Get-Greeting\n"));
    await ready(t);
    const screen = await t.run('gg');
    expect(outputOfLast(screen, 'gg')).toBe('hello from profile');
    const path = await t.run('$PROFILE');
    expect(outputOfLast(path, '$PROFILE')).toBe(`${t.configHome}/awsps/profile.ps1`);
    t.stop();
    const bare = open(['-NoProfile'], (x) => x.writeProfile("function Get-Greeting { 'hello from profile' }\n"));
    await ready(bare);
    const missing = await bare.run('Get-Greeting');
    expect(missing).toContain("The term 'Get-Greeting' is not recognized");
  });

  it('Read-Host -AsSecureString does not echo what is typed', async () => {
    const t = open();
    await ready(t);
    t.line('$s = Read-Host -AsSecureString -Prompt Secret');
    await t.waitFor(/^Secret: $/m);
    t.type('hunter2');
    await t.waitFor(/^Secret: \*{7}$/m);
    t.keys('Enter');
    await t.waitFor(new RegExp(`^Secret: \\*{7}\\n${PROMPT_RE}$`, 'm'));
    const screen = await t.run('$s.GetType().FullName');
    expect(screen).not.toContain('hunter2');
    expect(outputOfLast(screen, '$s.GetType().FullName')).toBe('System.Security.SecureString');
  });

  it('colours the prompt on a terminal, not with NO_COLOR', async () => {
    const t = open();
    await ready(t);
    expect(t.screen(true)).toContain(`\x1b[32m${PROMPT.trimEnd()}`);
    t.stop();
    term = new Terminal(SOCKET, { args: ['-NoProfile'], env: { NO_COLOR: '1' } });
    term.start();
    await ready(term);
    expect(term.screen(true)).not.toContain('\x1b[32m');
  });
});
