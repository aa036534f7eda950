// The provider objects file items and locations point at: the FileSystem ProviderInfo, the '/' drive
// (PSDriveInfo) and PathInfo, what Get-Location, Resolve-Path and Push-Location return.

import { PSObject } from '../../../src/objects/psobject.js';
import { homedir } from 'node:os';
import { FILESYSTEM_PROVIDER } from './paths.js';

let provider: PSObject | undefined;
let rootDrive: PSObject | undefined;

export function fileSystemProvider(): PSObject {
  if (!provider) {
    provider = new PSObject(['System.Management.Automation.ProviderInfo', 'System.Object']);
    provider
      .addNote('ImplementingType', 'Microsoft.PowerShell.Commands.FileSystemProvider', 'Property')
      .addNote('HelpFile', 'System.Management.Automation.dll-Help.xml', 'Property')
      .addNote('Name', 'FileSystem', 'Property')
      .addNote('PSSnapIn', 'Microsoft.PowerShell.Core', 'Property')
      .addNote('ModuleName', 'Microsoft.PowerShell.Core', 'Property')
      .addNote('Module', null, 'Property')
      .addNote('Description', '', 'Property')
      .addNote('Capabilities', 'Filter, ShouldProcess, Credentials', 'Property')
      .addNote('Home', homedir(), 'Property');
    provider.toStringOverride = () => FILESYSTEM_PROVIDER;
  }
  return provider;
}

/** The '/' drive: on Linux every file-system path lives on it. */
export function fileSystemDrive(): PSObject {
  if (!rootDrive) {
    const drive = new PSObject(['System.Management.Automation.PSDriveInfo', 'System.Object']);
    drive
      .addNote('CurrentLocation', '', 'Property')
      .addNote('Name', '/', 'Property')
      .addNote('Provider', fileSystemProvider(), 'Property')
      .addNote('Root', '/', 'Property')
      .addNote('Description', '', 'Property')
      .addNote('MaximumSize', null, 'Property')
      .addNote('Credential', null, 'Property')
      .addNote('DisplayRoot', null, 'Property');
    drive.toStringOverride = () => '/';
    rootDrive = drive;
  }
  return rootDrive;
}

/** System.Management.Automation.PathInfo for a file-system path; its ToString() is the path. */
export function makePathInfo(fullPath: string): PSObject {
  const info = new PSObject(['System.Management.Automation.PathInfo', 'System.Object']);
  info
    .addNote('Drive', fileSystemDrive(), 'Property', 'System.Management.Automation.PSDriveInfo')
    .addNote('Provider', fileSystemProvider(), 'Property', 'System.Management.Automation.ProviderInfo')
    .addNote('ProviderPath', fullPath, 'Property', 'System.String')
    .addNote('Path', fullPath, 'Property', 'System.String');
  info.sealed = true;
  info.toStringOverride = () => fullPath;
  return info;
}
