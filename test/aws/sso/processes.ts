// Child processes of the SSO tests: the machine's python3 (botocore, the independent reader/writer of the token
// cache) and the AWS CLI. Async, because the test process also serves the test IAM Identity Center.

import { spawn } from 'node:child_process';

export interface ProcessResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** The machine's environment without AWS settings or credentials, plus env. */
export function cleanEnv(env: Record<string, string>): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('AWS_')) base[k] = v;
  return { ...base, AWS_EC2_METADATA_DISABLED: 'true', ...env };
}

export function runProcess(command: string, args: string[], env: Record<string, string>, input = ''): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(input);
  });
}

export function runPython(code: string, env: Record<string, string>): Promise<ProcessResult> {
  return runProcess('python3', ['-c', code], cleanEnv(env));
}

export function runAwsCli(args: string[], env: Record<string, string>): Promise<ProcessResult> {
  return runProcess('aws', args, cleanEnv(env));
}
