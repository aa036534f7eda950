// Get-Location (pwd, gl), Set-Location (cd, sl, chdir; `cd -` / `cd +` walk the history, bare `cd` goes
// home), Push-Location (pushd) and Pop-Location (popd). Changing location sets ctx.session.cwd; the
// engine keeps $PWD and the process directory in step with it.

import { homedir } from 'node:os';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { driveNotFound, invalidArgument, pathNotFound, providerNotFound, providerOperationNotSupported, qualifiedId } from './errors.js';
import { isContainer } from './fs-entry.js';
import { locationState, recordMove, stackFor, type LocationState } from './location-state.js';
import { makePathInfo } from './provider-info.js';
import { resolveUserPath } from './resolve.js';
import { passThruParameter, stringList, stringParam, switchParam } from './params.js';
import { wildcardMatcher } from './wildcard.js';

function historyEmpty(direction: 'backwards' | 'forwards', cmdlet: string) {
  return makeErrorRecord(`There is no location history left to navigate ${direction}.`, {
    type: 'System.InvalidOperationException',
    baseTypeNames: ['System.SystemException', 'System.Exception'],
    id: qualifiedId('InvalidOperation', cmdlet),
    category: 'InvalidOperation',
  });
}

function stackNotFound(name: string, cmdlet: string) {
  return invalidArgument(`Cannot find location stack '${name}'. It does not exist or it is not a container.`, 'Argument', name, cmdlet);
}

/** Resolves a Set-Location target to one existing directory, writing pwsh's error otherwise. */
async function resolveDirectory(ctx: CommandContext, raw: string, literal: boolean, cmdlet: string): Promise<string | undefined> {
  const res = await resolveUserPath(ctx, raw, { cmdlet, literal, force: true });
  if (res.provider === 'none') return undefined;
  if (res.provider === 'Environment') {
    ctx.writeError(providerOperationNotSupported(raw, cmdlet));
    return undefined;
  }
  if (res.entries.length > 1) {
    ctx.writeError(
      invalidArgument(
        `Cannot set the location because path '${raw}' resolved to multiple containers. You can only the set location to a single container at a time.`,
        'PathResolvedToMultiple',
        raw,
        cmdlet,
      ),
    );
    return undefined;
  }
  const entry = res.entries[0];
  if (!entry || !isContainer(entry)) {
    ctx.writeError(pathNotFound(entry ? entry.path : res.path, cmdlet));
    return undefined;
  }
  return entry.path;
}

function moveTo(ctx: CommandContext, state: LocationState, path: string): void {
  recordMove(state, ctx.session.cwd);
  ctx.session.cwd = path;
}

async function setLocation(ctx: CommandContext): Promise<void> {
  const cmdlet = 'Set-Location';
  const state = locationState();
  const passThru = switchParam(ctx, 'PassThru');
  if (ctx.isBound('StackName')) {
    const name = stringParam(ctx.params.StackName) ?? '';
    const stack = stackFor(state, name, false);
    if (!stack && name !== '' && name.toLowerCase() !== 'default') {
      ctx.writeError(stackNotFound(name, cmdlet));
      return;
    }
    state.defaultStack = name === '' ? 'default' : name;
    if (passThru) await ctx.write((stack?.paths ?? []).slice().reverse().map(makePathInfo));
    return;
  }
  const literal = ctx.isBound('LiteralPath');
  const raw = stringParam(literal ? ctx.params.LiteralPath : ctx.params.Path) ?? '';
  let target: string | undefined;
  if (!literal && raw === '-') {
    target = state.back.pop();
    if (target === undefined) {
      ctx.writeError(historyEmpty('backwards', cmdlet));
      return;
    }
    state.forward.push(ctx.session.cwd);
    ctx.session.cwd = target;
  } else if (!literal && raw === '+') {
    target = state.forward.pop();
    if (target === undefined) {
      ctx.writeError(historyEmpty('forwards', cmdlet));
      return;
    }
    state.back.push(ctx.session.cwd);
    ctx.session.cwd = target;
  } else {
    target = await resolveDirectory(ctx, raw === '' ? homedir() : raw, literal || raw === '', cmdlet);
    if (target === undefined) return;
    moveTo(ctx, state, target);
  }
  if (passThru) await ctx.write(makePathInfo(target));
}

async function getLocation(ctx: CommandContext): Promise<void> {
  const cmdlet = 'Get-Location';
  const state = locationState();
  if (switchParam(ctx, 'Stack') || ctx.isBound('StackName')) {
    for (const name of stringList(ctx.params.StackName) ?? [state.defaultStack]) {
      const stack = stackFor(state, name, false);
      if (!stack && name.toLowerCase() !== state.defaultStack.toLowerCase()) {
        ctx.writeError(stackNotFound(name, cmdlet));
        continue;
      }
      // pwsh writes the PathInfoStack as one object; its entries are the locations, most recent first.
      await ctx.writeEnumerated((stack?.paths ?? []).slice().reverse().map(makePathInfo));
    }
    return;
  }
  const drives = stringList(ctx.params.PSDrive);
  const providers = stringList(ctx.params.PSProvider);
  if (drives) {
    for (const drive of drives) {
      if (wildcardMatcher(drive)('/')) await ctx.write(makePathInfo(ctx.session.cwd));
      else {
        const err = driveNotFound(drive, cmdlet);
        err.fullyQualifiedErrorId = qualifiedId('GetLocationNoMatchingDrive', cmdlet);
        ctx.writeError(err);
      }
    }
    return;
  }
  if (providers) {
    for (const provider of providers) {
      const short = provider.replace(/^Microsoft\.PowerShell\.Core\\/i, '');
      if (wildcardMatcher(short)('FileSystem')) await ctx.write(makePathInfo(ctx.session.cwd));
      else {
        const err = providerNotFound(provider, cmdlet);
        err.fullyQualifiedErrorId = qualifiedId('GetLocationNoMatchingProvider', cmdlet);
        ctx.writeError(err);
      }
    }
    return;
  }
  await ctx.write(makePathInfo(ctx.session.cwd));
}

