// Modules: every AWS.Tools module (and the monolithic AWSPowerShell.NetCore/AWSPowerShell names) is built into
// awsps, so Import-Module succeeds silently as pwsh does for a module that is already loaded, Get-Module lists
// the built-in modules, and the AWS.Tools.Installer cmdlets say that there is nothing to install.

import type { CommandContext, CommandDefinition, SessionStateApi } from '../../src/pipeline/types.js';
import { PSObject } from '../../src/objects/psobject.js';
import { PSHashtable } from '../../src/objects/hashtable.js';
import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import { wildcardToRegExp } from '../../src/engine/operators.js';
import { registerView } from '../../src/format/views.js';
import { awsCmdlets, awsServices, AWS_TOOLS_VERSION, ordinal } from './aws-catalog.js';

const MODULE_INFO_TYPE = 'System.Management.Automation.PSModuleInfo';
const POWERSHELL_MODULE_VERSION = '7.0.0.0';
/** The single-module packages: the same cmdlets as all the AWS.Tools modules together. */
const MONOLITHIC_MODULES = ['AWSPowerShell.NetCore', 'AWSPowerShell'];

interface BuiltInModule {
  readonly name: string;
  readonly moduleType: 'Binary' | 'Manifest' | 'Script';
  readonly version: string;
  readonly description: string;
  /** Exported command names, computed only when a module object is shown. */
  commands(session: SessionStateApi): string[];
}

function commandsOfModule(session: SessionStateApi, module: string): string[] {
  return session
    .listCommands()
    .filter((d) => d.module === module)
    .map((d) => d.name)
    .sort(ordinal);
}

/** The modules awsps has built in, sorted by name. */
export function builtInModules(): BuiltInModule[] {
  const modules: BuiltInModule[] = [];
  for (const name of ['Microsoft.PowerShell.Management', 'Microsoft.PowerShell.Utility', 'Microsoft.PowerShell.Security']) {
    modules.push({ name, moduleType: 'Manifest', version: POWERSHELL_MODULE_VERSION, description: '', commands: (s) => commandsOfModule(s, name) });
  }
  modules.push({
    name: 'AWS.Tools.Common',
    moduleType: 'Binary',
    version: AWS_TOOLS_VERSION,
    description: 'The AWS Tools for PowerShell lets developers and administrators manage their AWS services from the PowerShell scripting environment.',
    commands: (s) => commandsOfModule(s, 'AWS.Tools.Common'),
  });
  modules.push({
    name: 'AWS.Tools.Installer',
    moduleType: 'Script',
    version: AWS_TOOLS_VERSION,
    description: 'The AWS.Tools.Installer module makes it easier to install, update and uninstall the AWS.Tools modules.',
    commands: (s) => commandsOfModule(s, 'AWS.Tools.Installer'),
  });
  for (const { summary } of awsServices()) {
    modules.push({
      name: summary.module,
      moduleType: 'Binary',
      version: AWS_TOOLS_VERSION,
      description: `The ${summary.module} module of AWS Tools for PowerShell lets developers and administrators manage ${summary.serviceName} from the PowerShell scripting environment.`,
      commands: (s) =>
        awsCmdlets(s)
          .filter((c) => c.module === summary.module)
          .map((c) => c.name),
    });
  }
  return modules.sort((a, b) => ordinal(a.name, b.name));
}

/** 'AWS.Tools.EC2', a path to its .psd1/.psm1/.dll, or a monolithic module name → the built-in module names it stands for. */
export function resolveModuleName(requested: string): string[] | undefined {
  const base = requested.replace(/^.*[\\/]/, '').replace(/\.(psd1|psm1|dll)$/i, '');
  if (MONOLITHIC_MODULES.some((m) => m.toLowerCase() === base.toLowerCase())) return builtInModules().filter((m) => m.name.startsWith('AWS.Tools.')).map((m) => m.name);
  const found = builtInModules().find((m) => m.name.toLowerCase() === base.toLowerCase());
  return found === undefined ? undefined : [found.name];
}

