// Reading what the identity provider answered: the SAMLResponse form field of its HTML page (the
// base64 assertion a browser would post to AWS) and the roles it grants, from the attribute
// https://aws.amazon.com/SAML/Attributes/Role whose values are "role ARN,principal ARN" (either order).

export const ROLE_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/Role';

export interface SamlRole {
  readonly roleArn: string;
  readonly principalArn: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributeOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m === null ? undefined : decodeEntities(m[1] ?? m[2] ?? '');
}

/** The SAMLResponse value of an HTML page (an <input name="SAMLResponse" value="...">), if any. */
export function samlResponseOf(html: string): string | undefined {
  for (const tag of html.match(/<input\b[^>]*>/gi) ?? []) {
    if (attributeOf(tag, 'name') === 'SAMLResponse') {
      const value = attributeOf(tag, 'value');
      if (value !== undefined && value !== '') return value.replace(/\s+/g, '');
    }
  }
  return undefined;
}

/** The roles an assertion (base64) grants, in document order. */
export function rolesOf(assertionBase64: string): SamlRole[] {
  const xml = Buffer.from(assertionBase64, 'base64').toString('utf8');
  const roles: SamlRole[] = [];
  const attributePattern = /<(?:\w+:)?Attribute\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?Attribute>/g;
  for (const m of xml.matchAll(attributePattern)) {
    if (attributeOf(m[1]!, 'Name') !== ROLE_ATTRIBUTE) continue;
    for (const v of m[2]!.matchAll(/<(?:\w+:)?AttributeValue\b[^>]*>([\s\S]*?)<\/(?:\w+:)?AttributeValue>/g)) {
      const parts = decodeEntities(v[1]!).trim().split(',').map((p) => p.trim());
      if (parts.length !== 2) continue;
      const roleArn = parts.find((p) => /:role\//.test(p));
      const principalArn = parts.find((p) => /:saml-provider\//.test(p));
      if (roleArn !== undefined && principalArn !== undefined) roles.push({ roleArn, principalArn });
    }
  }
  return roles;
}

/** The short name of a role ARN (what the role choice shows): arn:aws:iam::1:role/path/ADFS-Dev → ADFS-Dev. */
export function roleName(roleArn: string): string {
  return roleArn.slice(roleArn.lastIndexOf('/') + 1);
}
