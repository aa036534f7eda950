// New-Object: creates an instance of a type New-Object knows how to build (see object-factories.ts),
// then sets -Property values on it.

import type { CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { resolveTypeName } from '../../../src/engine/type-resolution.js';
import { toStr } from '../../../src/engine/conversions.js';
import { setMember } from '../../../src/engine/members.js';
import { constructObject } from '../../../src/engine/static-members.js';
import { objectFactoryByName, objectFactoryFor } from './object-factories.js';
import { stringParam } from './common/params.js';
import { argumentError, terminate } from './common/errors.js';

const FQ = 'Microsoft.PowerShell.Commands.NewObjectCommand';

const PARAMETERS: ParameterDef[] = [
  { name: 'TypeName', type: 'System.String', position: 0, mandatory: true, parameterSets: ['Net'] },
  { name: 'ArgumentList', type: 'System.Object[]', position: 1, aliases: ['Args'], parameterSets: ['Net'] },
  { name: 'Property', type: 'System.Collections.IDictionary' },
];

function memberNotFound(name: string): never {
  throw new RuntimeError(
    makeErrorRecord(`The member "${name}" was not found for the specified .NET object.`, {
      type: 'System.InvalidOperationException',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
      id: `InvalidOperationException,${FQ}`,
      category: 'InvalidOperation',
    }),
  );
}

/** Sets -Property entries: notes are added to custom objects; other objects must have the member. */
function applyProperties(target: unknown, props: PSHashtable): void {
  const custom = target instanceof PSObject && target.typeNames.includes('System.Management.Automation.PSCustomObject');
  for (const { key, value } of props.entries()) {
    const name = toStr(key);
    if (target instanceof PSObject) {
      if (target.has(name)) setMember(target, name, value);
      else if (custom && !target.sealed) target.addNote(name, value);
      else memberNotFound(name);
      continue;
    }
    // Hashtables and other .NET values: only existing settable members (never new keys).
    if (target instanceof PSHashtable) memberNotFound(name);
    try {
      setMember(target, name, value);
    } catch (e) {
      if (e instanceof RuntimeError && e.record.fullyQualifiedErrorId === 'PropertyNotFound') memberNotFound(name);
      throw e;
    }
  }
}

export const newObjectCommand: CommandDefinition = {
  name: 'New-Object',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Creates an instance of a Microsoft .NET Framework object.',
  defaultParameterSet: 'Net',
  parameters: PARAMETERS,
  create() {
    return {
      process(ctx) {
        const typeName = stringParam(ctx, 'TypeName') ?? '';
        const type = resolveTypeName(typeName);
        // Types without a New-Object factory are built as [T]::new(...) builds them (its errors are pwsh's).
        const factory = (type && objectFactoryFor(type)) ?? objectFactoryByName(typeName) ?? (type ? (args: unknown[], t: TypeRef) => constructObject(t, args) : undefined);
        if (!factory) {
          terminate(argumentError(`Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`, `TypeNotFound,${FQ}`, null, 'InvalidType'));
        }
        const raw = ctx.params.ArgumentList;
        const args = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
        const created = factory(args, type ?? new TypeRef(typeName));
        const props = ctx.params.Property;
        if (props instanceof PSHashtable) applyProperties(created, props);
        return ctx.write(created);
      },
    };
  },
};
