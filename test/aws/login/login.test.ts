// Invoke-AWSLogin end to end against the test AWS Sign-in service and moto. The test plays the browser: it
// follows the URL the cmdlet opens (same device: the consent POST redirects to the cmdlet's local listener) or
// prints (cross device: the confirmation page's code is typed at the prompt). The profile then signs real calls
// on moto through the SDK's login credential provider, from the cache, and after a DPoP-signed refresh.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerConsent, loginSessionArn, redirectUriOf, verificationCodeOn, DEFAULT_IDENTITY, SigninError, type BrowserVisit } from '../../support/signin-server/index.js';
import { ROOT } from '../../helpers/cli.js';
import { runProcess } from '../sso/processes.js';
import { setLoginBrowser } from '../../../src/aws/login/browser.js';
import { forgetResolvedCredentials } from '../../../cmdlets/common/sso/forget-credentials.js';
import { createPromptingShell, type PromptingShell } from '../../support/prompting-shell.js';
import { startLoginWorld, type LoginWorld } from './login-world.js';

let world: LoginWorld;
let shell: PromptingShell;
const SESSION = loginSessionArn(DEFAULT_IDENTITY);

beforeAll(async () => {
  world = await startLoginWorld();
  shell = createPromptingShell({ interactive: true, width: 200, awaitAnswers: true });
});

afterAll(async () => {
  setLoginBrowser(undefined);
  await world?.stop();
});

afterEach(() => setLoginBrowser(undefined));

function cacheFile(session = SESSION): string {
  return path.join(world.cacheDir, `${createHash('sha256').update(session).digest('hex')}.json`);
}

function cached(): Record<string, unknown> & { accessToken: Record<string, string>; refreshToken: string } {
  return JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as Record<string, unknown> & { accessToken: Record<string, string>; refreshToken: string };
}

/** A browser that follows each opened URL and lets the test look at what it reached. */
function followingBrowser(visit: (url: string) => Promise<BrowserVisit> = (url) => answerConsent(url)) {
  const opened: string[] = [];
  const visits: Promise<BrowserVisit>[] = [];
  setLoginBrowser({
    available: () => true,
    open: (url) => {
      opened.push(url);
      visits.push(visit(url));
      return true;
    },
  });
  return { opened, visits };
}

describe('same-device login', () => {
  it('opens the authorize URL, takes the redirect on its local listener, caches the token and writes the profile', async () => {
    fs.writeFileSync(world.configFile, '# mine\n[default]\nregion = us-east-1\n');
    const browser = followingBrowser();
    const r = await shell.run('Invoke-AWSLogin -ProfileName p -Region us-west-2');
    expect(r.stderr).toBe('');
    expect(browser.opened).toHaveLength(1);
    const url = new URL(browser.opened[0]!);
    expect(`${url.origin}${url.pathname}`).toBe(`${world.server.endpoint}/v1/authorize`);
    expect([...url.searchParams.keys()]).toEqual(['response_type', 'client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method', 'scope']);
    expect(url.searchParams.get('client_id')).toBe('arn:aws:signin:::devtools/same-device');
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    expect(url.searchParams.get('code_challenge_method')).toBe('SHA-256');
    expect(url.searchParams.get('state')).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.stdout).toBe(`Using a browser, visit:\n${browser.opened[0]}\n\nLogin completed successfully for profile 'p'\n`);
    const page = await browser.visits[0]!;
    expect(page.status).toBe(200);
    expect(page.body).toContain('Request approved');

    expect(fs.readFileSync(world.configFile, 'utf8')).toBe(`# mine\n[default]\nregion = us-east-1\n\n[profile p]\nlogin_session = ${SESSION}\nregion = us-west-2\n`);
    expect(fs.statSync(cacheFile()).mode & 0o777).toBe(0o600);
    const token = cached();
    expect(Object.keys(token).sort()).toEqual(['accessToken', 'clientId', 'dpopKey', 'idToken', 'refreshToken', 'signInRegion', 'tokenType']);
    expect(Object.keys(token.accessToken).sort()).toEqual(['accessKeyId', 'accountId', 'expiresAt', 'secretAccessKey', 'sessionToken']);
    expect(token.accessToken.accountId).toBe('123456789012');
    expect(token.accessToken.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(token.clientId).toBe('arn:aws:signin:::devtools/same-device');
    expect(token.signInRegion).toBe('us-west-2');
    expect(token.dpopKey).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n(.{64}\n)+.{1,64}\n-----END EC PRIVATE KEY-----\n$/);
    expect(world.server.service.tokenCalls).toEqual([{ grantType: 'authorization_code', clientId: 'arn:aws:signin:::devtools/same-device', outcome: 'issued' }]);
    expect(world.server.dpopFailures).toEqual([]);
  });

  it('signs calls on moto with the login session credentials, from the cache', async () => {
    const who = await shell.run('$id = Get-STSCallerIdentity -ProfileName p; $id.Account; $id.Arn');
    expect(who.stderr).toBe('');
    expect(who.stdout).toBe(`123456789012\n${SESSION}\n`);
    const s3 = await shell.run('New-S3Bucket -BucketName login-bucket -ProfileName p | Out-Null; (Get-S3Bucket -ProfileName p).BucketName');
    expect(s3.stderr).toBe('');
    expect(s3.stdout).toBe('login-bucket\n');
    // Served from the cached access token: no call to the token endpoint.
    expect(world.server.service.tokenCalls.map((c) => c.outcome)).toEqual(['issued']);
  });

  it('Get-AWSCredential gives the profile as LoginAWSCredentials; Set-AWSCredential makes it the shell default', async () => {
    const got = await shell.run('(Get-AWSCredential -ProfileName p).GetType().FullName');
    expect(got.stderr).toBe('');
    expect(got.stdout).toBe('Amazon.Runtime.LoginAWSCredentials\n');
    const who = await shell.run('Set-AWSCredential -ProfileName p; (Get-STSCallerIdentity).Arn; (Get-STSCallerIdentity -Credential (Get-AWSCredential -ProfileName p)).Arn; Clear-AWSCredential');
    expect(who.stderr).toBe('');
    expect(who.stdout).toBe(`${SESSION}\n${SESSION}\n`);
    expect(world.server.service.tokenCalls.map((c) => c.outcome)).toEqual(['issued']);
  });
});

