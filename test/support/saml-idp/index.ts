// The test SAML identity provider (AD FS-shaped, Basic or forms sign-in). See server.ts.

export { startSamlIdp, SIGN_ON_PATH, type SamlIdp, type SamlIdpOptions, type IdpUser } from './server.js';
export { samlResponseXml, samlPostPage, type GrantedRole } from './assertion.js';
