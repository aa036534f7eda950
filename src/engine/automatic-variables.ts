// The automatic and preference variables a new session starts with.

import * as os from 'node:os';
import * as path from 'node:path';
import { PSHashtable } from '../objects/hashtable.js';
import { Version } from '../objects/version.js';
import type { Engine } from './engine.js';
import { createHostObject } from './values/host-object.js';

export const PS_VERSION = '7.4.0';

export function automaticVariables(engine: Engine): Record<string, unknown> {
  // Version objects, as pwsh's are (scripts compare them and read .Major).
  const version = (text: string): Version => Version.tryParse(text) as Version;
  const versionTable = PSHashtable.from([
    ['PSVersion', version(PS_VERSION)],
    ['PSEdition', 'Core'],
    ['GitCommitId', PS_VERSION],
    ['OS', `${os.type()} ${os.release()}`],
    ['Platform', os.platform() === 'win32' ? 'Win32NT' : 'Unix'],
    ['PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0'].map(version)],
    ['PSRemotingProtocolVersion', version('2.3')],
    ['SerializationVersion', version('1.1.0.1')],
    ['WSManStackVersion', version('3.0')],
  ]);
  return {
    true: true,
    false: false,
    null: null,
    HOME: os.homedir(),
    PID: process.pid,
    PSVersionTable: versionTable,
    // The console host (pwsh's InternalHost around ConsoleHost), through whichever host the engine has.
    Host: createHostObject(() => engine.host, version(PS_VERSION)),
    PSEdition: 'Core',
    IsLinux: os.platform() === 'linux',
    IsMacOS: os.platform() === 'darwin',
    IsWindows: os.platform() === 'win32',
    IsCoreCLR: true,
    ErrorActionPreference: 'Continue',
    WarningPreference: 'Continue',
    VerbosePreference: 'SilentlyContinue',
    DebugPreference: 'SilentlyContinue',
    InformationPreference: 'SilentlyContinue',
    ProgressPreference: 'Continue',
    ConfirmPreference: 'High',
    WhatIfPreference: false,
    FormatEnumerationLimit: 4,
    MaximumHistoryCount: 4096,
    LASTEXITCODE: null,
    Matches: null,
    NestedPromptLevel: 0,
    ShellId: 'Microsoft.PowerShell',
    PSHOME: path.dirname(process.execPath),
    PSCulture: 'en-US',
    PSUICulture: 'en-US',
    PROFILE: path.join(os.homedir(), '.config', 'powershell', 'Microsoft.PowerShell_profile.ps1'),
  };
}
