// The terminal line editor: one readline interface for the whole session, used for command lines and
// for questions asked while a command runs (confirmations, Read-Host, mandatory parameters). Adds
// PowerShell-style Tab completion (cycling with repeated Tab, Shift-Tab going back) and Ctrl-R search.
// Between reads the terminal is left in its normal mode so that Ctrl-C raises SIGINT for the running command.

import { createInterface, type Interface, type Key } from 'node:readline';
import type { CompletionResult } from '../completion/types.js';
import { internalsOf, setLine, type ReadlineInternals } from './readline-internals.js';
import { ReverseSearch } from './reverse-search.js';

export type ReadResult = { kind: 'line'; text: string } | { kind: 'interrupt' } | { kind: 'eof' };

export interface LineEditorOptions {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  /** Earlier entries, oldest first. */
  history: readonly string[];
  historySize: number;
  complete(line: string, cursor: number): CompletionResult;
}

interface PendingRead {
  resolve(r: ReadResult): void;
  /** A question's answer is not command history. */
  question: boolean;
  masked: boolean;
}

interface TabCycle {
  before: string;
  after: string;
  matches: readonly string[];
  index: number;
}

/** Every visible character becomes `*`; escape sequences (cursor moves, clearing) pass through. */
function mask(text: string): string {
  return text.replace(/(\x1b\[[0-9;?]*[A-Za-z])|[^\x00-\x1f]/g, (m, esc: string | undefined) => esc ?? '*');
}

export class LineEditor {
  private readonly rl: Interface;
  private readonly internals: ReadlineInternals;
  private readonly search: ReverseSearch;
  private pending: PendingRead | undefined;
  /** Lines readline split from one chunk of input (a paste, type-ahead) before anyone asked for them. */
  private readonly queued: ReadResult[] = [];
  private cycle: TabCycle | undefined;
  private closed = false;

  constructor(private readonly options: LineEditorOptions) {
    // Lines are split per physical line in the in-memory history (readline edits one line at a time).
    const lines = options.history.flatMap((e) => e.split('\n')).filter((l) => l.trim() !== '');
    this.rl = createInterface({
      input: options.input,
      output: options.output,
      terminal: true,
      history: lines.reverse().slice(0, options.historySize),
      historySize: options.historySize,
      removeHistoryDuplicates: true,
    });
    this.internals = internalsOf(this.rl);
    this.search = new ReverseSearch(this.rl);
    const ttyWrite = this.internals._ttyWrite.bind(this.rl);
    this.internals._ttyWrite = (s, key) => this.onKey(s, key, ttyWrite);
    const writeToOutput = this.internals._writeToOutput.bind(this.rl);
    this.internals._writeToOutput = (s) => writeToOutput(this.pending?.masked ? this.maskAfterPrompt(s) : s);
    this.rl.on('line', (line) => this.finish({ kind: 'line', text: line }));
    this.rl.on('SIGINT', () => this.onInterrupt());
    this.rl.on('close', () => {
      this.closed = true;
      this.finish({ kind: 'eof' });
    });
    this.suspend();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Reads a command line. */
  read(prompt: string): Promise<ReadResult> {
    return this.start(prompt, false, false);
  }

  /** Reads an answer while a command runs; masked input shows `*` for each character. */
  question(prompt: string, masked: boolean): Promise<ReadResult> {
    return this.start(prompt, true, masked);
  }

  /** Gives the terminal back to the running command: cooked mode, so Ctrl-C is a signal again. */
  suspend(): void {
    if (this.closed) return;
    this.rl.pause();
    if (this.options.input.isTTY) this.options.input.setRawMode(false);
  }

  close(): void {
    if (!this.closed) this.rl.close();
  }

  private start(prompt: string, question: boolean, masked: boolean): Promise<ReadResult> {
    const early = this.queued.shift();
    if (early) return Promise.resolve(early);
    if (this.closed) return Promise.resolve({ kind: 'eof' });
    return new Promise((resolve) => {
      this.pending = { resolve, question, masked };
      this.cycle = undefined;
      if (this.options.input.isTTY) this.options.input.setRawMode(true);
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    });
  }

  private finish(result: ReadResult): void {
    const pending = this.pending;
    if (!pending) {
      if (result.kind !== 'interrupt') this.queued.push(result);
      return;
    }
    this.pending = undefined;
    if (result.kind === 'line' && pending.question) {
      // readline records every line; an answer (a secret above all) is not a command to recall.
      const history = this.internals.history;
      if (history[0] === result.text) history.shift();
    }
    this.suspend();
    pending.resolve(result);
  }

  /** Ctrl-C at a prompt: the line is dropped and a fresh prompt starts below it. */
  private onInterrupt(): void {
    if (this.search.active) this.search.handle(undefined, { name: 'g', ctrl: true });
    // Below the cancelled line, which stays on screen as PSReadLine leaves it.
    this.options.output.write('\n');
    this.internals.line = '';
    this.internals.cursor = 0;
    this.finish({ kind: 'interrupt' });
  }

  private onKey(s: string | undefined, key: Key | undefined, ttyWrite: (s: string | undefined, key: Key | undefined) => void): void {
    if (this.search.active && this.search.handle(s, key)) return;
    const commandLine = this.pending !== undefined && !this.pending.question;
    if (key?.name === 'tab' && commandLine) {
      this.tab(key.shift === true);
      return;
    }
    this.cycle = undefined;
    if (key?.ctrl && key.name === 'r' && commandLine) {
      this.search.start();
      return;
    }
    ttyWrite(s, key);
  }

  /** Tab replaces the word with the first match; Tab again with the next one, Shift-Tab the previous. */
  private tab(backwards: boolean): void {
    if (!this.cycle) {
      const line = this.internals.line;
      const cursor = this.internals.cursor;
      let result: CompletionResult;
      try {
        result = this.options.complete(line, cursor);
      } catch {
        // A failing completion source offers nothing; it must never break the prompt.
        return;
      }
      if (result.matches.length === 0) return;
      this.cycle = { before: line.slice(0, result.start), after: line.slice(result.end), matches: result.matches, index: backwards ? result.matches.length - 1 : 0 };
    } else {
      const n = this.cycle.matches.length;
      this.cycle.index = (this.cycle.index + (backwards ? n - 1 : 1)) % n;
    }
    const { before, after, matches, index } = this.cycle;
    setLine(this.internals, before + matches[index] + after, before.length + matches[index].length);
  }

  private maskAfterPrompt(s: string): string {
    const prompt = this.rl.getPrompt();
    const at = s.indexOf(prompt);
    if (prompt !== '' && at >= 0) return s.slice(0, at + prompt.length) + mask(s.slice(at + prompt.length));
    return mask(s);
  }
}
