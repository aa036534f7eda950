// AWS.Tools.Common's Invoke-AWSLogin: signs in with AWS console credentials (AWS Sign-in) and configures a
// profile whose credentials the SDK's login provider serves and refreshes (src/aws/login). Follows AWS Tools'
// AWSLoginCmdlets.cs: the profile defaults to AWS_PROFILE or "default" and the region to the profile's, then the
// environment's, else the user is asked; -NoBrowser, or no browser to open, selects the cross-device flow.
// Progress text goes to the host; no token, key or authorization code is ever shown.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { configFilePath, credentialsFilePath, ProfileFileError } from '../../../src/aws/profile-files/index.js';
import { findRegion } from '../../../src/aws/regions/index.js';
import { LoginError, loginRuntimeError } from '../../../src/aws/login/errors.js';
import { loginProfileValues, loginSessionOf, regionOf, writeLoginProfile, type LoginFiles } from '../../../src/aws/login/login-profile.js';
import type { LoginWorkflow } from '../../../src/aws/login/login-flow.js';
import { writeLoginToken } from '../../../src/aws/login/token-cache.js';
import { loginBrowser } from '../../../src/aws/login/browser.js';
// Static: a dynamic import would move the engine modules it shares with start-up into a split chunk. Its
// node:http and node:crypto are deferred stand-ins and the sign-in client loads on first use, so start-up stays lean.
import { signIn } from '../../../src/aws/login/login-flow.js';
import { forgetResolvedCredentials } from '../sso/forget-credentials.js';
import { missingValueError, stringParam } from '../sso/prompts.js';
import { toRuntimeError } from '../credentials/errors.js';

const MODULE = 'AWS.Tools.Common';
const CLS = 'InvokeAWSLoginCmdlet';
const FULL_CLASS = `Amazon.PowerShell.Common.${CLS}`;
/** AWS Tools cancels the whole login after 15 minutes. */
const LOGIN_TIMEOUT_MS = 15 * 60 * 1000;

const REGION_PROMPT_TEXT =
  "No AWS region has been configured. The AWS region is the geographic location of your AWS resources.\n\nIf you've used AWS before and already have resources in your account, tell us which region they were created in. If you haven't created resources in your account before, you can pick the region closest to you: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html\n";

function loginFiles(ctx: CommandContext): LoginFiles {
  return { credentials: credentialsFilePath({ cwd: ctx.session.cwd }), config: configFilePath({ cwd: ctx.session.cwd }) };
}

function nonEmptyEnv(name: string): string | null {
  const v = process.env[name];
  return v !== undefined && v.trim() !== '' ? v.trim() : null;
}

function nonInteractive(what: string): LoginError {
  return new LoginError(`Invoke-AWSLogin needs ${what} and the shell cannot prompt for it (non-interactive).`, 'non-interactive');
}

/** The SDK's region fallbacks (environment, then the AWS_PROFILE/default profile), else the user's answer. */
async function determineRegion(ctx: CommandContext, files: LoginFiles, profileValues: ReadonlyMap<string, string> | undefined): Promise<string> {
  const fromProfile = regionOf(profileValues);
  if (fromProfile !== null) return fromProfile;
  const fromEnv = nonEmptyEnv('AWS_REGION') ?? nonEmptyEnv('AWS_DEFAULT_REGION');
  if (fromEnv !== null) return fromEnv;
  const fromDefaultProfile = regionOf(loginProfileValues(files, nonEmptyEnv('AWS_PROFILE') ?? 'default'));
  if (fromDefaultProfile !== null) return fromDefaultProfile;
  if (!ctx.host.interactive) throw missingValueError('Region', CLS);
  ctx.writeHost(REGION_PROMPT_TEXT);
  for (;;) {
    const answer = (await ctx.host.readLine('AWS Region [None]: ')).trim();
    if (answer !== '' && findRegion(answer) !== undefined) return answer;
    if (answer !== '') ctx.writeHost(`Invalid input: ${answer}`);
  }
}

