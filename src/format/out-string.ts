// Out-String's rendering, for callers that need the console text of values (redirection to files).

export { renderToString, renderLines } from './out-default.js';
