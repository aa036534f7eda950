// The test AWS Sign-in service (authorization pages + CreateOAuth2Token with DPoP). See server.ts.

export { startSigninServer, DEFAULT_IDENTITY, type SigninServer, type SigninServerOptions } from './server.js';
export { SigninError, SAME_DEVICE_CLIENT, CROSS_DEVICE_CLIENT, type TokenCall } from './service.js';
export { loginSessionArn, motoSessionIssuer, randomSessionIssuer, type ConsoleIdentity, type SessionCredentials } from './issuers.js';
export { answerConsent, redirectUriOf, verificationCodeOn, type BrowserVisit } from './browser.js';
export { jwkThumbprint } from './dpop-check.js';
