// ConvertTo-Json and ConvertFrom-Json (Microsoft.PowerShell.Utility), with pwsh 7's defaults and messages.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { ErrorRecord, RuntimeError, makeErrorRecord, type ErrorCategory } from '../../../src/engine/errors.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { withKind } from '../../../src/objects/datetime.js';
import { toStr } from '../../../src/engine/conversions.js';
import { toJson, type EscapeHandling } from './json-serialize.js';
import { JsonObjectNode, JsonReaderError, parseJson, type JsonValue } from './json-parse.js';

function rangeError(command: string, param: string, value: number, min: number, max: number): RuntimeError {
  const message =
    value > max
      ? `Cannot validate argument on parameter '${param}'. The ${value} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`
      : `Cannot validate argument on parameter '${param}'. The ${value} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`;
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.Management.Automation.ParameterBindingValidationException',
      id: `ParameterArgumentValidationError,Microsoft.PowerShell.Commands.${command}Command`,
      category: 'InvalidData',
      target: value,
    }),
  );
}

function intParam(ctx: CommandContext, name: string, fallback: number): number {
  if (!ctx.isBound(name)) return fallback;
  const v = Number(ctx.params[name]);
  return Number.isFinite(v) ? Math.trunc(v) : fallback;
}

export const convertToJsonCommand: CommandDefinition = {
  name: 'ConvertTo-Json',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts an object to a JSON-formatted string.',
  outputType: ['System.String'],
  parameters: [
    { name: 'InputObject', type: 'System.Object', position: 0, mandatory: true, valueFromPipeline: true, allowNull: true },
    { name: 'Depth', type: 'System.Int32' },
    { name: 'Compress', type: 'switch' },
    { name: 'EnumsAsStrings', type: 'switch' },
    { name: 'AsArray', type: 'switch' },
    { name: 'EscapeHandling', type: 'Newtonsoft.Json.StringEscapeHandling', validateSet: ['Default', 'EscapeNonAscii', 'EscapeHtml'] },
  ],
  create() {
    const inputs: unknown[] = [];
    return {
      begin(ctx) {
        const depth = intParam(ctx, 'Depth', 2);
        if (depth < 0 || depth > 100) throw rangeError('ConvertToJson', 'Depth', depth, 0, 100);
      },
      process(ctx, input, hasInput) {
        inputs.push(hasInput ? input : (ctx.params.InputObject ?? null));
      },
      end(ctx) {
        if (inputs.length === 0) return;
        const value = inputs.length > 1 || ctx.params.AsArray === true ? inputs : inputs[0];
        const escape = typeof ctx.params.EscapeHandling === 'string' ? ctx.params.EscapeHandling : toStr(ctx.params.EscapeHandling ?? 'Default');
        const json = toJson(value, {
          depth: intParam(ctx, 'Depth', 2),
          compress: ctx.params.Compress === true,
          enumsAsStrings: ctx.params.EnumsAsStrings === true,
          escapeHandling: (['Default', 'EscapeNonAscii', 'EscapeHtml'].find((e) => e.toLowerCase() === escape.toLowerCase()) ?? 'Default') as EscapeHandling,
          onDepthExceeded: (d) => ctx.writeWarning(`Resulting JSON is truncated as serialization has exceeded the set depth of ${d}.`),
        });
        return ctx.write(json);
      },
    };
  },
};

type DateKind = 'Default' | 'Local' | 'Utc' | 'Offset' | 'String';

function conversionFailure(message: string, id: string, category: ErrorCategory): ErrorRecord {
  const record = makeErrorRecord(message, {
    type: 'System.InvalidOperationException',
    id: `${id},Microsoft.PowerShell.Commands.ConvertFromJsonCommand`,
    category,
  });
  record.commandName = 'ConvertFrom-Json';
  return record;
}

/** JSON tree → PowerShell values: objects become [pscustomobject] (or ordered hashtables), arrays object[]. */
class JsonToPowerShell {
  constructor(
    private readonly asHashtable: boolean,
    private readonly dateKind: DateKind,
  ) {}

  convert(v: JsonValue): unknown {
    if (v instanceof JsonObjectNode) return this.asHashtable ? this.hashtable(v) : this.object(v);
    if (Array.isArray(v)) return v.map((x) => this.convert(x));
    if (v instanceof Date) return this.date(v);
    return v;
  }

  private date(d: Date): Date {
    if (this.dateKind === 'Utc') return withKind(new Date(d.getTime()), 'Utc');
    if (this.dateKind === 'Local' || this.dateKind === 'Offset') return withKind(new Date(d.getTime()), 'Local');
    return d;
  }

