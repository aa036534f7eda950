// Test-Json: True when the text (or file) is JSON, else pwsh's "Cannot parse the JSON." error and False.
// Schema validation is refused by name: awsps has no JSON Schema validator.

import { readFile } from 'node:fs/promises';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';

const COMMAND = 'Microsoft.PowerShell.Commands.TestJsonCommand';

function stripComments(text: string): string {
  // -Options IgnoreComments: // and /* */ outside strings.
  return text.replace(/"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) => (m.startsWith('"') ? m : ''));
}

function stripTrailingCommas(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|,(\s*[}\]])/g, (m, close: string | undefined) => (close === undefined ? m : close));
}

async function jsonText(ctx: CommandContext, input: unknown, hasInput: boolean): Promise<string> {
  const file = ctx.params.LiteralPath ?? ctx.params.Path;
  if (file !== undefined && file !== null) return readFile(ctx.session.resolvePath(toStr(file)), 'utf8');
  return toStr(hasInput ? input : ctx.params.Json);
}

export const testJsonCommand: CommandDefinition = {
  name: 'Test-Json',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Tests whether a string is a valid JSON document.',
  outputType: ['System.Boolean'],
  defaultParameterSet: 'JsonString',
  parameters: [
    { name: 'Json', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true, parameterSets: ['JsonString', 'JsonStringWithSchemaString', 'JsonStringWithSchemaFile'] },
    { name: 'Path', type: 'System.String', mandatory: true, parameterSets: ['JsonPath'] },
    { name: 'LiteralPath', type: 'System.String', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['JsonLiteralPath'] },
    { name: 'Schema', type: 'System.String', position: 1 },
    { name: 'SchemaFile', type: 'System.String' },
    { name: 'Options', type: 'System.String[]', validateSet: ['Default', 'IgnoreComments', 'AllowTrailingCommas'] },
  ],
  create() {
    return {
      async process(ctx, input, hasInput) {
        if (ctx.isBound('Schema') || ctx.isBound('SchemaFile')) {
          const record = makeErrorRecord('Test-Json -Schema and -SchemaFile are not supported by awsps: it has no JSON Schema validator. Test-Json without them checks that the text is JSON.', {
            type: 'System.NotSupportedException',
            id: `SchemaNotSupported,${COMMAND}`,
            category: 'NotImplemented',
          });
          record.commandName = 'Test-Json';
          throw new RuntimeError(record);
        }
        let text = await jsonText(ctx, input, hasInput);
        const options = (Array.isArray(ctx.params.Options) ? ctx.params.Options : []).map((o) => toStr(o).toLowerCase());
        if (options.includes('ignorecomments')) text = stripComments(text);
        if (options.includes('allowtrailingcommas')) text = stripTrailingCommas(text);
        try {
          JSON.parse(text);
        } catch {
          const record = makeErrorRecord('Cannot parse the JSON.', { type: 'System.Exception', id: `InvalidJson,${COMMAND}`, category: 'InvalidData', target: text });
          record.commandName = 'Test-Json';
          ctx.writeError(record);
          return ctx.write(false);
        }
        return ctx.write(true);
      },
    };
  },
};
