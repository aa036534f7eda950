// AWS.Tools.Common region cmdlets: Set-/Get-/Clear-DefaultAWSRegion and Get-AWSRegion. The shell default
// lives in $StoredAWSRegion (src/aws/regions/default-region.ts).

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { registerEnumType } from '../../../src/objects/enum-value.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';
import { findRegion, listRegions, UNKNOWN_REGION_DISPLAY_NAME } from '../../../src/aws/regions/region-data.js';
import { clearStoredRegion, getStoredRegion, setStoredRegion } from '../../../src/aws/regions/default-region.js';
import { newAWSRegionObject } from '../../../src/aws/regions/aws-region-object.js';
import { resolveRegion } from '../../../src/aws/regions/region-resolution.js';
import { registerRegionView } from './region-view.js';

const MODULE = 'AWS.Tools.Common';
const NS = 'Amazon.PowerShell.Common';

/** -Scope of Set-/Clear-DefaultAWSRegion. */
export const VariableScopeEnum = registerEnumType({
  fullName: `${NS}.VariableScope`,
  members: [
    ['Global', 0],
    ['Local', 1],
    ['Script', 2],
    ['Private', 3],
  ],
});
registerKnownType(VariableScopeEnum.fullName);
registerRegionView();

/** The scope name when -Scope was given, else undefined (the caller's own scope, as AWS Tools does). */
function scopeParam(ctx: CommandContext): string | undefined {
  const v = ctx.params.Scope;
  return ctx.isBound('Scope') && v !== null && v !== undefined ? String(v) : undefined;
}

const scopeParameter = {
  name: 'Scope',
  type: VariableScopeEnum.fullName,
  valueFromPipelineByPropertyName: true,
  validateSet: VariableScopeEnum.members.map(([n]) => n),
} as const;

const setDefaultAWSRegion: CommandDefinition = {
  name: 'Set-DefaultAWSRegion',
  module: MODULE,
  synopsis:
    'Sets a default AWS region system name (e.g. us-west-2, eu-west-1 etc) into the shell variable $StoredAWSRegion. AWS cmdlets will use the value of this variable to satisfy their -Region parameter if the parameter is not specified.',
  outputType: ['None'],
  parameters: [
    { name: 'Region', type: 'System.Object', aliases: ['RegionToCall'], position: 210, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { ...scopeParameter },
  ],
  create() {
    return {
      process(ctx) {
        const region = resolveRegion(ctx.session, ctx.params.Region, `${NS}.SetDefaultRegionCmdlet`);
        setStoredRegion(ctx.session, region.systemName, scopeParam(ctx));
      },
    };
  },
};

const clearDefaultAWSRegion: CommandDefinition = {
  name: 'Clear-DefaultAWSRegion',
  module: MODULE,
  synopsis: 'Clears any default AWS region set in the shell variable $StoredAWSRegion.',
  outputType: ['None'],
  parameters: [{ ...scopeParameter }],
  create() {
    return {
      process(ctx) {
        clearStoredRegion(ctx.session, scopeParam(ctx));
      },
    };
  },
};

const getDefaultAWSRegion: CommandDefinition = {
  name: 'Get-DefaultAWSRegion',
  module: MODULE,
  synopsis: 'Returns the current default AWS region for this shell, if any, as held in the shell variable $StoredAWSRegion.',
  outputType: [`${NS}.AWSRegion`],
  parameters: [],
  create() {
    return {
      process(ctx) {
        const stored = getStoredRegion(ctx.session);
        if (stored === undefined) return;
        // A name the tools do not know (assigned to $StoredAWSRegion directly) still prints, as the SDK's 'Unknown'.
        const known = findRegion(stored);
        return ctx.write(newAWSRegionObject(known?.systemName ?? stored, known?.displayName ?? UNKNOWN_REGION_DISPLAY_NAME, ctx.session));
      },
    };
  },
};

const PUBLIC_ONLY = 'PublicOnly';
const PUBLIC_AND_GOV = 'PublicAndGovCloud';
const GOV_ONLY = 'GovCloudOnly';

function unrecognizedRegion(systemName: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord('Unrecognized region system name', {
      type: 'System.ArgumentException',
      id: `ArgumentException,${NS}.GetRegionCmdlet`,
      category: 'InvalidArgument',
      target: systemName,
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

const getAWSRegion: CommandDefinition = {
  name: 'Get-AWSRegion',
  module: MODULE,
  synopsis: 'Returns the set of available AWS regions.',
  outputType: [`${NS}.AWSRegion`],
  defaultParameterSet: PUBLIC_ONLY,
  parameters: [
    { name: 'SystemName', type: 'System.String', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: [PUBLIC_ONLY, PUBLIC_AND_GOV] },
    { name: 'IncludeChina', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: [PUBLIC_ONLY, PUBLIC_AND_GOV] },
    { name: 'IncludeGovCloud', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: [PUBLIC_AND_GOV] },
    { name: 'GovCloudOnly', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: [GOV_ONLY] },
  ],
  create() {
    return {
      process(ctx) {
        const systemName = ctx.params.SystemName;
        if (typeof systemName === 'string' && systemName !== '') {
          // A single region by name; -IncludeChina/-IncludeGovCloud do not apply (cn-north-1 is found by name).
          const region = findRegion(systemName);
          if (!region) throw unrecognizedRegion(systemName);
          return ctx.write(newAWSRegionObject(region.systemName, region.displayName, ctx.session));
        }
        const regions = listRegions({
          includeChina: ctx.params.IncludeChina === true,
          includeGovCloud: ctx.params.IncludeGovCloud === true,
          govCloudOnly: ctx.params.GovCloudOnly === true,
        });
        return ctx.writeEnumerated(regions.map((r) => newAWSRegionObject(r.systemName, r.displayName, ctx.session)));
      },
    };
  },
};

/** The region cmdlets of AWS.Tools.Common, for engine.registerCommands. */
export const regionCmdlets: CommandDefinition[] = [setDefaultAWSRegion, getDefaultAWSRegion, clearDefaultAWSRegion, getAWSRegion];
