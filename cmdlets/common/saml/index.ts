// The SAML federation cmdlets of AWS.Tools.Common, for engine.registerCommands.

export { samlCmdlets } from './saml-cmdlets.js';
