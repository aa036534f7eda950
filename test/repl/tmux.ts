// Drives the real REPL in a real terminal: tmux runs `node bin/awsps.js` in a detached session; tests
// type with send-keys and read the screen with capture-pane, polling until what they expect appears.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The default prompt in the repository folder, where every test terminal starts. */
export const PROMPT = `PS ${ROOT}> `;

/** PROMPT for a RegExp source. */
export const PROMPT_RE = PROMPT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const BIN = path.join(ROOT, 'bin', 'awsps.js');

export interface TerminalOptions {
  args?: string[];
  env?: Record<string, string>;
  width?: number;
  height?: number;
}

export class Terminal {
  dataHome: string;
  configHome: string;
  private readonly name: string;

  /** `socket` keeps each test file's tmux server private. */
  constructor(
    private readonly socket: string,
    options: TerminalOptions = {},
  ) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-repl-'));
    this.dataHome = path.join(scratch, 'data');
    this.configHome = path.join(scratch, 'config');
    this.name = `t${Math.random().toString(36).slice(2, 8)}`;
    this.options = options;
  }

  private readonly options: TerminalOptions;

  get historyFile(): string {
    return path.join(this.dataHome, 'awsps', 'history.txt');
  }

  writeProfile(text: string): void {
    fs.mkdirSync(path.join(this.configHome, 'awsps'), { recursive: true });
    fs.writeFileSync(path.join(this.configHome, 'awsps', 'profile.ps1'), text);
  }

  start(): void {
    // An empty NO_COLOR means "not set" (no-color.org): colour tests see the terminal's real behaviour.
    const env: Record<string, string> = { NO_COLOR: '', XDG_DATA_HOME: this.dataHome, XDG_CONFIG_HOME: this.configHome, ...this.options.env };
    this.keepServerAlive();
    const envArgs = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    const quoted = [process.execPath, BIN, ...(this.options.args ?? [])].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // After awsps leaves, its exit code stays on screen for the test to read.
    const command = `${quoted}; echo "[exited $?]"; sleep 600`;
    this.tmux(['new-session', '-d', '-s', this.name, '-c', ROOT, '-x', String(this.options.width ?? 120), '-y', String(this.options.height ?? 40), ...envArgs, command]);
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    this.tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  /** Sends key names: Enter, Tab, C-c, C-d, C-r, BTab (Shift-Tab). */
  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  /** Types a line and presses Enter. */
  line(text: string): void {
    this.type(text);
    this.keys('Enter');
  }

  screen(withEscapes = false): string {
    // The visible screen only: tmux moves a cleared screen into its scrollback (scroll-on-clear), so the
    // scrollback holds copies of lines readline redrew in place.
    return this.tmux(['capture-pane', '-p', '-J', ...(withEscapes ? ['-e'] : []), '-t', this.name]);
  }

  /** Polls the screen until the test passes; fails with the screen when it never does. */
  async waitFor(test: string | RegExp | ((screen: string) => boolean), timeoutMs = 15000): Promise<string> {
    const check = typeof test === 'string' ? (s: string) => s.includes(test) : test instanceof RegExp ? (s: string) => test.test(s) : test;
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (check(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`Timed out waiting for ${String(test)}. Screen:\n${last}`);
  }

  /** Number of prompts on screen (a redraw in progress may hide one: prefer waiting for text). */
  promptCount(): number {
    return (this.screen().match(/^PS [^\n]*> /gm) ?? []).length;
  }

  /** Runs a line and waits until a prompt follows it; returns the screen. */
  async run(text: string, timeoutMs = 15000): Promise<string> {
    const echoed = (s: string) => s.split('\n').filter((l) => l.endsWith(`> ${text}`)).length;
    const before = echoed(this.screen());
    this.line(text);
    return this.waitFor((s) => {
      if (echoed(s) <= before) return false;
      const rest = s.slice(s.lastIndexOf(`> ${text}\n`) + 1);
      return /^PS [^\n]*> /m.test(rest.slice(rest.indexOf('\n') + 1));
    }, timeoutMs);
  }

  /** The last line on screen that is not empty (the line being edited). */
  currentLine(): string {
    const lines = this.screen().split('\n').filter((l) => l.trim() !== '');
    return lines[lines.length - 1] ?? '';
  }

  stop(): void {
    try {
      this.tmux(['kill-session', '-t', this.name]);
    } catch {
      // Already gone.
    }
  }

  killServer(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // No server left.
    }
  }

  /** tmux exits with its last session; a new session started meanwhile fails, so one idle session stays. */
  private keepServerAlive(): void {
    try {
      this.tmux(['has-session', '-t', 'keep']);
    } catch {
      this.tmux(['new-session', '-d', '-s', 'keep', 'sleep 3600']);
    }
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}

/** Text after the last prompt on screen (the output of the last command, up to the new prompt). */
export function outputOfLast(screen: string, command: string): string {
  const lines = screen.split('\n');
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].endsWith(`> ${command}`)) {
      start = i;
      break;
    }
  }
  if (start < 0) return '';
  const out: string[] = [];
  for (let i = start + 1; i < lines.length && !/^PS .*> /.test(lines[i]); i++) out.push(lines[i]);
  return out.join('\n').replace(/\n+$/, '');
}
