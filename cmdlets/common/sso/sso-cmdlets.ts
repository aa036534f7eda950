// AWS.Tools.Common's IAM Identity Center cmdlets: Initialize-AWSSSOConfiguration, Set-AWSSSOSessionConfiguration,
// Invoke-AWSSSOLogin and Invoke-AWSSSOLogout. Settings go to the shared config file; tokens to the cache the AWS
// CLI and SDKs share (src/aws/sso). Progress goes to the host, never a token.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { configFilePath, credentialsFilePath, ProfileFileError } from '../../../src/aws/profile-files/index.js';
import { DEFAULT_REGISTRATION_SCOPES, profileValues, readSessionConfig, readSsoProfile, type SsoFiles, type SsoSessionConfig } from '../../../src/aws/sso/sso-config.js';
import { SsoError, ssoRuntimeError } from '../../../src/aws/sso/errors.js';
import { ssoLogin } from '../../../src/aws/sso/login-flow.js';
import { logoutAll, logoutSession } from '../../../src/aws/sso/logout.js';
import { writeSsoProfile, writeSsoSession } from '../../../src/aws/sso/sso-setup.js';
import { canOpenBrowser, openBrowser } from '../../../src/aws/sso/browser.js';
import { forgetResolvedCredentials } from './forget-credentials.js';
import { toRuntimeError } from '../credentials/errors.js';
import { stringArrayParam, stringParam, valueOrPrompt } from './prompts.js';

const MODULE = 'AWS.Tools.Common';
const NS = 'Amazon.PowerShell.Common';

function ssoFiles(ctx: CommandContext): SsoFiles {
  return { credentials: credentialsFilePath({ cwd: ctx.session.cwd }), config: configFilePath({ cwd: ctx.session.cwd }) };
}

/** Runs fn, turning library failures into the cmdlet's terminating errors. */
async function guarded<T>(cls: string, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof SsoError) throw ssoRuntimeError(err, `${NS}.${cls}`);
    if (err instanceof ProfileFileError) throw toRuntimeError(err, cls);
    throw err;
  }
}

function sessionLabel(session: SsoSessionConfig): string {
  return session.sessionName !== null ? `the SSO session '${session.sessionName}' (${session.startUrl})` : `the start URL ${session.startUrl}`;
}

/** The device login with this command's host: text to the console, the browser only where there is one. */
async function login(ctx: CommandContext, session: SsoSessionConfig, force: boolean): Promise<void> {
  const interactiveTerminal = ctx.host.interactive && process.stdout.isTTY === true;
  const outcome = await ssoLogin(
    session,
    {
      say: (text) => ctx.writeHost(text),
      openBrowser: (url) => canOpenBrowser({ interactive: interactiveTerminal, platform: process.platform, env: process.env }) && openBrowser(url),
      signal: ctx.signal,
    },
    { force },
  );
  // Profiles resolved before this login may hold a provider that failed: resolve them afresh.
  await forgetResolvedCredentials();
  if (outcome.kind === 'cached') ctx.writeHost(`You are already logged in to ${sessionLabel(session)}.`);
  else if (outcome.kind === 'refreshed') ctx.writeHost(`Refreshed the SSO token of ${sessionLabel(session)}.`);
  else ctx.writeHost(`Successfully logged into Start URL: ${session.startUrl}`);
}

const NO_TARGET = 'Either ProfileName or SessionName or a default profile with SSO configuration is required.';

function configError(message: string): SsoError {
  return new SsoError(message, 'config');
}

/** The portal session Invoke-AWSSSOLogin/-Logout is about: -SessionName, -ProfileName, or the default profile. */
function sessionFor(ctx: CommandContext, files: SsoFiles): SsoSessionConfig {
  const sessionName = stringParam(ctx, 'SessionName');
  if (sessionName !== null) return readSessionConfig(files, sessionName);
  const profileName = stringParam(ctx, 'ProfileName');
  if (profileName !== null) {
    if (profileValues(files, profileName) === undefined) {
      throw configError(`The profile '${profileName}' was not found in '${files.config}' or '${files.credentials}'.`);
    }
    const profile = readSsoProfile(files, profileName);
    if (profile === undefined) throw configError(`The profile '${profileName}' has no SSO configuration (sso_session or sso_start_url).`);
    return profile.session;
  }
  const fallback = readSsoProfile(files, 'default');
  if (fallback === undefined) throw configError(NO_TARGET);
  return fallback.session;
}

const invokeAWSSSOLogin: CommandDefinition = {
  name: 'Invoke-AWSSSOLogin',
  module: MODULE,
  synopsis: 'Starts an AWS access portal (IAM Identity Center) session for an SSO profile or sso-session, unless one is already active.',
  outputType: ['None'],
  defaultParameterSet: 'Profile',
  parameters: [
    { name: 'ProfileName', type: 'System.String', position: 0, valueFromPipeline: true, parameterSets: ['Profile'] },
    { name: 'SessionName', type: 'System.String', parameterSets: ['Session'] },
    { name: 'Force', type: 'switch' },
  ],
  create() {
    return {
      async process(ctx) {
        const cls = 'InvokeAWSSSOLoginCmdlet';
        await guarded(cls, async () => {
          const session = sessionFor(ctx, ssoFiles(ctx));
          const force = ctx.params.Force === true;
          if (force) await logoutSession(session);
          await login(ctx, session, force);
        });
      },
    };
  },
};

