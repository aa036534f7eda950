// Ctrl-R: incremental search back through the history, as bash and PSReadLine offer it. Typing narrows
// the match, Ctrl-R again finds an older one, Enter runs the match, Esc or an arrow key keeps it for
// editing, Ctrl-G gives back the line as it was.

import type { Interface, Key } from 'node:readline';
import { internalsOf, setLine, type ReadlineInternals } from './readline-internals.js';

export class ReverseSearch {
  active = false;
  private query = '';
  private matchIndex = -1;
  private failed = false;
  private original = '';
  private savedPrompt = '';
  private readonly internals: ReadlineInternals;

  constructor(private readonly rl: Interface) {
    this.internals = internalsOf(rl);
  }

  start(): void {
    this.active = true;
    this.query = '';
    this.matchIndex = -1;
    this.failed = false;
    this.original = this.internals.line;
    this.savedPrompt = this.rl.getPrompt();
    this.render(this.original);
  }

  /** Handles a key while searching; false when readline should process it too (after the search ends). */
  handle(s: string | undefined, key: Key | undefined): boolean {
    const name = key?.name;
    if (key?.ctrl && name === 'r') {
      this.find(this.matchIndex + 1);
      return true;
    }
    if (key?.ctrl && name === 'g') {
      this.end(this.original);
      return true;
    }
    if (name === 'escape') {
      this.end(this.internals.line);
      return true;
    }
    if (name === 'backspace') {
      this.query = this.query.slice(0, -1);
      this.find(0);
      return true;
    }
    const printable = s !== undefined && s.length === 1 && s >= ' ' && !key?.ctrl && !key?.meta;
    if (printable) {
      this.query += s;
      this.find(Math.max(this.matchIndex, 0));
      return true;
    }
    // Enter, arrows, Ctrl-A and the like: leave the search with the match, then let readline act on the key.
    this.end(this.internals.line);
    return false;
  }

  private find(from: number): void {
    const history = this.internals.history;
    const q = this.query.toLowerCase();
    for (let i = from; i < history.length; i++) {
      if (q !== '' && history[i].toLowerCase().includes(q)) {
        this.matchIndex = i;
        this.failed = false;
        this.render(history[i]);
        return;
      }
    }
    this.failed = q !== '';
    this.render(this.matchIndex >= 0 ? history[this.matchIndex] : this.original);
  }

  private render(line: string): void {
    this.rl.setPrompt(`(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.query}': `);
    const at = this.query === '' ? -1 : line.toLowerCase().indexOf(this.query.toLowerCase());
    setLine(this.internals, line, at >= 0 ? at : line.length);
  }

  private end(line: string): void {
    this.active = false;
    this.rl.setPrompt(this.savedPrompt);
    setLine(this.internals, line);
  }
}