  private object(node: JsonObjectNode): PSObject {
    const o = new PSObject();
    for (const [key, value] of node.entries) {
      if (key === '') {
        throw new RuntimeError(
          conversionFailure('The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.', 'EmptyKeyInJsonString', 'InvalidOperation'),
        );
      }
      const existing = o.getProperty(key);
      if (existing) {
        throw new RuntimeError(
          conversionFailure(
            `Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '${existing.name}' was '${key}'.`,
            'KeysWithDifferentCasingInJsonString',
            'InvalidOperation',
          ),
        );
      }
      o.addNote(key, this.convert(value));
    }
    return o;
  }

  private hashtable(node: JsonObjectNode): PSHashtable {
    const h = new PSHashtable();
    for (const [key, value] of node.entries) {
      if (!h.add(key, this.convert(value))) {
        throw new RuntimeError(
          conversionFailure(
            `Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated key '${key}'.`,
            'DuplicateKeysInJsonString',
            'InvalidOperation',
          ),
        );
      }
    }
    return h;
  }
}

/**
 * One JSON document as ConvertFrom-Json gives it with its defaults (Invoke-RestMethod's conversion), or
 * undefined when the text is not JSON. An array stays one array (Invoke-RestMethod does not enumerate it).
 */
export function jsonDocumentToObjects(text: string): { value: unknown } | undefined {
  const r = parseDocument(text, 1024, 'Default');
  if (!r.ok || r.value === undefined) return undefined;
  return { value: new JsonToPowerShell(false, 'Default').convert(r.value) };
}

/** Parses one JSON document; a syntax error is pwsh's ArgumentException "Conversion from JSON failed with error: …". */
function parseDocument(text: string, depth: number, dateKind: DateKind): { ok: true; value: JsonValue | undefined } | { ok: false; error: RuntimeError } {
  try {
    return { ok: true, value: parseJson(text, { maxDepth: depth, parseDates: dateKind !== 'String' }) };
  } catch (e) {
    if (!(e instanceof JsonReaderError)) throw e;
    const record = makeErrorRecord(`Conversion from JSON failed with error: ${e.message}`, {
      type: 'System.ArgumentException',
      id: 'System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
      category: 'NotSpecified',
    });
    record.commandName = 'ConvertFrom-Json';
    return { ok: false, error: new RuntimeError(record) };
  }
}

export const convertFromJsonCommand: CommandDefinition = {
  name: 'ConvertFrom-Json',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
  outputType: ['System.Management.Automation.PSObject', 'System.Collections.Hashtable'],
  parameters: [
    { name: 'InputObject', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true },
    { name: 'AsHashtable', type: 'switch' },
    { name: 'Depth', type: 'System.Int32' },
    { name: 'NoEnumerate', type: 'switch' },
    { name: 'DateKind', type: 'Microsoft.PowerShell.Commands.JsonDateKind', validateSet: ['Default', 'Local', 'Utc', 'Offset', 'String'] },
  ],
  create() {
    const texts: string[] = [];
    return {
      process(ctx, input, hasInput) {
        const v = hasInput ? input : ctx.params.InputObject;
        texts.push(v === null || v === undefined ? '' : toStr(v));
      },
      end(ctx) {
        if (texts.length === 0) return;
        const depth = intParam(ctx, 'Depth', 1024);
        if (depth < 1) throw rangeError('ConvertFromJson', 'Depth', depth, 1, 2147483647);
        const kindText = toStr(ctx.params.DateKind ?? 'Default');
        const dateKind = (['Default', 'Local', 'Utc', 'Offset', 'String'].find((k) => k.toLowerCase() === kindText.toLowerCase()) ?? 'Default') as DateKind;
        const converter = new JsonToPowerShell(ctx.params.AsHashtable === true, dateKind);
        const noEnumerate = ctx.params.NoEnumerate === true;
        const results: unknown[] = [];
        const emit = (value: JsonValue | undefined): void => {
          results.push(value === undefined ? null : converter.convert(value));
        };
        if (texts.length === 1) {
          const r = parseDocument(texts[0]!, depth, dateKind);
          if (!r.ok) throw r.error;
          emit(r.value);
        } else {
          // Either every input is a complete document, or together they are one document (Get-Content lines).
          const first = parseDocument(texts[0]!, depth, dateKind);
          if (first.ok && first.value !== undefined) {
            emit(first.value);
            for (const t of texts.slice(1)) {
              const r = parseDocument(t, depth, dateKind);
              if (!r.ok) throw r.error;
              emit(r.value);
            }
          } else {
            const r = parseDocument(texts.join('\n'), depth, dateKind);
            if (!r.ok) throw r.error;
            emit(r.value);
          }
        }
        return writeResults(ctx, results, noEnumerate, 0);
      },
    };
  },
};

function writeResults(ctx: CommandContext, results: unknown[], noEnumerate: boolean, start: number): ReturnType<CommandContext['write']> {
  for (let i = start; i < results.length; i++) {
    const v = results[i];
    const r = noEnumerate || v === null ? ctx.write(v) : ctx.writeEnumerated(v);
    if (r instanceof Promise) return r.then(() => writeResults(ctx, results, noEnumerate, i + 1));
  }
}
