// A JSON reader with the leniency and the error messages of Newtonsoft.Json's JsonTextReader, which
// ConvertFrom-Json uses: comments, single quotes, unquoted property names, NaN/Infinity and trailing
// commas are accepted; ISO 8601 strings become DateTime values (DateParseHandling.DateTime).

import { withKind } from '../../../src/objects/datetime.js';

/** A JSON object as read: keys in document order; a repeated key keeps its first position and last value. */
export class JsonObjectNode {
  readonly entries: Array<[string, JsonValue]> = [];
  private readonly index = new Map<string, number>();

  set(key: string, value: JsonValue): void {
    const i = this.index.get(key);
    if (i === undefined) {
      this.index.set(key, this.entries.length);
      this.entries.push([key, value]);
    } else {
      this.entries[i] = [key, value];
    }
  }
}

export type JsonValue = null | boolean | number | string | Date | JsonValue[] | JsonObjectNode;

/** A parse failure; `message` is Newtonsoft's text, with the path, line and position. */
export class JsonReaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonReaderException';
  }
}

type PathPart = string | number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/;
const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/** DateParseHandling.DateTime with RoundtripKind: Z → Utc, an offset → Local, none → Unspecified. */
export function tryParseJsonDate(s: string): Date | undefined {
  if (s.length < 19 || s.charCodeAt(0) < 48 || s.charCodeAt(0) > 57) {
    const ms = MS_DATE.exec(s);
    return ms ? withKind(new Date(Number(ms[1])), ms[2] ? 'Local' : 'Utc') : undefined;
  }
  const m = ISO_DATE.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const ms = frac ? Number(frac.padEnd(7, '0').slice(0, 3)) : 0;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms] as const;
  if (fields[1] > 11 || fields[2] < 1 || fields[2] > 31 || fields[3] > 23 || fields[4] > 59 || fields[5] > 59) return undefined;
  if (!zone) {
    return withKind(new Date(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]), 'Unspecified');
  }
  let utcMs = Date.UTC(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]);
  if (zone === 'Z') return withKind(new Date(utcMs), 'Utc');
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  utcMs -= sign * offset * 60_000;
  return withKind(new Date(utcMs), 'Local');
}

