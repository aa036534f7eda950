// Invoke-WebRequest: sends an HTTP request and writes the response object (BasicHtmlWebResponseObject for text,
// WebResponseObject otherwise); with -OutFile the body goes to the file and nothing is written unless -PassThru.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { WEB_PARAMETERS, runWebRequest, wantsOutput } from './web-cmdlet.js';
import { webResponseObject } from './web-response.js';

const COMMAND = { name: 'Invoke-WebRequest', className: 'Microsoft.PowerShell.Commands.InvokeWebRequestCommand' };

export const invokeWebRequestCommand: CommandDefinition = {
  name: 'Invoke-WebRequest',
  aliases: ['iwr'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Gets content from a web page on the internet.',
  outputType: ['Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject'],
  defaultParameterSet: 'StandardMethod',
  parameters: WEB_PARAMETERS,
  create() {
    return {
      async process(ctx) {
        const { response, bytes } = await runWebRequest(ctx, COMMAND);
        if (!wantsOutput(ctx)) return;
        // With -OutFile -PassThru the body is on disk; the object still describes the response.
        await ctx.write(webResponseObject(response, bytes ?? new Uint8Array()));
      },
    };
  },
};
