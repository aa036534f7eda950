// Get-ExecutionPolicy and Set-ExecutionPolicy as pwsh has them off Windows: every script may run (Unrestricted),
// and setting a policy is not supported on the platform.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';
import { EnumValue, enumMember, registerEnumType } from '../../../src/objects/enum-value.js';

const ExecutionPolicyEnum = registerEnumType({
  fullName: 'Microsoft.PowerShell.ExecutionPolicy',
  members: [['Unrestricted', 0], ['RemoteSigned', 1], ['AllSigned', 2], ['Restricted', 3], ['Default', 3], ['Bypass', 4], ['Undefined', 5]],
});
const ExecutionPolicyScopeEnum = registerEnumType({
  fullName: 'Microsoft.PowerShell.ExecutionPolicyScope',
  members: [['Process', 0], ['CurrentUser', 1], ['LocalMachine', 2], ['UserPolicy', 3], ['MachinePolicy', 4]],
});
registerKnownType(ExecutionPolicyEnum.fullName);
registerKnownType(ExecutionPolicyScopeEnum.fullName);

const POLICIES = ['Unrestricted', 'RemoteSigned', 'AllSigned', 'Restricted', 'Default', 'Bypass', 'Undefined'];
// The order Get-ExecutionPolicy -List shows them in.
const SCOPES = ['MachinePolicy', 'UserPolicy', 'Process', 'CurrentUser', 'LocalMachine'];

/** The policy at each scope off Windows: only LocalMachine is set, to Unrestricted. */
function policyAt(scope: string): EnumValue {
  return enumMember(ExecutionPolicyEnum, scope === 'LocalMachine' ? 'Unrestricted' : 'Undefined')!;
}

export const getExecutionPolicyCommand: CommandDefinition = {
  name: 'Get-ExecutionPolicy',
  module: 'Microsoft.PowerShell.Security',
  synopsis: 'Gets the execution policies for the current session.',
  outputType: ['Microsoft.PowerShell.ExecutionPolicy'],
  parameters: [
    { name: 'Scope', type: ExecutionPolicyScopeEnum.fullName, position: 0, validateSet: SCOPES, valueFromPipelineByPropertyName: true },
    { name: 'List', type: 'switch' },
  ],
  create() {
    return {
      async process(ctx) {
        if (ctx.params.List === true) {
          for (const scope of SCOPES) {
            const o = new PSObject(['System.Management.Automation.PSCustomObject', 'System.Object']);
            o.addNote('Scope', enumMember(ExecutionPolicyScopeEnum, scope));
            o.addNote('ExecutionPolicy', policyAt(scope));
            await ctx.write(o);
          }
          return;
        }
        const scope = ctx.params.Scope;
        await ctx.write(scope === undefined || scope === null ? policyAt('LocalMachine') : policyAt(toStr(scope)));
      },
    };
  },
};

export const setExecutionPolicyCommand: CommandDefinition = {
  name: 'Set-ExecutionPolicy',
  module: 'Microsoft.PowerShell.Security',
  synopsis: 'Sets the PowerShell execution policies (not supported on this platform).',
  confirmImpact: 'Medium',
  parameters: [
    { name: 'ExecutionPolicy', type: ExecutionPolicyEnum.fullName, position: 0, mandatory: true, validateSet: POLICIES, valueFromPipelineByPropertyName: true },
    { name: 'Scope', type: ExecutionPolicyScopeEnum.fullName, position: 1, validateSet: SCOPES, valueFromPipelineByPropertyName: true },
    { name: 'Force', type: 'switch' },
  ],
  create() {
    return {
      process() {
        const record = makeErrorRecord('Operation is not supported on this platform.', {
          type: 'System.PlatformNotSupportedException',
          baseTypeNames: ['System.NotSupportedException', 'System.SystemException', 'System.Exception'],
          id: 'System.PlatformNotSupportedException,Microsoft.PowerShell.Commands.SetExecutionPolicyCommand',
          category: 'NotSpecified',
        });
        record.commandName = 'Set-ExecutionPolicy';
        throw new RuntimeError(record);
      },
    };
  },
};
