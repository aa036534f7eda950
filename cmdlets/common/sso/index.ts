// The IAM Identity Center (SSO) cmdlets of AWS.Tools.Common, for engine.registerCommands.

export { ssoCmdlets } from './sso-cmdlets.js';
