// The SAML 2.0 Response an AD FS-style identity provider posts to AWS (https://signin.aws.amazon.com/saml):
// an Assertion whose AttributeStatement carries RoleSessionName, Role ("role ARN,principal ARN", one value per
// granted role) and SessionDuration, the attributes AWS (and moto's AssumeRoleWithSAML) read.

import { randomUUID } from 'node:crypto';

export interface GrantedRole {
  readonly roleArn: string;
  readonly principalArn: string;
}

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function samlResponseXml(issuer: string, userName: string, roles: readonly GrantedRole[], sessionDurationSeconds: number, now = new Date()): string {
  const issued = now.toISOString();
  const notAfter = new Date(now.getTime() + 5 * 60_000).toISOString();
  const roleValues = roles.map((r) => `<saml:AttributeValue>${xmlEscape(`${r.roleArn},${r.principalArn}`)}</saml:AttributeValue>`).join('');
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${randomUUID()}" Version="2.0" IssueInstant="${issued}" Destination="https://signin.aws.amazon.com/saml">` +
    `<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${xmlEscape(issuer)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" IssueInstant="${issued}" Version="2.0">` +
    `<saml:Issuer>${xmlEscape(issuer)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${xmlEscape(userName)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${notAfter}" Recipient="https://signin.aws.amazon.com/saml"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${issued}" NotOnOrAfter="${notAfter}"><saml:AudienceRestriction><saml:Audience>urn:amazon:webservices</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AttributeStatement>` +
    `<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><saml:AttributeValue>${xmlEscape(userName)}</saml:AttributeValue></saml:Attribute>` +
    `<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role">${roleValues}</saml:Attribute>` +
    `<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/SessionDuration"><saml:AttributeValue>${sessionDurationSeconds}</saml:AttributeValue></saml:Attribute>` +
    `</saml:AttributeStatement>` +
    `<saml:AuthnStatement AuthnInstant="${issued}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `</saml:Assertion></samlp:Response>`
  );
}

/** The page the provider answers a successful sign-in with: a self-posting form carrying the assertion. */
export function samlPostPage(assertionBase64: string): string {
  return `<!doctype html><html><head><title>Working...</title></head><body onload="document.forms[0].submit()">
<form method="POST" name="hiddenform" action="https://signin.aws.amazon.com/saml">
<input type="hidden" name="SAMLResponse" value="${assertionBase64}" />
<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript>
</form></body></html>`;
}