/** AWS Tools asks before pointing a profile at a different console identity; "y"/"yes" goes ahead. */
async function confirmIdentityChange(ctx: CommandContext, profileName: string, previous: string, next: string): Promise<boolean> {
  if (!ctx.host.interactive) throw nonInteractive(`confirmation to change the identity of the profile '${profileName}' from ${previous} to ${next}`);
  ctx.writeHost(`WARNING: Previously profile ${profileName} was configured for ${previous}, and is now being updated to ${next}.`);
  const answer = (await ctx.host.readLine(`Do you wish to change the identity that ${profileName} is associated with? (y/n): `)).trim().toLowerCase();
  return answer === 'y' || answer === 'yes';
}

async function login(ctx: CommandContext, signal: AbortSignal): Promise<void> {
  const files = loginFiles(ctx);
  let profileName = stringParam(ctx, 'ProfileName');
  if (profileName === null) {
    profileName = nonEmptyEnv('AWS_PROFILE') ?? 'default';
    ctx.writeHost(`Using profile '${profileName}' determined by environment defaults. To override, specify '-ProfileName' parameter.`);
  }
  const existing = loginProfileValues(files, profileName);

  let region = stringParam(ctx, 'Region');
  if (region === null) {
    region = await determineRegion(ctx, files, existing);
    ctx.writeHost(`Using region '${region}' determined by profile/environment defaults. To override, specify '-Region' parameter.`);
  }
  if (findRegion(region) === undefined) throw new LoginError(`Region ${region} is not valid.`, 'argument', 'ArgumentException', 'InvalidArgument', region);

  const interactiveTerminal = ctx.host.interactive && process.stdout.isTTY === true;
  const browser = loginBrowser();
  const workflow: LoginWorkflow = ctx.params.NoBrowser === true || !browser.available(interactiveTerminal) ? 'cross-device' : 'same-device';
  if (workflow === 'cross-device' && !ctx.host.interactive) throw nonInteractive('the authorization code displayed in the browser (cross-device login)');

  const { identity, token } = await signIn(region, workflow, {
    say: (line) => ctx.writeHost(line),
    openBrowser: (url) => browser.open(url),
    readVerificationCode: () => {
      ctx.writeHost('Please enter the authorization code displayed in the browser:');
      return ctx.host.readLine('');
    },
    signal,
  });

  const previous = loginSessionOf(existing);
  if (previous !== null && previous !== identity.loginSession && !(await confirmIdentityChange(ctx, profileName, previous, identity.loginSession))) {
    ctx.writeHost('Login workflow aborted by user.');
    return;
  }
  writeLoginToken(identity.loginSession, token);
  writeLoginProfile(files, profileName, identity.loginSession, region);
  // Providers resolved before this login may hold failed or old credentials: resolve profiles afresh.
  await forgetResolvedCredentials();
  ctx.writeHost(`Login completed successfully for profile '${profileName}'`);
}

const invokeAWSLogin: CommandDefinition = {
  name: 'Invoke-AWSLogin',
  module: MODULE,
  synopsis: 'Retrieves and caches an AWS Login access token to exchange for AWS credentials, and configures the profile given by -ProfileName to use it.',
  outputType: ['None'],
  parameters: [
    { name: 'Region', type: 'System.String', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'ProfileName', type: 'System.String', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'NoBrowser', type: 'switch' },
  ],
  create() {
    return {
      async process(ctx) {
        const timeout = AbortSignal.timeout(LOGIN_TIMEOUT_MS);
        const signal = AbortSignal.any([ctx.signal, timeout]);
        try {
          await login(ctx, signal);
        } catch (err) {
          if (err instanceof LoginError && err.reason === 'cancelled' && timeout.aborted && !ctx.signal.aborted) {
            throw loginRuntimeError(new LoginError('The login did not complete within 15 minutes. Run Invoke-AWSLogin again.', 'cancelled'), FULL_CLASS);
          }
          if (err instanceof LoginError) throw loginRuntimeError(err, FULL_CLASS);
          if (err instanceof ProfileFileError) throw toRuntimeError(err, CLS);
          throw err;
        }
      },
    };
  },
};

export const loginCmdlets: CommandDefinition[] = [invokeAWSLogin];
