// The polling rules of the device login against the test server: the service's interval between polls,
// authorization_pending keeps waiting, slow_down lengthens the interval, expired_token and the code's
// lifetime end the login, and the client registration is cached and reused until it nears expiry.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_START_URL, approveDevice, startSsoServer, type SsoServer } from '../../support/sso-server/index.js';
import { ssoLogin, type LoginIo } from '../../../src/aws/sso/login-flow.js';
import { SsoError } from '../../../src/aws/sso/errors.js';
import { readToken } from '../../../src/aws/sso/token-cache.js';
import type { SsoSessionConfig } from '../../../src/aws/sso/sso-config.js';

let server: SsoServer;
const session: SsoSessionConfig = { sessionName: 'flow', startUrl: DEFAULT_START_URL, region: 'us-west-2', scopes: ['sso:account:access'] };

beforeAll(async () => {
  server = await startSsoServer();
  process.env.AWS_ENDPOINT_URL_SSO_OIDC = server.endpoint;
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(() => {
  process.env.HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-sso-flow-'));
});

interface Recorded {
  io: LoginIo;
  said: string[];
  opened: string[];
  code: () => string;
}

function recordingIo(openBrowser = false): Recorded {
  const said: string[] = [];
  const opened: string[] = [];
  return {
    said,
    opened,
    code: () => /Then enter the code:\n\n([A-Z]{4}-[A-Z]{4})/.exec(said.join(''))![1]!,
    io: {
      say: (t) => void said.push(t),
      openBrowser: (url) => {
        opened.push(url);
        return openBrowser;
      },
      signal: new AbortController().signal,
    },
  };
}

describe('device login polling', () => {
  it('waits the interval, keeps polling while pending, and adds the slow-down increment after slow_down', async () => {
    const r = recordingIo();
    const waits: number[] = [];
    const outcome = await ssoLogin(session, r.io, {
      slowDownIncrementMs: 250,
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 1) server.oidc.injectPollErrors(r.code(), ['authorization_pending', 'slow_down']);
        if (waits.length === 3) await approveDevice(server.verificationUri, r.code());
      },
    });
    expect(outcome.kind).toBe('logged-in');
    expect(waits).toEqual([1000, 1000, 1250]);
    expect(r.opened).toEqual([`${server.verificationUri}?user_code=${r.code()}`]);
    expect(r.said.join('')).toBe(
      `Open the following URL in a browser on any device to authorize this request:\n\n${server.verificationUri}?user_code=${r.code()}\n\nThen enter the code:\n\n${r.code()}\n`,
    );
    expect(readToken(DEFAULT_START_URL, 'flow')?.refreshToken).toBeTruthy();
  });

  it('says it is opening the browser when it could', async () => {
    const r = recordingIo(true);
    await ssoLogin(session, r.io, { sleep: async () => void (await approveDevice(server.verificationUri, r.code())) });
    expect(r.said.join('')).toMatch(/^Attempting to automatically open the SSO authorization page in your default browser\.\nIf the browser does not open/);
  });

  it('fails on expired_token and when the code outlives its lifetime', async () => {
    const r = recordingIo();
    await expect(
      ssoLogin(session, r.io, { sleep: async () => server.oidc.injectPollErrors(r.code(), ['expired_token']) }),
    ).rejects.toThrow(new SsoError('The SSO authorization request expired before it was approved. Run the login again.', 'expired'));

    const late = recordingIo();
    let clock = Date.now();
    await expect(
      ssoLogin(session, late.io, {
        now: () => clock,
        sleep: async (ms) => void (clock += ms * 700),
      }),
    ).rejects.toThrow('The SSO authorization request expired before it was approved.');
  });

  it('reuses the cached client registration, and registers again once it nears expiry', async () => {
    const first = recordingIo();
    await ssoLogin(session, first.io, { sleep: async () => void (await approveDevice(server.verificationUri, first.code())) });
    const clients = server.oidc.clients.size;
    const again = recordingIo();
    await ssoLogin(session, again.io, { force: true, sleep: async () => void (await approveDevice(server.verificationUri, again.code())) });
    expect(server.oidc.clients.size).toBe(clients);
    const later = recordingIo();
    const inNinetyDays = Date.now() + 90 * 24 * 3600 * 1000;
    await ssoLogin(session, later.io, { force: true, now: () => inNinetyDays, sleep: async () => void (await approveDevice(server.verificationUri, later.code())) });
    expect(server.oidc.clients.size).toBe(clients + 1);
  });

  it('stops when the command is cancelled', async () => {
    const r = recordingIo();
    const controller = new AbortController();
    const io = { ...r.io, signal: controller.signal };
    const running = ssoLogin(session, io);
    setTimeout(() => controller.abort(), 200);
    await expect(running).rejects.toThrow('The SSO login was cancelled.');
  });
});