function moduleInfo(module: BuiltInModule, session: SessionStateApi): PSObject {
  const o = new PSObject([MODULE_INFO_TYPE, 'System.Object']);
  const commands = module.commands(session);
  o.addNote('Name', module.name, 'Property');
  o.addNote('ModuleType', module.moduleType, 'Property');
  o.addNote('Version', module.version, 'Property');
  o.addNote('Description', module.description, 'Property');
  o.addNote('Path', '', 'Property');
  o.addNote('ModuleBase', '', 'Property');
  o.addNote('ExportedCommands', PSHashtable.from(commands.map((c) => [c, c])), 'Property');
  o.toStringOverride = () => module.name;
  return o;
}

let viewRegistered = false;
/** pwsh's PSModuleInfo table (PowerShellCore_format_ps1xml.cs). */
function registerModuleView(): void {
  if (viewRegistered) return;
  viewRegistered = true;
  registerView(MODULE_INFO_TYPE, {
    kind: 'table',
    name: 'Module',
    columns: [
      { label: 'ModuleType', width: 10, alignment: 'left', value: 'ModuleType' },
      { label: 'Version', width: 10, alignment: 'left', value: 'Version' },
      { label: 'PreRelease', width: 10, alignment: 'left', value: () => '' },
      { label: 'Name', width: 35, alignment: 'left', value: 'Name' },
      {
        label: 'ExportedCommands',
        alignment: 'left',
        value: (o) => {
          const commands = o instanceof PSObject ? o.get('ExportedCommands') : undefined;
          return commands instanceof PSHashtable ? commands.keys() : [];
        },
      },
    ],
  });
}

function moduleNotFound(name: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`The specified module '${name}' was not loaded because no valid module file was found in any module directory.`, {
      type: 'System.IO.FileNotFoundException',
      id: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand',
      category: 'ResourceUnavailable',
      target: name,
    }),
  );
}

function names(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (v instanceof PSObject ? String(v.get('Name') ?? v) : String(v)));
}

export const importModule: CommandDefinition = {
  name: 'Import-Module',
  aliases: ['ipmo'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Adds modules to the current session. Every module awsps knows is built in and already loaded.',
  parameters: [
    { name: 'Name', type: 'System.Object[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Force', type: 'switch' },
    { name: 'PassThru', type: 'switch' },
    { name: 'Global', type: 'switch' },
    { name: 'DisableNameChecking', type: 'switch' },
    { name: 'NoClobber', type: 'switch' },
    { name: 'Scope', type: 'System.String', validateSet: ['Local', 'Global'] },
    { name: 'MinimumVersion', type: 'System.Version' },
    { name: 'MaximumVersion', type: 'System.String' },
    { name: 'RequiredVersion', type: 'System.Version' },
    { name: 'Prefix', type: 'System.String' },
  ],
  create() {
    return {
      process(ctx) {
        if (ctx.isBound('Prefix') && ctx.params.Prefix) {
          throw new RuntimeError(
            makeErrorRecord('Import-Module -Prefix is not supported by awsps: the built-in modules keep their command names.', {
              type: 'System.NotSupportedException',
              id: 'PrefixNotSupported,Microsoft.PowerShell.Commands.ImportModuleCommand',
              category: 'NotImplemented',
            }),
          );
        }
        const all = builtInModules();
        for (const requested of names(ctx.params.Name)) {
          const resolved = resolveModuleName(requested);
          if (resolved === undefined) {
            ctx.writeError(moduleNotFound(requested).record);
            continue;
          }
          ctx.writeVerbose(`Module '${requested}' is built into awsps and already loaded.`);
          if (ctx.params.PassThru === true) {
            registerModuleView();
            for (const m of all.filter((x) => resolved.includes(x.name))) {
              const r = ctx.write(moduleInfo(m, ctx.session));
              if (r instanceof Promise) return r;
            }
          }
        }
      },
    };
  },
};

export const getModule: CommandDefinition = {
  name: 'Get-Module',
  aliases: ['gmo'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Lists the modules built into awsps (all of them are loaded).',
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, valueFromPipeline: true },
    { name: 'ListAvailable', type: 'switch' },
    { name: 'All', type: 'switch' },
    { name: 'Refresh', type: 'switch' },
  ],
  create() {
    return {
      process(ctx) {
        registerModuleView();
        const patterns = names(ctx.params.Name).map((n) => wildcardToRegExp(n));
        const out: PSObject[] = [];
        for (const m of builtInModules()) {
          if (patterns.length > 0 && !patterns.some((p) => p.test(m.name))) continue;
          out.push(moduleInfo(m, ctx.session));
        }
        return ctx.writeEnumerated(out);
      },
    };
  },
};

