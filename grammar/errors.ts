// Syntax errors, reported the way PowerShell reports them: a message plus the position it refers to.

export interface SourcePosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export class ParseError extends Error {
  readonly position: SourcePosition;
  /** PowerShell's ParseError id, e.g. MissingEndCurlyBrace, TerminatorExpectedAtEndOfString. */
  readonly errorId: string;
  /** Length of the offending text (for the ~~~ underline). */
  readonly length: number;
  /** True when more input could complete the text (used by the REPL for continuation prompts). */
  readonly incomplete: boolean;

  constructor(message: string, position: SourcePosition, errorId: string, options: { length?: number; incomplete?: boolean } = {}) {
    super(message);
    this.name = 'ParseError';
    this.position = position;
    this.errorId = errorId;
    this.length = options.length ?? 1;
    this.incomplete = options.incomplete ?? false;
  }
}

/** Computes line/column for an offset. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}