const invokeAWSSSOLogout: CommandDefinition = {
  name: 'Invoke-AWSSSOLogout',
  module: MODULE,
  synopsis: 'Ends AWS access portal sessions: the one of -ProfileName, or every cached one, and removes their cached tokens.',
  outputType: ['None'],
  confirmImpact: 'Medium',
  parameters: [{ name: 'ProfileName', type: 'System.String', valueFromPipeline: true }],
  create() {
    return {
      async process(ctx) {
        const cls = 'InvokeAWSSSOLogoutCmdlet';
        const profileName = stringParam(ctx, 'ProfileName');
        await guarded(cls, async () => {
          if (profileName === null) {
            if (!(await ctx.shouldProcess('all cached SSO sessions', 'Invoke-AWSSSOLogout'))) return;
            await logoutAll();
          } else {
            const session = sessionFor(ctx, ssoFiles(ctx));
            if (!(await ctx.shouldProcess(profileName, 'Invoke-AWSSSOLogout'))) return;
            await logoutSession(session);
          }
          await forgetResolvedCredentials();
        });
      },
    };
  },
};

interface SessionAnswers {
  sessionName: string;
  startUrl: string;
  region: string;
  scopes: string[];
}

async function sessionSettings(ctx: CommandContext, cls: string): Promise<SessionAnswers> {
  return {
    sessionName: await valueOrPrompt(ctx, 'SessionName', 'SSO session name', cls),
    startUrl: await valueOrPrompt(ctx, 'StartUrl', 'SSO start URL', cls),
    region: await valueOrPrompt(ctx, 'SSORegion', 'SSO region', cls),
    scopes: stringArrayParam(ctx, 'RegistrationScopes') ?? [...DEFAULT_REGISTRATION_SCOPES],
  };
}

const initializeAWSSSOConfiguration: CommandDefinition = {
  name: 'Initialize-AWSSSOConfiguration',
  module: MODULE,
  synopsis:
    'Writes an SSO profile and its sso-session to the shared config file, prompting for any value not given, then starts an AWS access portal session.',
  outputType: ['None'],
  confirmImpact: 'Medium',
  parameters: [
    { name: 'ProfileName', type: 'System.String' },
    { name: 'SessionName', type: 'System.String' },
    { name: 'AccountId', type: 'System.String' },
    { name: 'RoleName', type: 'System.String' },
    { name: 'StartUrl', type: 'System.String' },
    { name: 'SSORegion', type: 'System.String' },
    { name: 'RegistrationScopes', type: 'System.String[]' },
    { name: 'Region', type: 'System.String' },
  ],
  create() {
    return {
      async process(ctx) {
        const cls = 'InitializeAWSSSOConfigurationCmdlet';
        const profileName = await valueOrPrompt(ctx, 'ProfileName', 'Profile name', cls);
        const session = await sessionSettings(ctx, cls);
        const accountId = await valueOrPrompt(ctx, 'AccountId', 'AWS account ID', cls);
        const roleName = await valueOrPrompt(ctx, 'RoleName', 'Role (permission set) name', cls);
        if (!(await ctx.shouldProcess(profileName, 'Initialize-AWSSSOConfiguration'))) return;
        const files = ssoFiles(ctx);
        await guarded(cls, async () => {
          const config = { path: files.config, kind: 'config' as const };
          writeSsoSession(config, session);
          writeSsoProfile(config, { profileName, sessionName: session.sessionName, accountId, roleName, region: stringParam(ctx, 'Region') });
          await login(ctx, { sessionName: session.sessionName, startUrl: session.startUrl, region: session.region, scopes: session.scopes }, false);
        });
      },
    };
  },
};

const setAWSSSOSessionConfiguration: CommandDefinition = {
  name: 'Set-AWSSSOSessionConfiguration',
  module: MODULE,
  synopsis: 'Writes an [sso-session] section (start URL, region, registration scopes) to the shared config file.',
  outputType: ['None'],
  confirmImpact: 'Medium',
  parameters: [
    { name: 'SessionName', type: 'System.String' },
    { name: 'StartUrl', type: 'System.String' },
    { name: 'SSORegion', type: 'System.String' },
    { name: 'RegistrationScopes', type: 'System.String[]' },
  ],
  create() {
    return {
      async process(ctx) {
        const cls = 'SetAWSSSOSessionConfigurationCmdlet';
        const session = await sessionSettings(ctx, cls);
        if (!(await ctx.shouldProcess(session.sessionName, 'Set-AWSSSOSessionConfiguration'))) return;
        const files = ssoFiles(ctx);
        await guarded(cls, () => writeSsoSession({ path: files.config, kind: 'config' }, session));
      },
    };
  },
};

export const ssoCmdlets: CommandDefinition[] = [initializeAWSSSOConfiguration, setAWSSSOSessionConfiguration, invokeAWSSSOLogin, invokeAWSSSOLogout];
