// The token cache is the AWS CLI's and the SDKs': proven with an independent reader and writer, botocore in
// the machine's python3. botocore loads the token awsps wrote (SSOTokenLoader, and a whole credential
// resolution + signed call through the AWS CLI); awsps uses a token botocore wrote, both one it obtained with
// its own device flow against the test server and one its SSOTokenProvider refreshed and rewrote.

import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_START_URL, approveDevice, reservedRoleName } from '../../support/sso-server/index.js';
import { tokenCachePath } from '../../../src/aws/sso/token-cache.js';
import { forgetResolvedCredentials } from '../../../cmdlets/common/sso/forget-credentials.js';
import { createPromptingShell, type PromptingShell } from '../../support/prompting-shell.js';
import { runAwsCli, runPython } from './processes.js';
import { secretsOf, startSsoWorld, type SsoWorld } from './sso-env.js';

let world: SsoWorld;
let shell: PromptingShell;
const captured: string[] = [];

const CONFIG =
  '[profile my-sso-profile]\nsso_session = my-sso-session\nsso_account_id = 111122223333\nsso_role_name = SamplePermissionSet\nregion = us-east-1\n\n' +
  '[sso-session my-sso-session]\nsso_start_url = https://provided-domain.awsapps.com/start\nsso_region = us-west-2\nsso_registration_scopes = sso:account:access\n';

beforeAll(async () => {
  world = await startSsoWorld();
  fs.writeFileSync(world.configFile, CONFIG);
  shell = createPromptingShell();
});

afterAll(async () => {
  await world?.stop();
});

const ARN = `arn:aws:sts::111122223333:assumed-role/${reservedRoleName('SamplePermissionSet')}/user@example.com`;

