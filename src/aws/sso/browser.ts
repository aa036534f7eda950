// Opening the verification page in the user's default browser: only when there is one to open, i.e. an
// interactive terminal session on a desktop (macOS, Windows, or a Linux/BSD session with a display) that is
// not a remote SSH login. Elsewhere the login prints the URL and code for the user to open on any device.

import { spawn } from 'node:child_process';

export interface BrowserEnvironment {
  readonly interactive: boolean;
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function canOpenBrowser(e: BrowserEnvironment): boolean {
  if (!e.interactive) return false;
  if (e.env.SSH_CONNECTION || e.env.SSH_TTY || e.env.SSH_CLIENT) return false;
  if (e.platform === 'darwin' || e.platform === 'win32') return true;
  return Boolean(e.env.DISPLAY || e.env.WAYLAND_DISPLAY);
}

function opener(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // rundll32 takes the URL as one argument: no cmd.exe quoting of '&' in the query string.
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

/** Starts the platform's URL opener without waiting for it; false when it could not be started. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): boolean {
  const [command, args] = opener(platform, url);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
