// Get-EC2InstanceMetadata (AWS.Tools.EC2, hand-written in AWS Tools; a PSCmdlet, so no credential or region
// parameters): the instance metadata of the EC2 instance the shell runs on, by well-known category
// (-Category), by path (-Path), or the category names (-ListCategory). It talks IMDSv2 to the metadata service
// (see imds-client.ts); off EC2 every category or path fails with a clear, quick, non-terminating error.

import type { CommandContext, CommandDefinition } from '../../src/pipeline/types.js';
import { makeErrorRecord } from '../../src/engine/errors.js';
import { ImdsError, ImdsSession } from './imds-client.js';
import { ListValue, METADATA_CATEGORY_NAMES, METADATA_CATEGORY_TYPE, MetadataCategoryEnum, metadataCategory, metadataPath, readCategory } from './ec2-metadata-categories.js';
import { enumMember } from '../../src/objects/enum-value.js';

const CLASS = 'Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceMetadataCmdlet';
const BY_CATEGORY = 'ByCategory';
const BY_PATH = 'ByPath';
const LIST = 'ListCategories';
const byName = { valueFromPipelineByPropertyName: true } as const;

function exceptionType(e: unknown): string {
  return e instanceof ImdsError ? 'System.Net.Http.HttpRequestException' : 'System.Exception';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** AWS Tools: new ErrorRecord(e, "Failed to retrieve requested metadata. Error <message>.", ReadError, category). */
function categoryError(e: unknown, category: string): ReturnType<typeof makeErrorRecord> {
  const message = messageOf(e);
  return makeErrorRecord(message, {
    type: exceptionType(e),
    id: `Failed to retrieve requested metadata. Error ${message}.,${CLASS}`,
    category: 'ReadError',
    target: enumMember(MetadataCategoryEnum, category) ?? category,
    baseTypeNames: ['System.Exception'],
  });
}

/** AWS Tools: new ErrorRecord(e, "PathNotFound", InvalidArgument, path). */
function pathError(e: unknown, path: string): ReturnType<typeof makeErrorRecord> {
  return makeErrorRecord(messageOf(e), { type: exceptionType(e), id: `PathNotFound,${CLASS}`, category: 'InvalidArgument', target: path, baseTypeNames: ['System.Exception'] });
}

function asList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

async function writeValue(ctx: CommandContext, value: unknown): Promise<void> {
  if (value instanceof ListValue) {
    for (const item of value.items) await ctx.write(item);
  } else {
    await ctx.write(value);
  }
}

async function byCategory(ctx: CommandContext, imds: ImdsSession): Promise<void> {
  for (const raw of asList(ctx.params.Category)) {
    const category = metadataCategory(raw);
    if (category === undefined) continue; // the binder only lets enumeration members through
    let value: unknown;
    try {
      value = await readCategory(imds, category);
    } catch (e) {
      ctx.writeError(categoryError(e, category));
      continue;
    }
    await writeValue(ctx, value);
  }
}

async function byPath(ctx: CommandContext, imds: ImdsSession): Promise<void> {
  for (const raw of asList(ctx.params.Path)) {
    const path = String(raw);
    let value: string | null;
    try {
      value = await imds.get(metadataPath(path, imds.endpoint ?? ''));
    } catch (e) {
      ctx.writeError(pathError(e, path));
      continue;
    }
    await ctx.write(value);
  }
}

export const getEC2InstanceMetadata: CommandDefinition = {
  name: 'Get-EC2InstanceMetadata',
  module: 'AWS.Tools.EC2',
  synopsis:
    'Outputs the values corresponding to one or more EC2 instance metadata categories. The metadata can be addressed using one or more category enumeration values or by specifying one or more category paths. The list of known categories can also be enumerated to the pipeline. For metadata that yields a single value, a single string is output. For metadata that yields an array of string values, the array is enumerated to the pipeline.',
  outputType: ['System.String'],
  defaultParameterSet: BY_CATEGORY,
  parameters: [
    { name: 'Category', type: `${METADATA_CATEGORY_TYPE}[]`, mandatory: true, parameterSets: [BY_CATEGORY], completionValues: [...METADATA_CATEGORY_NAMES], ...byName },
    { name: 'Path', type: 'System.String[]', mandatory: true, parameterSets: [BY_PATH], ...byName },
    { name: 'ListCategory', type: 'switch', mandatory: true, parameterSets: [LIST], ...byName },
  ],
  create() {
    // One metadata session per pipeline position: the token (or the failure to reach the service) is shared
    // by every category and input object, so off EC2 only the first request waits for the deadline.
    let imds: ImdsSession | undefined;
    return {
      process(ctx) {
        if (ctx.isBound('ListCategory')) return ctx.writeEnumerated([...METADATA_CATEGORY_NAMES]);
        imds ??= new ImdsSession(process.env, ctx.signal);
        return ctx.isBound('Path') ? byPath(ctx, imds) : byCategory(ctx, imds);
      },
    };
  },
};
