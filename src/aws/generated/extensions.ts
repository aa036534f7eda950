// What the real tool's hand-written extensions (.extensions.cs partial classes) add to generated cmdlets: the
// AWS cmdlet layer (cmdlets/aws/extensions.ts) registers, per cmdlet, the request and output hooks that give
// the extension parameters their effect. A generated extension parameter nobody registered fails loudly.

import type { ServiceCmdletSpec } from '../cmdlet/service-cmdlet-spec.js';

export type CmdletExtension = Pick<ServiceCmdletSpec, 'prepareRequest' | 'completeResponse' | 'output'> & {
  /** The extension parameters these hooks handle. */
  readonly parameters: readonly string[];
};

const extensions = new Map<string, CmdletExtension>();

export function registerCmdletExtension(cmdletName: string, extension: CmdletExtension): void {
  extensions.set(cmdletName.toLowerCase(), extension);
}

export function cmdletExtension(cmdletName: string): CmdletExtension | undefined {
  return extensions.get(cmdletName.toLowerCase());
}