/** The error record of the last failure in the shell: id, category, message. */
async function lastError(): Promise<string> {
  const r = await shell.run('$e = $Error[0]; "$($e.FullyQualifiedErrorId)|$($e.CategoryInfo.Category)|$($e.Exception.GetType().FullName)"');
  return r.stdout.trim();
}

/** The built CLI in a child process (asynchronous: this process serves the sign-in endpoint meanwhile). */
function awspsProcess(script: string) {
  return runProcess(process.execPath, [path.join(ROOT, 'bin', 'awsps.js'), '-NoProfile', '-NonInteractive', '-Command', script], {
    ...(process.env as Record<string, string>),
    ...world.childEnv(),
    NO_COLOR: '1',
  });
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/\.(ts|js|cjs):\d+/);
}

describe('credentials of a login profile through the SDK provider', () => {
  it('reuses the cached token in a new awsps process without calling the token endpoint', async () => {
    const r = await awspsProcess('(Get-STSCallerIdentity -ProfileName p).Arn');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${SESSION}\n`);
    expect(world.server.service.tokenCalls.map((c) => c.outcome)).toEqual(['issued']);
  });

  it('refreshes an expired access token with the cached refresh token and DPoP key, and rewrites the cache', async () => {
    const before = cached();
    fs.writeFileSync(cacheFile(), JSON.stringify({ ...before, accessToken: { ...before.accessToken, expiresAt: '2020-01-01T00:00:00Z' } }));
    await forgetResolvedCredentials();
    const who = await shell.run('(Get-STSCallerIdentity -ProfileName p).Arn');
    expect(who.stderr).toBe('');
    expect(who.stdout).toBe(`${SESSION}\n`);
    expect(world.server.service.tokenCalls.map((c) => c.grantType + ':' + c.outcome)).toEqual(['authorization_code:issued', 'refresh_token:refreshed']);
    expect(world.server.dpopFailures).toEqual([]);
    const after = cached();
    expect(after.accessToken.accessKeyId).not.toBe(before.accessToken.accessKeyId);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.dpopKey).toBe(before.dpopKey);
    expect(Date.parse(after.accessToken.expiresAt)).toBeGreaterThan(Date.now() + 10 * 60 * 1000);
    // The new keys are moto's: the refreshed credentials sign real calls.
    expect(world.server.service.issued.at(-1)?.accessKeyId).toBe(after.accessToken.accessKeyId);

    // The built CLI refreshes the same way (the provider and the sign-in client are bundled).
    fs.writeFileSync(cacheFile(), JSON.stringify({ ...after, accessToken: { ...after.accessToken, expiresAt: '2020-01-01T00:00:00Z' } }));
    const cli = await awspsProcess('(Get-STSCallerIdentity -ProfileName p).Arn');
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toBe(`${SESSION}\n`);
    expect(world.server.service.tokenCalls.map((c) => c.outcome)).toEqual(['issued', 'refreshed', 'refreshed']);
    expect(cached().refreshToken).not.toBe(after.refreshToken);
  });

  it('names Invoke-AWSLogin when the console session behind the refresh token has ended', async () => {
    const before = cached();
    fs.writeFileSync(cacheFile(), JSON.stringify({ ...before, accessToken: { ...before.accessToken, expiresAt: '2020-01-01T00:00:00Z' } }));
    world.server.service.expireSessions();
    await forgetResolvedCredentials();
    const r = await shell.run('Get-STSCallerIdentity -ProfileName p');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      "Could not get credentials from the login session of the profile 'p': Your session has expired. Please reauthenticate. Run Invoke-AWSLogin -ProfileName p to sign in again.",
    );
    expectNoStackTrace(r.stderr);
    expect(await lastError()).toBe('AmazonClientException|AuthenticationError|Amazon.Runtime.AmazonClientException');
  });

  it('names Invoke-AWSLogin for a login profile with no cached token', async () => {
    fs.appendFileSync(world.configFile, '\n[profile ghost]\nlogin_session = arn:aws:sts::123456789012:assumed-role/Other/x\n');
    const r = await shell.run('Get-STSCallerIdentity -ProfileName ghost');
    expect(r.stderr).toContain("The profile 'ghost' has no cached login session credentials. Run Invoke-AWSLogin -ProfileName ghost to sign in.");
    expectNoStackTrace(r.stderr);
  });
});

describe('cross-device login (-NoBrowser)', () => {
  it('prints the URL, reads the verification code the confirmation page shows, and logs in', async () => {
    const running = shell.run('Invoke-AWSLogin -ProfileName remote -NoBrowser');
    const m = await shell.waitFor(/following URL:\n\n(\S+)\n\n/);
    const visit = await answerConsent(m[1]!);
    expect(visit.url.startsWith(`${world.server.endpoint}/v1/sessions/confirmation?`)).toBe(true);
    shell.answer(verificationCodeOn(visit));
    const r = await running;
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "Using region 'us-east-1' determined by profile/environment defaults. To override, specify '-Region' parameter.\n" +
        `Please complete the login workflow via the following URL:\n\n${m[1]}\n\n` +
        'Please enter the authorization code displayed in the browser:\n' +
        "Login completed successfully for profile 'remote'\n",
    );
    const url = new URL(m[1]!);
    expect(url.searchParams.get('client_id')).toBe('arn:aws:signin:::devtools/cross-device');
    expect(url.searchParams.get('redirect_uri')).toBe(`${world.server.endpoint}/v1/sessions/confirmation`);
    expect(fs.readFileSync(world.configFile, 'utf8')).toContain(`[profile remote]\nlogin_session = ${SESSION}\nregion = us-east-1\n`);
    expect(cached().clientId).toBe('arn:aws:signin:::devtools/cross-device');
    const who = await shell.run('(Get-STSCallerIdentity -ProfileName remote).Arn');
    expect(who.stdout).toBe(`${SESSION}\n`);
  });

  async function crossDeviceWith(typed: string) {
    const running = shell.run('Invoke-AWSLogin -ProfileName remote -Region us-east-1 -NoBrowser');
    await shell.waitFor(/displayed in the browser:\n/);
    shell.answer(typed);
    return running;
  }

  it('refuses a code that is not base64, or lacks code or state, or carries another state', async () => {
    let r = await crossDeviceWith('this is not base64!');
    expect(r.stderr).toContain('Invalid verification code format. Please ensure you copied the complete code from the browser.');
    expect(await lastError()).toBe('InvalidVerificationCode,Amazon.PowerShell.Common.InvokeAWSLoginCmdlet|InvalidArgument|System.ArgumentException');
    r = await crossDeviceWith(Buffer.from('state=abc').toString('base64'));
    expect(r.stderr).toContain("Verification code is missing the required 'code' parameter.");
    expect(await lastError()).toBe('MissingAuthorizationCode,Amazon.PowerShell.Common.InvokeAWSLoginCmdlet|InvalidData|System.ArgumentException');
    r = await crossDeviceWith(Buffer.from('code=abc').toString('base64'));
    expect(r.stderr).toContain("Verification code is missing the required 'state' parameter.");
    r = await crossDeviceWith(Buffer.from('code=abc&state=not-ours').toString('base64'));
    expect(r.stderr).toContain('State mismatch - possible CSRF attack');
    expect(await lastError()).toBe('System.Exception,Amazon.PowerShell.Common.InvokeAWSLoginCmdlet|NotSpecified|System.Exception');
    expectNoStackTrace(shell.transcript());
  });
});

describe('failed logins', () => {
  it('rejects a redirect whose state is not the one it sent', async () => {
    followingBrowser(async (url) => {
      const res = await fetch(`${redirectUriOf(url)}?code=stolen&state=forged`);
      return { status: res.status, url, body: await res.text() };
    });
    const r = await shell.run('Invoke-AWSLogin -ProfileName evil -Region us-east-1');
    expect(r.stderr).toContain('State mismatch - possible CSRF attack');
    expectNoStackTrace(r.stderr);
    expect(await lastError()).toBe('System.Exception,Amazon.PowerShell.Common.InvokeAWSLoginCmdlet|NotSpecified|System.Exception');
    expect(fs.readFileSync(world.configFile, 'utf8')).not.toContain('[profile evil]');
  });

  it('reports a denied consent as the OAuth error of the redirect', async () => {
    const browser = followingBrowser((url) => answerConsent(url, 'deny'));
    const r = await shell.run('Invoke-AWSLogin -ProfileName denied -Region us-east-1');
    expect(r.stderr).toContain('OAuth error: access_denied');
    expect((await browser.visits[0]!).body).toContain('Request denied');
  });

  it('reports an expired authorization code as the AWS CLI words it', async () => {
    followingBrowser((url) => answerConsent(url, 'allow', () => world.server.service.expireCodes()));
    const r = await shell.run('Invoke-AWSLogin -ProfileName late -Region us-east-1');
    expect(r.stderr).toContain('Unable to complete the login process due to an expired authorization code. Please reauthenticate using Invoke-AWSLogin.');
    expect(world.server.service.tokenCalls.at(-1)?.outcome).toBe('AUTHCODE_EXPIRED');
  });

  it('reports a failing token endpoint after the SDK retries', async () => {
    followingBrowser();
    for (let i = 0; i < 3; i++) world.server.service.injectedErrors.push(new SigninError(500, 'InternalServerException', 'server_error', 'Something broke'));
    const r = await shell.run('Invoke-AWSLogin -ProfileName broken -Region us-east-1');
    expect(r.stderr).toContain('Invoke-AWSLogin failed at CreateOAuth2Token: InternalServerException (server_error): Something broke');
    expectNoStackTrace(r.stderr);
    expect(await lastError()).toBe('AmazonServiceException,Amazon.PowerShell.Common.InvokeAWSLoginCmdlet|NotSpecified|Amazon.Runtime.AmazonServiceException');
  });

  it('rejects an unknown region before anything else', async () => {
    const authorizations = world.server.requests.length;
    const r = await shell.run('Invoke-AWSLogin -ProfileName p -Region mars-north-1');
    expect(r.stderr).toContain('Region mars-north-1 is not valid.');
    expect(await lastError()).toBe('ArgumentException,Amazon.PowerShell.Common.InvokeAWSLoginCmdlet|InvalidArgument|System.ArgumentException');
    expect(world.server.requests.length).toBe(authorizations);
  });

  it('asks before pointing a profile at another console identity, and leaves it alone on "n"', async () => {
    fs.appendFileSync(world.configFile, '\n[profile other]\nlogin_session = arn:aws:sts::123456789012:assumed-role/Old/old\nregion = us-east-1\n');
    followingBrowser();
    const running = shell.run('Invoke-AWSLogin -ProfileName other');
    await shell.waitFor(/\(y\/n\): $/);
    shell.answer('n');
    const r = await running;
    expect(r.screen).toContain(
      `WARNING: Previously profile other was configured for arn:aws:sts::123456789012:assumed-role/Old/old, and is now being updated to ${SESSION}.\nDo you wish to change the identity that other is associated with? (y/n): n\nLogin workflow aborted by user.\n`,
    );
    expect(fs.readFileSync(world.configFile, 'utf8')).toContain('[profile other]\nlogin_session = arn:aws:sts::123456789012:assumed-role/Old/old\n');
    followingBrowser();
    const again = shell.run('Invoke-AWSLogin -ProfileName other');
    await shell.waitFor(/\(y\/n\): $/);
    shell.answer('y');
    expect((await again).stdout).toContain("Login completed successfully for profile 'other'");
    expect(fs.readFileSync(world.configFile, 'utf8')).toContain(`[profile other]\nlogin_session = ${SESSION}\nregion = us-east-1\n`);
  });
});

describe('a shell that cannot prompt', () => {
  it('refuses the cross-device flow (no browser to open) with an error record, in process and in the CLI', async () => {
    const requests = world.server.requests.length;
    const batch = createPromptingShell({ interactive: false, width: 200 });
    const r = await batch.run('Invoke-AWSLogin -ProfileName batch -Region us-east-1');
    expect(r.stderr).toContain(
      'Invoke-AWSLogin needs the authorization code displayed in the browser (cross-device login) and the shell cannot prompt for it (non-interactive).',
    );
    const cli = await awspsProcess('Invoke-AWSLogin -ProfileName batch -Region us-east-1');
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toContain('Invoke-AWSLogin: Invoke-AWSLogin needs the authorization code displayed in the browser (cross-device login)');
    expectNoStackTrace(cli.stderr);
    expect(world.server.requests.length).toBe(requests);
  });

  it('asks for -Region when no profile or environment names one', async () => {
    const batch = createPromptingShell({ interactive: false, width: 200 });
    const saved = { r: process.env.AWS_REGION, d: process.env.AWS_DEFAULT_REGION };
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    // The default-profile fallback must find no region either.
    process.env.AWS_PROFILE = 'nowhere';
    try {
      const r = await batch.run('Invoke-AWSLogin -ProfileName nowhere');
      expect(r.stderr).toContain('A value for -Region is required and the shell cannot prompt for it (non-interactive). Pass -Region.');
    } finally {
      delete process.env.AWS_PROFILE;
      process.env.AWS_REGION = saved.r;
      process.env.AWS_DEFAULT_REGION = saved.d;
    }
  });
});

describe('defaults', () => {
  it('logs in the default profile in its region when neither -ProfileName nor -Region is given, and keeps the file [default]', async () => {
    followingBrowser();
    const r = await shell.run('Invoke-AWSLogin');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^Using profile 'default' determined by environment defaults\. To override, specify '-ProfileName' parameter\.\nUsing region 'us-east-1' determined by profile\/environment defaults\. To override, specify '-Region' parameter\.\nUsing a browser, visit:\n\S+\n\nLogin completed successfully for profile 'default'\n$/,
    );
    expect(fs.readFileSync(world.configFile, 'utf8')).toMatch(new RegExp(`^# mine\\n\\[default\\]\\nregion = us-east-1\\nlogin_session = ${SESSION.replace(/[/]/g, '\\/')}\\n`));
    const who = await shell.run('(Get-STSCallerIdentity).Arn');
    expect(who.stdout).toBe(`${SESSION}\n`);
  });
});

