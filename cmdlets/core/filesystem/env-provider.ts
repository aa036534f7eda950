// The Env: drive (pwsh's Environment provider) for the item and content cmdlets: `Test-Path env:AWS_PROFILE`,
// `Get-ChildItem env:`, `Get-Content env:PATH`, `Remove-Item env:X`, `Set-Content env:X v`. Items are
// DictionaryEntry objects (Name, Key, Value) over the process environment.

import { PSObject } from '../../../src/objects/psobject.js';
import { ENVIRONMENT_PROVIDER } from './paths.js';
import { compareNames } from './resolve.js';
import { wildcardMatcher } from './wildcard.js';
import { pathNotFound } from './errors.js';
import type { ErrorRecord } from '../../../src/engine/errors.js';

let envProvider: PSObject | undefined;
let envDrive: PSObject | undefined;

function environmentProvider(): PSObject {
  if (!envProvider) {
    envProvider = new PSObject(['System.Management.Automation.ProviderInfo', 'System.Object']);
    envProvider.addNote('Name', 'Environment', 'Property').addNote('ModuleName', 'Microsoft.PowerShell.Core', 'Property');
    envProvider.toStringOverride = () => ENVIRONMENT_PROVIDER;
  }
  return envProvider;
}

function environmentDrive(): PSObject {
  if (!envDrive) {
    envDrive = new PSObject(['System.Management.Automation.PSDriveInfo', 'System.Object']);
    envDrive.addNote('Name', 'Env', 'Property').addNote('Provider', environmentProvider(), 'Property').addNote('Root', '', 'Property');
    envDrive.toStringOverride = () => 'Env';
  }
  return envDrive;
}

/** The path pwsh shows for an Env: item in messages. */
export function envDisplayPath(name: string): string {
  return `Env:\\${name}`;
}

export function makeEnvItem(name: string, value: string): PSObject {
  const o = new PSObject(['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object']);
  o.addNote('PSPath', `${ENVIRONMENT_PROVIDER}::${name}`, 'NoteProperty', 'System.String')
    .addNote('PSDrive', environmentDrive(), 'NoteProperty', 'System.Management.Automation.PSDriveInfo')
    .addNote('PSProvider', environmentProvider(), 'NoteProperty', 'System.Management.Automation.ProviderInfo')
    .addNote('PSIsContainer', false, 'NoteProperty', 'System.Boolean')
    .addNote('Name', name, 'AliasProperty', 'System.Object')
    .addNote('Key', name, 'Property', 'System.Object')
    .addNote('Value', value, 'Property', 'System.Object');
  o.toStringOverride = () => 'System.Collections.DictionaryEntry';
  return o;
}

/** Variables whose names match (wildcards, case-insensitive) or equal `name`, sorted by name; '' means all. */
export function matchingEnvNames(name: string, wildcard: boolean): string[] {
  const names = Object.keys(process.env).filter((n) => process.env[n] !== undefined);
  if (name === '') return names.sort(compareNames);
  if (!wildcard) return name in process.env ? [name] : [];
  const match = wildcardMatcher(name);
  return names.filter(match).sort(compareNames);
}

export function envNotFound(name: string, cmdlet: string): ErrorRecord {
  return pathNotFound(envDisplayPath(name), cmdlet);
}
