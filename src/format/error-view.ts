// How the host shows errors and the other streams: pwsh 7's ConciseView for error records (the script
// in PowerShellCore_format_ps1xml.cs, ErrorInstance view) and the WARNING:/VERBOSE:/DEBUG: prefixes.

import type { ErrorRecord } from '../engine/errors.js';

export interface StreamViewOptions {
  /** Emit ANSI colours ($PSStyle.Formatting.*) as pwsh does on a terminal. */
  color?: boolean;
  /** Console width used to wrap messages of errors that carry a script position (default 120). */
  width?: number;
}

const ERROR_COLOR = '\x1b[31;1m';
const ACCENT_COLOR = '\x1b[36;1m';
const WARNING_COLOR = '\x1b[33;1m';
const RESET = '\x1b[0m';

/** Cuts a string to at most `length` characters, ending at the last whitespace (Get-TruncatedString). */
function truncatedString(s: string, length: number): string {
  if (s.length <= length) return s;
  const head = s.slice(0, length);
  const m = /\s(?=\S*$)/.exec(head);
  return m ? head.slice(0, m.index) : head;
}

function shortTypeName(fullName: string): string {
  const i = fullName.lastIndexOf('.');
  return i < 0 ? fullName : fullName.slice(i + 1);
}

function wasThrown(record: ErrorRecord): boolean {
  const ex: object = record.exception;
  return 'wasThrownFromThrowStatement' in ex && (ex as { wasThrownFromThrowStatement?: unknown }).wasThrownFromThrowStatement === true;
}

/** The label before the colon: Exception, the command name, the category or the exception's short type name. */
function reasonOf(record: ErrorRecord): string {
  if (wasThrown(record)) return 'Exception';
  if (record.commandName) return record.commandName;
  if (record.category !== 'NotSpecified') return record.category;
  return shortTypeName(record.exception.typeName);
}

function expandTabs(s: string): string {
  return s.replace(/\t/g, '    ');
}

/**
 * The text pwsh prints for an error record with $ErrorView = 'ConciseView'. Without a script position:
 * `Reason: message`. With one (a script file, or a later line of interactive input), the
 * `Line |` block with the source line, the ~~~ marker and the wrapped message, ending in a newline.
 */
export function formatErrorForHost(record: ErrorRecord, options: StreamViewOptions = {}): string {
  const color = options.color === true;
  const errorColor = color ? ERROR_COLOR : '';
  const accentColor = color ? ACCENT_COLOR : '';
  const resetColor = color ? RESET : '';
  const nl = '\n';

  if (record.fullyQualifiedErrorId === 'NativeCommandErrorMessage' || record.fullyQualifiedErrorId === 'NativeCommandError') {
    return `${errorColor}${record.exception.message}${resetColor}`;
  }

  const pos = record.position;
  const file = pos?.file;
  const isParserError = record.category === 'ParserError';
  let posmsg = '';
  let message = '';
  let prefix = '';

  const showPosition = !!pos && (!!file || pos.line > 1 || isParserError) && !(file ?? '').toLowerCase().endsWith('.psm1');
  if (pos && showPosition) {
    if (file) {
      posmsg = process.env.TERM_PROGRAM === 'vscode' ? `${resetColor}${file}:${pos.line}:${pos.column}${nl}` : `${resetColor}${file}:${pos.line}${nl}`;
    } else {
      posmsg = nl;
    }
    const lineNumber = String(pos.line);
    const headerWhitespace = lineNumber.length > 4 ? ' '.repeat(lineNumber.length - 4) : '';
    const lineWhitespace = lineNumber.length < 4 ? ' '.repeat(4 - lineNumber.length) : '';
    posmsg += `${accentColor}${headerWhitespace}Line |${nl}`;

    // The position message pwsh renders: "+ <source line>" and "+ <spaces>~~~~" (tabs as four spaces).
    const rawLine = pos.lineText;
    const before = expandTabs(rawLine.slice(0, Math.max(0, pos.column - 1)));
    const extentLength = pos.length && pos.length > 0 ? pos.length : 1;
    const marked = expandTabs(rawLine.slice(Math.max(0, pos.column - 1), Math.max(0, pos.column - 1) + extentLength));
    let line = ' ' + expandTabs(rawLine).trimEnd();
    const highlightLine = ' ' + ' '.repeat(before.length) + '~'.repeat(Math.max(1, marked.length));
    const offsetLength = highlightLine.trim().length;
    const offsetInLine = highlightLine.indexOf('~');
    if (!line.endsWith(nl)) line += nl;
    if (offsetLength < line.length - 1) {
      line = line.slice(0, offsetInLine + offsetLength) + resetColor + line.slice(offsetInLine + offsetLength);
      line = line.slice(0, offsetInLine) + accentColor + line.slice(offsetInLine);
    }
    posmsg += `${accentColor}${lineWhitespace}${lineNumber} | ${resetColor}${line}`;
    prefix = `${accentColor}${headerWhitespace}     | ${errorColor}`;
    posmsg += `${prefix}${highlightLine}${nl}`;
    message = prefix;
  }

  // pwsh's ConciseView prefers ErrorDetails.Message (a web response's body) to the exception's message.
  const exMessage = record.errorDetails ?? record.exception.message;
  if (isParserError && exMessage.includes('~' + nl)) {
    message += (exMessage.split('~' + nl)[1] ?? '').split(nl + nl)[0];
  } else {
    message += exMessage;
  }

  if (file || isParserError) {
    const prefixLength = prefix.replace(/\x1b\[[0-9;]*m/g, '').length;
    const prefixVtLength = prefix.length - prefixLength;
    message = message.replace(/\r?\n/g, ' ').replace(/\t/g, ' ');
    const windowWidth = options.width ?? 120;
    if (windowWidth > 0 && message.length - prefixVtLength > windowWidth) {
      let sb = '';
      let substring = truncatedString(message, windowWidth + prefixVtLength);
      sb += substring;
      let remaining = message.slice(substring.length).trim();
      sb += nl;
      while (remaining.length + prefixLength > windowWidth) {
        const subMessage = prefix + remaining;
        substring = truncatedString(subMessage, windowWidth + prefixVtLength);
        if (substring.length - prefix.length > 0) {
          sb += substring + nl;
          remaining = remaining.slice(substring.length - prefix.length).trim();
        } else {
          break;
        }
      }
      sb += prefix + remaining.trim();
      message = sb;
    }
    message += nl;
  }

  posmsg += errorColor + message;
  return `${errorColor}${reasonOf(record)}: ${posmsg}${resetColor}`;
}

function prefixed(label: string, text: string, options: StreamViewOptions): string {
  return options.color ? `${WARNING_COLOR}${label}: ${text}${RESET}` : `${label}: ${text}`;
}

export function formatWarning(text: string, options: StreamViewOptions = {}): string {
  return prefixed('WARNING', text, options);
}

export function formatVerbose(text: string, options: StreamViewOptions = {}): string {
  return prefixed('VERBOSE', text, options);
}

export function formatDebug(text: string, options: StreamViewOptions = {}): string {
  return prefixed('DEBUG', text, options);
}