describe('discovery', () => {
  it('is a command of AWS.Tools.Common with help and tab completion', async () => {
    const r = await shell.run('$c = Get-Command Invoke-AWSLogin; $c.Name; $c.Source; Get-Help Invoke-AWSLogin | Out-String -Width 300');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Invoke-AWSLogin\nAWS.Tools.Common\n');
    expect(r.stdout).toContain(
      'SYNOPSIS\n    Retrieves and caches an AWS Login access token to exchange for AWS credentials, and configures the profile given by -ProfileName to use it.\n',
    );
    expect(r.stdout).toContain('SYNTAX\n    Invoke-AWSLogin [[-Region] <String>] [[-ProfileName] <String>] [-NoBrowser] [<CommonParameters>]\n');
    const { complete } = await import('../../../src/completion/complete.js');
    const { engineCompletionEnvironment } = await import('../../../src/completion/engine-environment.js');
    const env = engineCompletionEnvironment(shell.engine);
    const at = (line: string) => complete(line, line.length, env).matches;
    expect(at('Invoke-AWSLog')).toEqual(['Invoke-AWSLogin']);
    expect(at('Invoke-AWSLogin -NoB')).toEqual(['-NoBrowser']);
    expect(at('Invoke-AWSLogin -ProfileName rem')).toEqual(['remote']);
  });
});

describe('secrets', () => {
  it('never shows a key, token, refresh token, identity token or DPoP key in any output or in $AWSHistory', async () => {
    const history = await shell.run('$AWSHistory | Format-List * | Out-String -Width 500; $AWSHistory.Commands | ForEach-Object { $_ | Format-List * | Out-String -Width 500 }');
    const secrets: string[] = [];
    for (const c of world.server.service.issued) secrets.push(c.secretAccessKey, c.sessionToken);
    for (const t of world.server.service.refreshTokens.keys()) secrets.push(t);
    for (const name of fs.readdirSync(world.cacheDir)) {
      const t = JSON.parse(fs.readFileSync(path.join(world.cacheDir, name), 'utf8')) as { refreshToken: string; idToken: string; dpopKey: string };
      secrets.push(t.refreshToken, t.idToken, t.dpopKey.split('\n')[1]!);
    }
    expect(secrets.length).toBeGreaterThan(10);
    const everything = shell.transcript() + history.stdout;
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
