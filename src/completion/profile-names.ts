// Profile names for -ProfileName completion, read (never written) from the shared credentials and config
// files, the way the SDK's credential profile store lists them.

import { configFilePath, credentialsFilePath, readProfileFile } from '../aws/profile-files/index.js';

export function profileNames(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const names = new Set<string>();
  for (const target of [
    { path: credentialsFilePath({ env }), kind: 'credentials' as const },
    { path: configFilePath({ env }), kind: 'config' as const },
  ]) {
    try {
      for (const name of readProfileFile(target).profiles.keys()) names.add(name);
    } catch {
      // An unreadable or malformed file offers no names; completion must never fail the prompt.
    }
  }
  return [...names].sort();
}
