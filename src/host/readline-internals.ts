// The parts of a readline Interface that Node's own REPL builds on but @types/node does not declare:
// the line buffer, the cursor, the history list and the key handler. Tab cycling and Ctrl-R search
// need them; everything else goes through readline's public API.

import type { Interface, Key } from 'node:readline';

export interface ReadlineInternals {
  line: string;
  cursor: number;
  /** Newest first. */
  history: string[];
  _ttyWrite(s: string | undefined, key: Key | undefined): void;
  _refreshLine(): void;
  _writeToOutput(s: string): void;
}

export function internalsOf(rl: Interface): ReadlineInternals {
  return rl as unknown as ReadlineInternals;
}

/** Replaces the line being edited and redraws it. */
export function setLine(rl: ReadlineInternals, line: string, cursor = line.length): void {
  rl.line = line;
  rl.cursor = cursor;
  rl._refreshLine();
}
