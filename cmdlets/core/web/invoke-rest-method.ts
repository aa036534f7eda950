// Invoke-RestMethod: sends an HTTP request and writes the body converted as pwsh does: JSON as objects (an array
// stays one object, as pwsh writes it), anything else that parses as JSON likewise, otherwise the text.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { jsonDocumentToObjects } from '../data/json-cmdlets.js';
import { WEB_PARAMETERS, runWebRequest, wantsOutput } from './web-cmdlet.js';
import { decodeText } from './web-request.js';
import { headerTable } from './web-response.js';

const COMMAND = { name: 'Invoke-RestMethod', className: 'Microsoft.PowerShell.Commands.InvokeRestMethodCommand' };

function isXml(contentType: string | null): boolean {
  return /[/+]xml\b/i.test(contentType ?? '');
}

function writeBody(ctx: CommandContext, text: string, contentType: string | null): unknown {
  if (text.trim() === '') return undefined;
  if (isXml(contentType)) {
    // pwsh returns an XmlDocument; awsps has no XML documents, so the text comes back as it is.
    ctx.writeWarning('The response is XML, which awsps returns as text (it has no XmlDocument type).');
    return ctx.write(text);
  }
  const json = jsonDocumentToObjects(text);
  return ctx.write(json === undefined ? text : json.value);
}

export const invokeRestMethodCommand: CommandDefinition = {
  name: 'Invoke-RestMethod',
  aliases: ['irm'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Sends an HTTP or HTTPS request to a RESTful web service.',
  outputType: ['System.Object'],
  defaultParameterSet: 'StandardMethod',
  parameters: [...WEB_PARAMETERS, { name: 'ResponseHeadersVariable', type: 'System.String', aliases: ['RHV'] }],
  create() {
    return {
      async process(ctx) {
        const { response, bytes } = await runWebRequest(ctx, COMMAND);
        const headersVariable = ctx.params.ResponseHeadersVariable;
        if (typeof headersVariable === 'string' && headersVariable !== '') ctx.session.setVariable(headersVariable, headerTable(response));
        if (!wantsOutput(ctx) || bytes === undefined) return;
        await writeBody(ctx, decodeText(bytes, response.headers.get('content-type')), response.headers.get('content-type'));
      },
    };
  },
};
