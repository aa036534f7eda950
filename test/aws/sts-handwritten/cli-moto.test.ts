// The STS federation cmdlets through the real CLI (bin/awsps.js, the built bundle) against moto, with no
// credentials in the environment: the SDK chunk loads on first use, nothing but the output is printed, and
// the web identity credentials drive a later cmdlet through Set-AWSCredential.

import { beforeAll, describe, expect, it } from 'vitest';
import { motoEnv, workerMoto } from '../../support/moto.js';
import { run } from '../../helpers/cli.js';
import { samlResponseXml } from '../../support/saml-idp/index.js';

let moto: { readonly endpoint: string };
beforeAll(async () => {
  moto = await workerMoto();
});

function anonymousEnv(): Record<string, string> {
  return { ...motoEnv(moto.endpoint), AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' };
}

describe('STS federation cmdlets through the CLI', () => {
  it('Use-STSWebIdentityRole credentials become the shell credentials with Set-AWSCredential', () => {
    const r = run(
      [
        "$c = Use-STSWebIdentityRole -RoleArn arn:aws:iam::123456789012:role/ci -RoleSessionName build-42 -WebIdentityToken 'oidc-token-value-1234'",
        'Set-AWSCredential -Credential $c',
        '(Get-STSCallerIdentity).Arn',
        '$c.GetType().FullName',
      ].join('\n'),
      { env: anonymousEnv() },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('arn:aws:sts::123456789012:assumed-role/ci/build-42\nAmazon.PowerShell.Common.AWSWebIdentityCredentials\n');
    expect(r.code).toBe(0);
  });

  it('Use-STSRoleWithSAML -Force writes the response; its AssumedRoleUser names the SAML session', () => {
    const assertion = Buffer.from(
      samlResponseXml('https://idp.example.com', 'frank', [{ roleArn: 'arn:aws:iam::123456789012:role/admins', principalArn: 'arn:aws:iam::123456789012:saml-provider/idp' }], 3600),
    ).toString('base64');
    const r = run(
      `(Use-STSRoleWithSAML -RoleArn arn:aws:iam::123456789012:role/admins -PrincipalArn arn:aws:iam::123456789012:saml-provider/idp -SAMLAssertion '${assertion}' -Force).AssumedRoleUser.Arn`,
      { env: anonymousEnv() },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('arn:aws:sts::123456789012:assumed-role/admins/frank\n');
  });
});