function formatPath(parts: PathPart[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `['${p.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return out;
}

export interface JsonParseOptions {
  /** Nesting allowed (Newtonsoft MaxDepth); undefined for no limit. */
  maxDepth?: number;
  /** Convert ISO 8601 strings to dates (default true). */
  parseDates?: boolean;
}

class Reader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private started = false;
  private readonly path: PathPart[] = [];
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly options: JsonParseOptions,
  ) {}

  private fail(message: string): never {
    const position = this.pos - this.lineStart;
    const line = !this.started && position === 0 ? 0 : this.line;
    throw new JsonReaderError(`${message} Path '${formatPath(this.path)}', line ${line}, position ${position}.`);
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private advance(): void {
    const c = this.text[this.pos];
    this.pos++;
    if (c === '\n') {
      this.line++;
      this.lineStart = this.pos;
    } else if (c === '\r') {
      if (this.text[this.pos] === '\n') this.pos++;
      this.line++;
      this.lineStart = this.pos;
    }
  }

  /** Skips whitespace and comments; true when something remains. */
  private skipWs(): boolean {
    for (;;) {
      const c = this.peek();
      if (c === undefined) return false;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff' || c === '\u00a0') {
        this.advance();
        continue;
      }
      if (c === '/') {
        const next = this.text[this.pos + 1];
        if (next === '/') {
          while (this.peek() !== undefined && this.peek() !== '\n' && this.peek() !== '\r') this.pos++;
          continue;
        }
        if (next === '*') {
          this.pos += 2;
          while (this.pos < this.text.length && !(this.peek() === '*' && this.text[this.pos + 1] === '/')) this.advance();
          if (this.pos >= this.text.length) this.fail('Unexpected end while parsing comment.');
          this.pos += 2;
          continue;
        }
        this.fail(`Unexpected character encountered while parsing value: ${c}.`);
      }
      return true;
    }
  }

  parseDocument(): JsonValue | undefined {
    if (!this.skipWs()) return undefined;
    const v = this.parseValue();
    this.started = true;
    if (this.skipWs()) {
      this.fail(`Additional text encountered after finished reading JSON content: ${this.peek()}.`);
    }
    return v;
  }

  private parseValue(): JsonValue {
    if (!this.skipWs()) this.fail('Unexpected end when reading JSON.');
    const c = this.peek()!;
    if (c === '{') return this.parseObject();
    if (c === '[') return this.parseArray();
    if (c === '"' || c === "'") {
      this.started = true;
      const s = this.parseString(c);
      if (this.options.parseDates !== false) return tryParseJsonDate(s) ?? s;
      return s;
    }
    if (c === '-' || (c >= '0' && c <= '9') || c === '.') return this.parseNumber();
    if (/[A-Za-z]/.test(c)) return this.parseLiteral();
    this.fail(`Unexpected character encountered while parsing value: ${c}.`);
  }

  private enter(): void {
    this.depth++;
    if (this.options.maxDepth !== undefined && this.depth > this.options.maxDepth) {
      this.fail(`The reader's MaxDepth of ${this.options.maxDepth} has been exceeded.`);
    }
  }

  private parseObject(): JsonObjectNode {
    this.advance();
    this.started = true;
    this.enter();
    const obj = new JsonObjectNode();
    for (;;) {
      if (!this.skipWs()) this.fail('Unexpected end when reading JSON.');
      const c = this.peek()!;
      if (c === '}') {
        this.advance();
        break;
      }
      const key = this.parsePropertyName();
      this.path.push(key);
      if (!this.skipWs()) this.fail('Unexpected end when reading JSON.');
      if (this.peek() !== ':') this.fail(`Invalid character after parsing property name. Expected ':' but got: ${this.peek()}.`);
      this.advance();
      const value = this.parseValue();
      obj.set(key, value);
      if (!this.skipWs()) this.fail('Unexpected end when reading JSON.');
      const after = this.peek()!;
      if (after === ',') {
        this.advance();
        this.path.pop();
        continue;
      }
      if (after === '}') {
        this.advance();
        this.path.pop();
        break;
      }
      this.fail(`After parsing a value an unexpected character was encountered: ${after}.`);
    }
    this.depth--;
    return obj;
  }

  private parsePropertyName(): string {
    const c = this.peek()!;
    if (c === '"' || c === "'") return this.parseString(c);
    if (/[A-Za-z0-9_$]/.test(c)) {
      let name = '';
      while (this.peek() !== undefined && /[A-Za-z0-9_$]/.test(this.peek()!)) {
        name += this.peek();
        this.pos++;
      }
      return name;
    }
    this.fail(`Invalid property identifier character: ${c}.`);
  }

  private parseArray(): JsonValue[] {
    this.advance();
    this.started = true;
    this.enter();
    const arr: JsonValue[] = [];
    for (;;) {
      if (!this.skipWs()) this.fail('Unexpected end when reading JSON.');
      if (this.peek() === ']') {
        this.advance();
        break;
      }
      this.path.push(arr.length);
      arr.push(this.parseValue());
      if (!this.skipWs()) this.fail('Unexpected end when reading JSON.');
      const after = this.peek()!;
      this.path.pop();
      if (after === ',') {
        this.advance();
        continue;
      }
      if (after === ']') {
        this.advance();
        break;
      }
      this.path.push(arr.length - 1);
      this.fail(`After parsing a value an unexpected character was encountered: ${after}.`);
    }
    this.depth--;
    return arr;
  }

  private parseString(quote: string): string {
    this.advance();
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail(`Unterminated string. Expected delimiter: ${quote}.`);
      if (c === quote) {
        this.advance();
        return out;
      }
      if (c === '\\') {
        this.pos++;
        const e = this.peek();
        if (e === undefined) this.fail(`Unterminated string. Expected delimiter: ${quote}.`);
        this.pos++;
        switch (e) {
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'u': {
            const hex = this.text.slice(this.pos, this.pos + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`Invalid Unicode escape sequence: \\u${hex}.`);
            out += String.fromCharCode(parseInt(hex, 16));
            this.pos += 4;
            break;
          }
          case '"':
          case "'":
          case '\\':
          case '/':
            out += e;
            break;
          default:
            this.fail(`Bad JSON escape sequence: \\${e}.`);
        }
        continue;
      }
      out += c;
      this.advance();
    }
  }

  private parseNumber(): number {
    this.started = true;
    const start = this.pos;
    while (this.peek() !== undefined && /[0-9.eE+\-xXa-fA-F]/.test(this.peek()!)) this.pos++;
    const text = this.text.slice(start, this.pos);
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) || /^-?\d+$/.test(text)) return Number(text);
    if (/^0[xX][0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
    if (text === '-' && this.text.startsWith('Infinity', this.pos)) {
      this.pos += 8;
      return -Infinity;
    }
    this.fail(`Input string '${text}' is not a valid number.`);
  }

  private parseLiteral(): JsonValue {
    const rest = this.text.slice(this.pos);
    const literals: Array<[string, JsonValue, string]> = [
      ['true', true, 'Error parsing boolean value.'],
      ['false', false, 'Error parsing boolean value.'],
      ['null', null, 'Error parsing null value.'],
      ['undefined', null, 'Error parsing undefined value.'],
      ['NaN', NaN, 'Cannot read NaN value.'],
      ['Infinity', Infinity, 'Cannot read Infinity value.'],
    ];
    for (const [word, value, error] of literals) {
      if (word[0] !== rest[0]) continue;
      this.started = true;
      const m = /^[A-Za-z]+/.exec(rest);
      if (m && m[0] === word) {
        this.pos += word.length;
        return value;
      }
      this.pos += m ? m[0].length : 1;
      this.fail(error);
    }
    this.fail(`Unexpected character encountered while parsing value: ${rest[0]}.`);
  }
}

/** Parses JSON text; undefined for empty (or whitespace-only) input. Throws JsonReaderError. */
export function parseJson(text: string, options: JsonParseOptions = {}): JsonValue | undefined {
  return new Reader(text, options).parseDocument();
}
