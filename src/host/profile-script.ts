// $PROFILE: the user's profile script in the config folder, dot-sourced at start (so its functions,
// aliases and variables stay defined) unless -NoProfile is given.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** `$XDG_CONFIG_HOME/awsps/profile.ps1`, else `~/.config/awsps/profile.ps1`. */
export function profilePath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const base = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(env.HOME || os.homedir(), '.config');
  return path.join(base, 'awsps', 'profile.ps1');
}

/** The script text that dot-sources the profile, or undefined when there is none. */
export function profileCommand(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  return `. '${file.replace(/'/g, "''")}'`;
}
