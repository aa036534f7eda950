// Get-Host (the $Host object) and Clear-Host (clears a terminal; output that is not a terminal is left alone).

import type { CommandDefinition } from '../../../src/pipeline/types.js';

export const getHostCommand: CommandDefinition = {
  name: 'Get-Host',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Gets an object that represents the current host program.',
  outputType: ['System.Management.Automation.Internal.Host.InternalHost'],
  parameters: [],
  create() {
    return {
      process(ctx) {
        return ctx.write(ctx.session.getVariable('Host'));
      },
    };
  },
};

export const clearHostCommand: CommandDefinition = {
  name: 'Clear-Host',
  aliases: ['cls'],
  synopsis: 'Clears the display in the host program.',
  parameters: [],
  create() {
    return {
      process(ctx) {
        // Erase the screen and the scroll-back, then home the cursor, as pwsh does on a terminal.
        if (ctx.host.terminal === true) ctx.host.writeOut('\x1b[2J\x1b[3J\x1b[H');
      },
    };
  },
};
