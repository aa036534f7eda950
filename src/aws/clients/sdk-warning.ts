// The AWS SDK announces, through process.emitWarning, that it will soon need a newer Node. That notice is not
// the user's business and would land on stderr (bin/awsps.js silences Node's printer, but awsps can also be
// loaded as a library, e.g. by tests). The filter is installed just before the first SDK module loads.

const NODE_VERSION_WARNING = 'NodeVersionSupportWarning';

let installed = false;

function isNodeVersionWarning(warning: unknown): boolean {
  if (typeof warning === 'string') return warning.startsWith(NODE_VERSION_WARNING);
  return warning instanceof Error && (warning.name === NODE_VERSION_WARNING || warning.message.startsWith(NODE_VERSION_WARNING));
}

/** Makes process.emitWarning drop the SDK's Node-version notice (and only it). Idempotent. */
export function suppressSdkNodeVersionWarning(): void {
  if (installed) return;
  installed = true;
  const original = process.emitWarning;
  const filtered = function emitWarning(this: NodeJS.Process, warning: string | Error, ...rest: unknown[]): void {
    if (isNodeVersionWarning(warning)) return;
    (original as (this: NodeJS.Process, w: string | Error, ...r: unknown[]) => void).call(this, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
}
