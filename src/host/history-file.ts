// The persisted command history: one file per user under the data folder, bounded, never holding a line
// that carries a credential (PSReadLine's default "sensitive history" rule, narrowed to AWS secrets).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** PSReadLine's MaximumHistoryCount default. */
export const MAX_HISTORY_ENTRIES = 4096;

/** `$XDG_DATA_HOME/awsps/history.txt`, else `~/.local/share/awsps/history.txt`. */
export function historyFilePath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const base = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(base, 'awsps', 'history.txt');
}

// A credential parameter (full name, a prefix PowerShell would accept, or its alias) followed by a value.
const SECRET_PARAMETER = /(^|[\s;|({])-(secretkey|secretaccesskey|sessiontoken|accesskey|accesskeyid|sk|st|ak)(:|\s+\S)/i;

/** Whether a command line passes a secret key, session token or access key and must never reach the file. */
export function containsSecret(line: string): boolean {
  return SECRET_PARAMETER.test(line);
}

/** Multi-line entries are stored as PSReadLine does: every line but the last ends with a backtick. */
function encode(entry: string): string {
  return entry.split('\n').join('`\n') + '\n';
}

function decode(text: string): string[] {
  const entries: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.endsWith('`')) {
      current.push(line.slice(0, -1));
      continue;
    }
    current.push(line);
    const entry = current.join('\n');
    current = [];
    if (entry.trim() !== '') entries.push(entry);
  }
  return entries;
}

export class HistoryFile {
  constructor(
    readonly file: string,
    readonly limit = MAX_HISTORY_ENTRIES,
  ) {}

  /** The stored entries, oldest first; trims the file when another session let it grow past the limit. */
  load(): string[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    const entries = decode(text);
    if (entries.length <= this.limit) return entries;
    const kept = entries.slice(-this.limit);
    this.rewrite(kept);
    return kept;
  }

  /** Appends one entry unless it is blank or carries a secret; returns whether it was written. */
  append(entry: string): boolean {
    if (entry.trim() === '' || containsSecret(entry)) return false;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
      fs.appendFileSync(this.file, encode(entry), { mode: 0o600 });
      return true;
    } catch {
      // An unwritable history file must never stop the shell.
      return false;
    }
  }

  private rewrite(entries: string[]): void {
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temp, entries.map(encode).join(''), { mode: 0o600 });
      fs.renameSync(temp, this.file);
    } catch {
      fs.rmSync(temp, { force: true });
    }
  }
}
