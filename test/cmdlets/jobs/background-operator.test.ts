// The background operator `pipeline &` (pwsh 6+): the pipeline runs as a Start-Job job, the caller's variables
// reach it as $using: values, and `&` still is the call operator at the start of a command.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { parseScript } from '../../../grammar/parser.js';

async function run(text: string): Promise<{ stdout: string; stderr: string }> {
  const r = await createTestEngine().run(text);
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('the background operator', () => {
  it('runs the pipeline as a BackgroundJob; the caller\'s variables become $using: values', async () => {
    const r = await run(['$name = "world"', '$j = Write-Output "hello $name" &', '$j.PSJobTypeName; $j.Command', 'Receive-Job $j -Wait'].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('BackgroundJob\nWrite-Output "hello ${using:name}"\nhello world\n');
  });

  it('variables the caller does not have stay local to the job', async () => {
    const r = await run('$j = 1..3 | ForEach-Object { $y = $_ * 2; $y } &\n(Receive-Job $j -Wait) -join ","');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2,4,6\n');
  });

  it('ends the statement: `a & b` starts a and runs b; a parenthesized expression can be backgrounded', async () => {
    const r = await run('$null = Write-Output a & "b"\n$k = (1 + 2) &\nReceive-Job $k -Wait; (Get-Job).Count');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('b\n3\n2\n');
  });

  it('`&` at the start of a command still calls it', async () => {
    const r = await run('$sb = { "called $args" }; & $sb 1; "x" + (& { "y" }); @(& $sb 2).Count');
    expect(r.stdout).toBe('called 1\nxy\n1\n');
  });

  it('parses into Start-Job with the pipeline text', () => {
    const ast = parseScript('Get-Item . | Select-Object Name &');
    const st = ast.end?.statements[0];
    expect(st?.kind).toBe('Pipeline');
    const cmd = st?.kind === 'Pipeline' ? st.elements[0] : undefined;
    expect(cmd?.kind === 'Command' && cmd.name.kind === 'Constant' ? cmd.name.value : undefined).toBe('Start-Job');
    const param = cmd?.kind === 'Command' ? cmd.elements[0] : undefined;
    expect(param?.kind === 'Parameter' && param.argument?.kind === 'Constant' ? param.argument.value : undefined).toBe('Get-Item . | Select-Object Name');
  });
});