export const removeModule: CommandDefinition = {
  name: 'Remove-Module',
  aliases: ['rmo'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Accepted for the built-in modules, which stay loaded.',
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Name', type: 'System.Object[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Force', type: 'switch' },
  ],
  create() {
    return {
      process(ctx) {
        const unknown = names(ctx.params.Name).filter((n) => resolveModuleName(n) === undefined);
        if (unknown.length === 0) return;
        ctx.writeError(
          makeErrorRecord('No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.', {
            type: 'System.InvalidOperationException',
            id: 'Modules_NoModulesRemoved,Microsoft.PowerShell.Commands.RemoveModuleCommand',
            category: 'ResourceUnavailable',
            target: unknown.join(', '),
          }),
        );
      },
    };
  },
};

/** 'EC2', 'AWS.Tools.EC2' → 'AWS.Tools.EC2' (the installer accepts names without the prefix). */
function toolsModuleName(name: string): string {
  return /^AWS\.Tools\./i.test(name) ? name : `AWS.Tools.${name}`;
}

/** Install-/Update-/Uninstall-AWSToolsModule: the modules are built in, which is said once per call. */
function installerCmdlet(name: string, action: string, hasNameParameter: boolean): CommandDefinition {
  return {
    name,
    module: 'AWS.Tools.Installer',
    synopsis: `Accepted for compatibility: the AWS.Tools modules are built into awsps, so there is nothing to ${action}.`,
    confirmImpact: 'Medium',
    parameters: [
      ...(hasNameParameter ? [{ name: 'Name', type: 'System.String[]', position: 0, valueFromPipelineByPropertyName: true }] : []),
      { name: 'RequiredVersion', type: 'System.String', valueFromPipelineByPropertyName: true },
      { name: 'MinimumVersion', type: 'System.String', valueFromPipelineByPropertyName: true },
      { name: 'MaximumVersion', type: 'System.String', valueFromPipelineByPropertyName: true },
      { name: 'Scope', type: 'System.String', validateSet: ['CurrentUser', 'AllUsers'] },
      { name: 'CleanUp', type: 'switch' },
      { name: 'AllowClobber', type: 'switch' },
      { name: 'SkipPublisherCheck', type: 'switch' },
      { name: 'SkipUpdate', type: 'switch' },
      { name: 'ExceptModule', type: 'System.String[]' },
      { name: 'Proxy', type: 'System.Uri' },
      { name: 'ProxyCredential', type: 'System.Management.Automation.PSCredential' },
      { name: 'Force', type: 'switch' },
    ],
    create() {
      const requested: string[] = [];
      return {
        process(ctx) {
          for (const n of names(ctx.params.Name)) requested.push(n);
        },
        end(ctx: CommandContext) {
          const available: string[] = [];
          for (const n of requested) {
            const full = toolsModuleName(n);
            if (resolveModuleName(full) === undefined) {
              ctx.writeError(
                makeErrorRecord(`The module '${full}' is not available in awsps. Its built-in AWS modules are: ${builtInModules().filter((m) => m.name.startsWith('AWS.Tools.')).map((m) => m.name).join(', ')}.`, {
                  type: 'System.ArgumentException',
                  id: `ModuleNotAvailable,${name}`,
                  category: 'ObjectNotFound',
                  target: full,
                }),
              );
            } else available.push(full);
          }
          if (requested.length === 0 || available.length > 0) {
            const subject = available.length > 0 ? available.join(', ') : 'The AWS.Tools modules';
            ctx.writeHost(`${subject}: built into awsps; there is nothing to ${action}.`);
          }
        },
      };
    },
  };
}

export const moduleCmdlets: CommandDefinition[] = [
  importModule,
  getModule,
  removeModule,
  installerCmdlet('Install-AWSToolsModule', 'install', true),
  installerCmdlet('Update-AWSToolsModule', 'update', false),
  installerCmdlet('Uninstall-AWSToolsModule', 'uninstall', true),
];
