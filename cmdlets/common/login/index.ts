// The AWS Sign-in (console credentials) cmdlets of AWS.Tools.Common, for engine.registerCommands.

export { loginCmdlets } from './login-cmdlets.js';