async function pushLocation(ctx: CommandContext): Promise<void> {
  const cmdlet = 'Push-Location';
  const state = locationState();
  const stack = stackFor(state, stringParam(ctx.params.StackName), true);
  stack?.paths.push(ctx.session.cwd);
  const literal = ctx.isBound('LiteralPath');
  const raw = stringParam(literal ? ctx.params.LiteralPath : ctx.params.Path);
  if (raw === undefined) return;
  const target = await resolveDirectory(ctx, raw, literal, cmdlet);
  if (target === undefined) return;
  moveTo(ctx, state, target);
  if (switchParam(ctx, 'PassThru')) await ctx.write(makePathInfo(target));
}

async function popLocation(ctx: CommandContext): Promise<void> {
  const cmdlet = 'Pop-Location';
  const state = locationState();
  const name = stringParam(ctx.params.StackName);
  const stack = stackFor(state, name, false);
  if (!stack) {
    if (name && name.toLowerCase() !== state.defaultStack.toLowerCase()) ctx.writeError(stackNotFound(name, cmdlet));
    return;
  }
  const target = stack.paths.pop();
  if (stack.paths.length === 0 && stack.name.toLowerCase() !== 'default') state.stacks.delete(stack.name.toLowerCase());
  if (target === undefined) return;
  const dir = await resolveDirectory(ctx, target, true, cmdlet);
  if (dir === undefined) return;
  moveTo(ctx, state, dir);
  if (switchParam(ctx, 'PassThru')) await ctx.write(makePathInfo(dir));
}

const locationPathParameters = (pathSet: string, literalSet: string) => [
  {
    name: 'Path',
    type: 'System.String',
    position: 0,
    valueFromPipeline: true,
    valueFromPipelineByPropertyName: true,
    parameterSets: [pathSet],
    help: 'Specifies the path of the new working location. With no path, Set-Location goes to the home directory; "-" and "+" move back and forward in the location history.',
  },
  {
    name: 'LiteralPath',
    type: 'System.String',
    aliases: ['PSPath', 'LP'],
    mandatory: [literalSet],
    valueFromPipelineByPropertyName: true,
    parameterSets: [literalSet],
    help: 'Specifies the path of the new working location, used exactly as typed.',
  },
];

export const getLocationCommand: CommandDefinition = {
  name: 'Get-Location',
  aliases: ['pwd', 'gl'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Gets information about the current working location or a location stack.',
  defaultParameterSet: 'Location',
  outputType: ['System.Management.Automation.PathInfo', 'System.Management.Automation.PathInfoStack'],
  parameters: [
    { name: 'PSProvider', type: 'System.String[]', valueFromPipelineByPropertyName: true, parameterSets: ['Location'], help: 'Gets the current location in the specified provider.' },
    { name: 'PSDrive', type: 'System.String[]', valueFromPipelineByPropertyName: true, parameterSets: ['Location'], help: 'Gets the current location in the specified drive.' },
    { name: 'Stack', type: 'switch', parameterSets: ['Stack'], help: 'Gets the locations in the current location stack.' },
    { name: 'StackName', type: 'System.String[]', valueFromPipelineByPropertyName: true, parameterSets: ['Stack'], help: 'Gets the locations in the named location stacks.' },
  ],
  create: () => ({ process: (ctx) => getLocation(ctx) }),
};

export const setLocationCommand: CommandDefinition = {
  name: 'Set-Location',
  aliases: ['cd', 'sl', 'chdir'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Sets the current working location to a specified location.',
  defaultParameterSet: 'Path',
  outputType: ['System.Management.Automation.PathInfo', 'System.Management.Automation.PathInfoStack'],
  parameters: [
    ...locationPathParameters('Path', 'LiteralPath'),
    passThruParameter,
    { name: 'StackName', type: 'System.String', valueFromPipelineByPropertyName: true, parameterSets: ['Stack'], help: 'Makes this location stack the current one.' },
  ],
  create: () => ({ process: (ctx) => setLocation(ctx) }),
};

export const pushLocationCommand: CommandDefinition = {
  name: 'Push-Location',
  aliases: ['pushd'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Adds the current location to the top of a location stack.',
  defaultParameterSet: 'Path',
  parameters: [
    ...locationPathParameters('Path', 'LiteralPath'),
    passThruParameter,
    { name: 'StackName', type: 'System.String', valueFromPipelineByPropertyName: true, help: 'Specifies the location stack to which the current location is added.' },
  ],
  create: () => ({ process: (ctx) => pushLocation(ctx) }),
};

export const popLocationCommand: CommandDefinition = {
  name: 'Pop-Location',
  aliases: ['popd'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Changes the current location to the location most recently pushed onto the stack.',
  parameters: [
    passThruParameter,
    { name: 'StackName', type: 'System.String', valueFromPipelineByPropertyName: true, help: 'Specifies the location stack from which the location is popped.' },
  ],
  create: () => ({ process: (ctx) => popLocation(ctx) }),
};