async function python(code: string): Promise<string> {
  const r = await runPython(code, world.childEnv());
  captured.push(r.stdout, r.stderr);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('botocore reads what awsps wrote', () => {
  it('loads the token with SSOTokenLoader and resolves the profile to role credentials', async () => {
    const running = shell.run('Invoke-AWSSSOLogin -ProfileName my-sso-profile');
    const m = await shell.waitFor(/(https?:\/\/\S+)\s+Then enter the code:\s+([A-Z]{4}-[A-Z]{4})\n/);
    await approveDevice(m[1]!, m[2]!);
    expect((await running).stderr).toBe('');
    const written = JSON.parse(fs.readFileSync(tokenCachePath(DEFAULT_START_URL, 'my-sso-session'), 'utf8')) as { accessToken: string };

    const out = await python(`
import os, json, hashlib
from botocore.utils import SSOTokenLoader, JSONFileCache
loader = SSOTokenLoader(cache=JSONFileCache(os.path.expanduser(os.path.join('~', '.aws', 'sso', 'cache'))))
token = loader('${DEFAULT_START_URL}', session_name='my-sso-session')
print(hashlib.sha256(token['accessToken'].encode()).hexdigest())
print(token['expiresAt'])
import botocore.session
session = botocore.session.Session(profile='my-sso-profile')
print(session.create_client('sts', region_name='us-east-1').get_caller_identity()['Arn'])
`);
    const [hash, expiresAt, arn] = out.trim().split('\n');
    const { createHash } = await import('node:crypto');
    expect(hash).toBe(createHash('sha256').update(written.accessToken).digest('hex'));
    expect(expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(arn).toBe(ARN);

    const cli = await runAwsCli(['sts', 'get-caller-identity', '--profile', 'my-sso-profile', '--output', 'json'], world.childEnv());
    captured.push(cli.stdout, cli.stderr);
    expect(cli.stderr).toBe('');
    expect(JSON.parse(cli.stdout)).toMatchObject({ Account: '111122223333', Arn: ARN });
  });
});

describe('awsps uses what botocore wrote', () => {
  it('uses a token botocore obtained with its own device flow and cached with its own writer', async () => {
    fs.unlinkSync(tokenCachePath(DEFAULT_START_URL, 'my-sso-session'));
    await forgetResolvedCredentials();
    await python(`
import os, time, urllib.request, urllib.parse
from datetime import datetime, timedelta, timezone
import botocore.session
from botocore import UNSIGNED
from botocore.config import Config
from botocore.utils import JSONFileCache, SSOTokenLoader
from botocore.tokens import _sso_json_dumps
oidc = botocore.session.Session().create_client('sso-oidc', region_name='us-west-2', config=Config(signature_version=UNSIGNED))
reg = oidc.register_client(clientName='botocore-client-test', clientType='public', scopes=['sso:account:access'])
dev = oidc.start_device_authorization(clientId=reg['clientId'], clientSecret=reg['clientSecret'], startUrl='${DEFAULT_START_URL}')
form = urllib.parse.urlencode({'user_code': dev['userCode'], 'decision': 'allow', 'username': 'user@example.com'}).encode()
urllib.request.urlopen(urllib.request.Request(dev['verificationUri'], data=form, method='POST')).read()
time.sleep(dev['interval'])
tok = oidc.create_token(clientId=reg['clientId'], clientSecret=reg['clientSecret'], grantType='urn:ietf:params:oauth:grant-type:device_code', deviceCode=dev['deviceCode'])
now = datetime.now(timezone.utc)
token = {'startUrl': '${DEFAULT_START_URL}', 'region': 'us-west-2', 'accessToken': tok['accessToken'],
         'expiresAt': now + timedelta(seconds=tok['expiresIn']), 'clientId': reg['clientId'], 'clientSecret': reg['clientSecret'],
         'registrationExpiresAt': datetime.fromtimestamp(reg['clientSecretExpiresAt'], timezone.utc), 'refreshToken': tok['refreshToken']}
cache = JSONFileCache(os.path.expanduser(os.path.join('~', '.aws', 'sso', 'cache')), dumps_func=_sso_json_dumps)
SSOTokenLoader(cache=cache).save_token('${DEFAULT_START_URL}', token, session_name='my-sso-session')
`);
    const r = await shell.run('(Get-STSCallerIdentity -ProfileName my-sso-profile).Arn');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${ARN}\n`);
  });

  it('uses a token botocore refreshed and rewrote (SSOTokenProvider)', async () => {
    const file = tokenCachePath(DEFAULT_START_URL, 'my-sso-session');
    const before = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    // Ten minutes left: inside botocore's refresh window (15 min), outside awsps' (5 min), so only botocore refreshes.
    const soon = new Date(Date.now() + 10 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    fs.writeFileSync(file, JSON.stringify({ ...before, expiresAt: soon }));
    await python(`
import botocore.session
from botocore.tokens import SSOTokenProvider
SSOTokenProvider(botocore.session.Session(profile='my-sso-profile')).load_token().get_frozen_token()
`);
    const after = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    await forgetResolvedCredentials();
    const refreshes = world.server.oidc.calls.filter((c) => c.grantType === 'refresh_token').length;
    const r = await shell.run('(Get-STSCallerIdentity -ProfileName my-sso-profile).Account');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('111122223333\n');
    expect(world.server.oidc.calls.filter((c) => c.grantType === 'refresh_token').length).toBe(refreshes);
    // And awsps can refresh with the refresh token botocore rotated in.
    fs.writeFileSync(file, JSON.stringify({ ...after, expiresAt: '2020-01-01T00:00:00Z' }));
    const login = await shell.run('Invoke-AWSSSOLogin -ProfileName my-sso-profile');
    expect(login.stdout).toContain('Refreshed the SSO token');
  });

  it('showed no secret anywhere', () => {
    const everything = shell.transcript() + captured.join('\n');
    for (const secret of secretsOf(world)) expect(everything.includes(secret), 'a secret appeared in the output').toBe(false);
  });
});
