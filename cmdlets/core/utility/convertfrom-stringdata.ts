// ConvertFrom-StringData: "name = value" lines (blank lines and # comments skipped, escape sequences in values
// unescaped as .NET's Regex.Unescape does) into a hashtable; a repeated name is pwsh's error.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', a: '\x07', e: '\x1b', '0': '\0' };

/** .NET Regex.Unescape: \n, \t, \uXXXX, \xXX and a backslash before any other character. */
function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, e: string) => {
    if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? e;
  });
}

function fail(message: string, id: string): never {
  const record = makeErrorRecord(message, { type: 'System.Management.Automation.PSInvalidOperationException', id: `${id},Microsoft.PowerShell.Commands.ConvertFromStringDataCommand`, category: 'InvalidOperation' });
  record.commandName = 'ConvertFrom-StringData';
  throw new RuntimeError(record);
}

export const convertFromStringDataCommand: CommandDefinition = {
  name: 'ConvertFrom-StringData',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts a string containing one or more key and value pairs to a hash table.',
  outputType: ['System.Collections.Hashtable'],
  parameters: [
    { name: 'StringData', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true },
    { name: 'Delimiter', type: 'System.Char' },
  ],
  create() {
    return {
      process(ctx, input, hasInput) {
        const text = toStr(hasInput ? input : ctx.params.StringData);
        const delimiter = typeof ctx.params.Delimiter === 'string' && ctx.params.Delimiter !== '' ? ctx.params.Delimiter : '=';
        const table = new PSHashtable();
        for (const raw of text.split(/\r?\n/)) {
          const line = raw.trim();
          if (line === '' || line.startsWith('#')) continue;
          const at = line.indexOf(delimiter);
          if (at < 0) fail(`Data line '${line}' is not in 'name${delimiter}value' format.`, 'InvalidDataLine');
          const name = line.slice(0, at).trim();
          if (table.has(name)) fail(`Data item '${name}' in line '${line}' is already defined.`, 'DataItemAlreadyDefined');
          table.set(name, unescape(line.slice(at + 1).trim()));
        }
        return ctx.write(table);
      },
    };
  },
};
