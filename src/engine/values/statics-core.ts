// Static members of the core value types: [math], [int]/[long]/[double]..., [string], [char], [bool],
// [guid], [regex], [convert], [enum], [System.Text.Encoding], [cultureinfo].

import { EnumValue, MidpointRoundingEnum, RegexOptionsEnum, getEnumType, enumMember, type EnumTypeDef } from '../../objects/enum-value.js';
import { Guid } from '../../objects/guid.js';
import { PSObject } from '../../objects/psobject.js';
import { TypeRef } from '../../objects/typeref.js';
import { TextEncoding, encodingByName } from '../../objects/text-encoding.js';
import { convertTo, dotnetToString, isCollection, roundHalfEven, tagArrayElementType, toArray, toBool, toStr } from '../conversions.js';
import { compareStrings } from '../operators.js';
import { DotNetFormatError, formatComposite } from '../dotnet-format.js';
import { regexMatch, regexMatches } from '../methods/value-methods.js';
import { dotnetRegex, regexEscape, regexReplace, regexSplit, regexUnescape, execAt, RegexPatternError, type RegexOptions } from './regex.js';
import { argAs, argumentOutOfRange, intArg, numArg, strArg, throwDotNet, type Call } from '../methods/support.js';
import { defineStatics } from './static-registry.js';

// ------------------------------------------------------------------------------------------------
// [math]
// ------------------------------------------------------------------------------------------------

type Rounding = 'ToEven' | 'AwayFromZero' | 'ToZero' | 'ToNegativeInfinity' | 'ToPositiveInfinity';

function roundWith(x: number, mode: Rounding): number {
  switch (mode) {
    case 'ToEven':
      return roundHalfEven(x);
    case 'AwayFromZero': {
      const a = Math.abs(x);
      const f = Math.floor(a);
      return Math.sign(x) * (a - f >= 0.5 ? f + 1 : f);
    }
    case 'ToZero':
      return Math.trunc(x);
    case 'ToNegativeInfinity':
      return Math.floor(x);
    case 'ToPositiveInfinity':
      return Math.ceil(x);
  }
}

function isRoundingArg(v: unknown): boolean {
  return v instanceof EnumValue || (typeof v === 'string' && !/^\s*-?\d+\s*$/.test(v));
}

/** Math.Round(value[, digits][, mode]): halves go to even unless MidpointRounding says otherwise. */
function mathRound(c: Call): number {
  const x = numArg(c, 0, 'value');
  let digits = 0;
  let mode: Rounding = 'ToEven';
  if (c.args.length >= 2) {
    if (isRoundingArg(c.args[1])) mode = (convertTo(c.args[1], MidpointRoundingEnum.fullName) as EnumValue).toString() as Rounding;
    else digits = intArg(c, 1, 'digits');
  }
  if (c.args.length === 3) mode = (convertTo(c.args[2], MidpointRoundingEnum.fullName) as EnumValue).toString() as Rounding;
  if (digits < 0 || digits > 15) argumentOutOfRange('digits', 'Rounding digits must be between 0 and 15, inclusive.');
  if (!Number.isFinite(x)) return x;
  if (digits === 0) return roundWith(x, mode) || 0;
  if (Math.abs(x) >= 1e16) return x;
  const p = Math.pow(10, digits);
  return roundWith(x * p, mode) / p || 0;
}

function numbersOf(c: Call): number[] {
  return c.args.map((_, i) => numArg(c, i, i === 0 ? 'val1' : 'val2'));
}

defineStatics(
  'System.Math',
  { PI: () => Math.PI, E: () => Math.E, Tau: () => 2 * Math.PI },
  [
    ['Round', 1, 3, (_, c) => mathRound(c)],
    ['Floor', 1, 1, (_, c) => Math.floor(numArg(c, 0, 'd')) || 0],
    ['Ceiling', 1, 1, (_, c) => Math.ceil(numArg(c, 0, 'a')) || 0],
    ['Truncate', 1, 1, (_, c) => Math.trunc(numArg(c, 0, 'd')) || 0],
    ['Abs', 1, 1, (_, c) => Math.abs(numArg(c, 0, 'value'))],
    ['Sign', 1, 1, (_, c) => {
      const x = numArg(c, 0, 'value');
      if (Number.isNaN(x)) throwDotNet('System.ArithmeticException', 'Function does not accept floating point Not-a-Number values.');
      return Math.sign(x) || 0;
    }],
    ['Max', 2, 2, (_, c) => Math.max(...numbersOf(c))],
    ['Min', 2, 2, (_, c) => Math.min(...numbersOf(c))],
    ['Pow', 2, 2, (_, c) => Math.pow(numArg(c, 0, 'x'), numArg(c, 1, 'y'))],
    ['Sqrt', 1, 1, (_, c) => Math.sqrt(numArg(c, 0, 'd'))],
    ['Cbrt', 1, 1, (_, c) => Math.cbrt(numArg(c, 0, 'd'))],
    ['Exp', 1, 1, (_, c) => Math.exp(numArg(c, 0, 'd'))],
    ['Log', 1, 2, (_, c) => (c.args.length === 2 ? Math.log(numArg(c, 0, 'a')) / Math.log(numArg(c, 1, 'newBase')) : Math.log(numArg(c, 0, 'd')))],
    ['Log10', 1, 1, (_, c) => Math.log10(numArg(c, 0, 'd'))],
    ['Log2', 1, 1, (_, c) => Math.log2(numArg(c, 0, 'x'))],
    ['Sin', 1, 1, (_, c) => Math.sin(numArg(c, 0, 'a'))],
    ['Cos', 1, 1, (_, c) => Math.cos(numArg(c, 0, 'd'))],
    ['Tan', 1, 1, (_, c) => Math.tan(numArg(c, 0, 'a'))],
    ['Asin', 1, 1, (_, c) => Math.asin(numArg(c, 0, 'd'))],
    ['Acos', 1, 1, (_, c) => Math.acos(numArg(c, 0, 'd'))],
    ['Atan', 1, 1, (_, c) => Math.atan(numArg(c, 0, 'd'))],
    ['Atan2', 2, 2, (_, c) => Math.atan2(numArg(c, 0, 'y'), numArg(c, 1, 'x'))],
    ['Sinh', 1, 1, (_, c) => Math.sinh(numArg(c, 0, 'value'))],
    ['Cosh', 1, 1, (_, c) => Math.cosh(numArg(c, 0, 'value'))],
    ['Tanh', 1, 1, (_, c) => Math.tanh(numArg(c, 0, 'value'))],
    ['Clamp', 3, 3, (_, c) => {
      const [v, lo, hi] = numbersOf(c);
      if (lo > hi) throwDotNet('System.ArgumentException', `'${lo}' cannot be greater than ${hi}.`);
      return Math.min(Math.max(v, lo), hi);
    }],
    ['BigMul', 2, 2, (_, c) => numArg(c, 0, 'a') * numArg(c, 1, 'b')],
    ['IEEERemainder', 2, 2, (_, c) => {
      const x = numArg(c, 0, 'x');
      const y = numArg(c, 1, 'y');
      return x - y * roundHalfEven(x / y);
    }],
  ],
);

// ------------------------------------------------------------------------------------------------
// Numeric types
// ------------------------------------------------------------------------------------------------

const INTEGER_PARSE = /^\s*[+-]?\d+\s*$/;
const FLOAT_PARSE = /^\s*[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?\s*$/;

function parseInteger(c: Call, typeName: string): number {
  const s = c.args[0];
  if (s === null) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 's')");
  const text = toStr(s);
  if (c.args.length >= 2 && /hex/i.test(toStr(c.args[1]))) {
    if (!/^\s*[0-9a-f]+\s*$/i.test(text)) throwDotNet('System.FormatException', 'Input string was not in a correct format.');
    return convertTo(parseInt(text, 16), typeName) as number;
  }
  if (!INTEGER_PARSE.test(text)) throwDotNet('System.FormatException', 'Input string was not in a correct format.');
  const n = Number(text.trim());
  try {
    return convertTo(n, typeName) as number;
  } catch {
    throwDotNet('System.OverflowException', `Value was either too large or too small for ${typeName === 'System.Int64' ? 'an Int64' : typeName === 'System.Byte' ? 'an unsigned byte' : 'an Int32'}.`);
  }
}

function parseFloat(c: Call): number {
  const s = c.args[0];
  if (s === null) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 's')");
  const text = toStr(s).trim();
  const lower = text.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === 'infinity' || text === '∞') return Infinity;
  if (lower === '-infinity' || text === '-∞') return -Infinity;
  if (!FLOAT_PARSE.test(text) || !/\d/.test(text)) throwDotNet('System.FormatException', 'Input string was not in a correct format.');
  return Number(text.replace(/,/g, ''));
}

const INTEGER_LIMITS: Array<[string, number, number]> = [
  ['System.Int32', -2147483648, 2147483647],
  ['System.Int64', -9223372036854775808, 9223372036854775807],
  ['System.Int16', -32768, 32767],
  ['System.Byte', 0, 255],
  ['System.SByte', -128, 127],
  ['System.UInt16', 0, 65535],
  ['System.UInt32', 0, 4294967295],
  ['System.UInt64', 0, 18446744073709551615],
];

for (const [name, min, max] of INTEGER_LIMITS) {
  defineStatics(name, { MaxValue: () => max, MinValue: () => min }, [
    ['Parse', 1, 3, (_, c) => parseInteger(c, name)],
    ['IsEvenInteger', 1, 1, (_, c) => numArg(c, 0, 'value') % 2 === 0],
    ['IsOddInteger', 1, 1, (_, c) => Math.abs(numArg(c, 0, 'value') % 2) === 1],
    ['Abs', 1, 1, (_, c) => Math.abs(numArg(c, 0, 'value'))],
    ['Max', 2, 2, (_, c) => Math.max(numArg(c, 0, 'x'), numArg(c, 1, 'y'))],
    ['Min', 2, 2, (_, c) => Math.min(numArg(c, 0, 'x'), numArg(c, 1, 'y'))],
  ]);
}

const floatStatics = {
  MaxValue: () => Number.MAX_VALUE,
  MinValue: () => -Number.MAX_VALUE,
  Epsilon: () => Number.MIN_VALUE,
  NaN: () => NaN,
  PositiveInfinity: () => Infinity,
  NegativeInfinity: () => -Infinity,
};
const floatMethods: Array<[string, number, number, (self: null, c: Call) => unknown]> = [
  ['Parse', 1, 3, (_, c) => parseFloat(c)],
  ['IsNaN', 1, 1, (_, c) => Number.isNaN(numArg(c, 0, 'd'))],
  ['IsInfinity', 1, 1, (_, c) => Math.abs(numArg(c, 0, 'd')) === Infinity],
  ['IsPositiveInfinity', 1, 1, (_, c) => numArg(c, 0, 'd') === Infinity],
  ['IsNegativeInfinity', 1, 1, (_, c) => numArg(c, 0, 'd') === -Infinity],
  ['IsFinite', 1, 1, (_, c) => Number.isFinite(numArg(c, 0, 'd'))],
  ['IsInteger', 1, 1, (_, c) => Number.isInteger(numArg(c, 0, 'value'))],
  ['Round', 1, 3, (_, c) => mathRound(c)],
];
defineStatics('System.Double', floatStatics, floatMethods);
defineStatics('System.Single', { ...floatStatics, MaxValue: () => 3.4028234663852886e38, MinValue: () => -3.4028234663852886e38, Epsilon: () => 1.401298464324817e-45 }, floatMethods);
defineStatics('System.Decimal', { MaxValue: () => 79228162514264337593543950335, MinValue: () => -79228162514264337593543950335, Zero: () => 0, One: () => 1, MinusOne: () => -1 }, [
  ['Parse', 1, 3, (_, c) => parseFloat(c)],
  ['Round', 1, 3, (_, c) => mathRound(c)],
  ['Truncate', 1, 1, (_, c) => Math.trunc(numArg(c, 0, 'd'))],
  ['Floor', 1, 1, (_, c) => Math.floor(numArg(c, 0, 'd'))],
  ['Ceiling', 1, 1, (_, c) => Math.ceil(numArg(c, 0, 'd'))],
]);

defineStatics('System.Boolean', { TrueString: () => 'True', FalseString: () => 'False' }, [
  [
    'Parse',
    1,
    1,
    (_, c) => {
      const t = toStr(c.args[0]).trim().toLowerCase();
      if (t === 'true') return true;
      if (t === 'false') return false;
      return throwDotNet('System.FormatException', `String '${toStr(c.args[0])}' was not recognized as a valid Boolean.`);
    },
  ],
]);

// ------------------------------------------------------------------------------------------------
// [string], [char]
// ------------------------------------------------------------------------------------------------

/** params object[]: a single array argument is the whole list. */
function paramsList(args: unknown[]): unknown[] {
  return args.length === 1 && isCollection(args[0]) ? toArray(args[0]) : args;
}

function formatStatic(c: Call): string {
  const fmt = strArg(c, 0, 'format');
  const rest = c.args.slice(1);
  // [string]::Format(provider, format, args...): skip a culture argument.
  const args = paramsList(rest);
  try {
    return formatComposite(fmt, args, dotnetToString);
  } catch (e) {
    if (e instanceof DotNetFormatError) throwDotNet('System.FormatException', e.message);
    throw e;
  }
}

function ignoreCaseArg(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  return (convertTo(v, 'System.StringComparison') as EnumValue).toString().endsWith('IgnoreCase');
}

defineStatics('System.String', { Empty: () => '' }, [
  ['IsNullOrEmpty', 1, 1, (_, c) => c.args[0] === null || c.args[0] === undefined || toStr(c.args[0]) === ''],
  ['IsNullOrWhiteSpace', 1, 1, (_, c) => c.args[0] === null || c.args[0] === undefined || toStr(c.args[0]).trim() === ''],
  [
    'Join',
    2,
    99,
    (_, c) => {
      const sep = c.args[0] === null ? '' : toStr(c.args[0]);
      return paramsList(c.args.slice(1))
        .map((v) => (v === null || v === undefined ? '' : dotnetToString(v)))
        .join(sep);
    },
  ],
  ['Format', 1, 99, (_, c) => formatStatic(c)],
  ['Concat', 0, 99, (_, c) => paramsList(c.args).map((v) => (v === null || v === undefined ? '' : dotnetToString(v))).join('')],
  [
    'Compare',
    2,
    3,
    (_, c) => {
      const a = c.args[0];
      const b = c.args[1];
      if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
      return compareStrings(toStr(a), toStr(b), !(c.args.length === 3 && ignoreCaseArg(c.args[2])));
    },
  ],
  ['CompareOrdinal', 2, 2, (_, c) => {
    const a = toStr(c.args[0]);
    const b = toStr(c.args[1]);
    return a < b ? -1 : a > b ? 1 : 0;
  }],
  [
    'Equals',
    2,
    3,
    (_, c) => {
      const a = c.args[0];
      const b = c.args[1];
      if (a === null || b === null) return a === b;
      if (c.args.length === 3 && ignoreCaseArg(c.args[2])) return toStr(a).toLowerCase() === toStr(b).toLowerCase();
      return a === b;
    },
  ],
  ['Copy', 1, 1, (_, c) => toStr(c.args[0])],
]);

function charArg(c: Call): string {
  const v = c.args[0];
  if (c.args.length === 2) return toStr(v)[intArg(c, 1, 'index')] ?? throwDotNet('System.ArgumentOutOfRangeException', "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')");
  return argAs<string>(c, 0, 'System.Char', 'c');
}

defineStatics('System.Char', { MaxValue: () => '\uffff', MinValue: () => '\0' }, [
  ['IsDigit', 1, 2, (_, c) => /^\p{Nd}$/u.test(charArg(c))],
  ['IsNumber', 1, 2, (_, c) => /^\p{N}$/u.test(charArg(c))],
  ['IsLetter', 1, 2, (_, c) => /^\p{L}$/u.test(charArg(c))],
  ['IsLetterOrDigit', 1, 2, (_, c) => /^[\p{L}\p{Nd}]$/u.test(charArg(c))],
  ['IsWhiteSpace', 1, 2, (_, c) => /^\s$/u.test(charArg(c))],
  ['IsUpper', 1, 2, (_, c) => /^\p{Lu}$/u.test(charArg(c))],
  ['IsLower', 1, 2, (_, c) => /^\p{Ll}$/u.test(charArg(c))],
  ['IsPunctuation', 1, 2, (_, c) => /^\p{P}$/u.test(charArg(c))],
  ['IsSymbol', 1, 2, (_, c) => /^\p{S}$/u.test(charArg(c))],
  ['IsControl', 1, 2, (_, c) => /^\p{Cc}$/u.test(charArg(c))],
  ['IsSeparator', 1, 2, (_, c) => /^\p{Z}$/u.test(charArg(c))],
  ['IsSurrogate', 1, 2, (_, c) => /^[\ud800-\udfff]$/.test(charArg(c))],
  ['IsAscii', 1, 1, (_, c) => charArg(c).charCodeAt(0) < 128],
  ['ToUpper', 1, 2, (_, c) => charArg({ method: c.method, args: [c.args[0]] }).toUpperCase()],
  ['ToLower', 1, 2, (_, c) => charArg({ method: c.method, args: [c.args[0]] }).toLowerCase()],
  ['ToUpperInvariant', 1, 1, (_, c) => charArg(c).toUpperCase()],
  ['ToLowerInvariant', 1, 1, (_, c) => charArg(c).toLowerCase()],
  ['ConvertFromUtf32', 1, 1, (_, c) => String.fromCodePoint(intArg(c, 0, 'utf32'))],
  ['ConvertToUtf32', 1, 2, (_, c) => toStr(c.args[0]).codePointAt(c.args.length > 1 ? intArg(c, 1, 'index') : 0) ?? 0],
  ['GetNumericValue', 1, 2, (_, c) => {
    const ch = charArg(c);
    return /^\d$/.test(ch) ? Number(ch) : -1;
  }],
  ['ToString', 1, 1, (_, c) => charArg(c)],
  ['Parse', 1, 1, (_, c) => {
    const s = toStr(c.args[0]);
    if (s.length !== 1) throwDotNet('System.FormatException', 'String must be exactly one character long.');
    return s;
  }],
]);

// ------------------------------------------------------------------------------------------------
// [guid]
// ------------------------------------------------------------------------------------------------

defineStatics('System.Guid', { Empty: () => Guid.empty }, [
  ['NewGuid', 0, 0, () => Guid.newGuid()],
  [
    'Parse',
    1,
    2,
    (_, c) => Guid.tryParse(toStr(c.args[0])) ?? throwDotNet('System.FormatException', `Unrecognized Guid format.`),
  ],
  ['ParseExact', 2, 2, (_, c) => Guid.tryParse(toStr(c.args[0])) ?? throwDotNet('System.FormatException', `Unrecognized Guid format.`)],
]);

// ------------------------------------------------------------------------------------------------
// [regex]
// ------------------------------------------------------------------------------------------------

/** RegexOptions argument (enum, number or names like 'IgnoreCase, Multiline') → our options. */
export function regexOptionsFrom(v: unknown): RegexOptions {
  if (v === null || v === undefined) return {};
  const e = convertTo(v, RegexOptionsEnum.fullName) as EnumValue;
  return {
    ignoreCase: (e.value & 1) !== 0,
    multiline: (e.value & 2) !== 0,
    explicitCapture: (e.value & 4) !== 0,
    singleline: (e.value & 16) !== 0,
    ignorePatternWhitespace: (e.value & 32) !== 0,
  };
}

function staticRegex(c: Call, patternIndex: number, optionsIndex: number) {
  const pattern = strArg(c, patternIndex, 'pattern');
  try {
    return dotnetRegex(pattern, regexOptionsFrom(c.args[optionsIndex]));
  } catch (e) {
    if (e instanceof RegexPatternError) throwDotNet('System.Text.RegularExpressions.RegexParseException', `Invalid pattern '${pattern}' at offset 0. ${e.message}`);
    throw e;
  }
}

defineStatics('System.Text.RegularExpressions.Regex', {}, [
  ['Escape', 1, 1, (_, c) => regexEscape(strArg(c, 0, 'str'))],
  ['Unescape', 1, 1, (_, c) => regexUnescape(strArg(c, 0, 'str'))],
  ['Match', 2, 4, (_, c) => regexMatch(staticRegex(c, 1, 2), strArg(c, 0, 'input'))],
  ['Matches', 2, 4, (_, c) => regexMatches(staticRegex(c, 1, 2), strArg(c, 0, 'input'))],
  ['IsMatch', 2, 4, (_, c) => execAt(staticRegex(c, 1, 2), strArg(c, 0, 'input')) !== null],
  ['Replace', 3, 5, (_, c) => regexReplace(staticRegex(c, 1, 3), strArg(c, 0, 'input'), strArg(c, 2, 'replacement'))],
  ['Split', 2, 4, (_, c) => tagArrayElementType(regexSplit(staticRegex(c, 1, 2), strArg(c, 0, 'input')), 'System.String')],
]);

// ------------------------------------------------------------------------------------------------
// [convert]
// ------------------------------------------------------------------------------------------------

function bytesArg(c: Call, i: number): Uint8Array {
  if (c.args[i] === null) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 'inArray')");
  return convertTo(c.args[i], 'System.Byte[]') as Uint8Array;
}

function fromBase(c: Call, typeName: string, bits: number): number {
  const v = c.args[0];
  if (c.args.length === 2 && typeof c.args[1] === 'number' && [2, 8, 10, 16].includes(c.args[1])) {
    const base = c.args[1];
    let text = toStr(v).trim();
    if (base === 16) text = text.replace(/^0x/i, '');
    const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^-?\d+$/, 16: /^[0-9a-f]+$/i }[base]!;
    if (!valid.test(text)) throwDotNet('System.FormatException', 'Could not find any recognizable digits.');
    const big = BigInt(base === 10 ? text : `0${base === 2 ? 'b' : base === 8 ? 'o' : 'x'}${text}`);
    return Number(base === 10 ? big : BigInt.asIntN(bits, big));
  }
  if (c.args.length === 2 && typeof c.args[1] === 'number') throwDotNet('System.ArgumentException', 'Invalid Base.');
  if (typeof v === 'string') {
    if (!INTEGER_PARSE.test(v)) throwDotNet('System.FormatException', `The input string '${v}' was not in a correct format.`);
  }
  if (v === null) return 0;
  try {
    return convertTo(v, typeName) as number;
  } catch (e) {
    throwDotNet('System.OverflowException', `Value was either too large or too small for ${typeName === 'System.Int64' ? 'an Int64' : 'an Int32'}.`);
    throw e;
  }
}

function toBaseString(c: Call): string {
  const v = c.args[0];
  if (c.args.length === 2 && typeof c.args[1] === 'number' && typeof v === 'number') {
    const base = c.args[1];
    if (![2, 8, 10, 16].includes(base)) throwDotNet('System.ArgumentException', 'Invalid Base.');
    if (base === 10) return String(v);
    return v >= 0 ? v.toString(base) : (v >= -2147483648 ? v >>> 0 : Number(BigInt.asUintN(64, BigInt(v)))).toString(base);
  }
  if (v === null || v === undefined) return '';
  return dotnetToString(v);
}

defineStatics('System.Convert', { DBNull: () => null }, [
  ['ToBase64String', 1, 3, (_, c) => Buffer.from(bytesArg(c, 0)).toString('base64')],
  [
    'FromBase64String',
    1,
    1,
    (_, c) => {
      const s = strArg(c, 0, 's').replace(/\s/g, '');
      if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) {
        throwDotNet('System.FormatException', 'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.');
      }
      return new Uint8Array(Buffer.from(s, 'base64'));
    },
  ],
  ['ToHexString', 1, 3, (_, c) => Buffer.from(bytesArg(c, 0)).toString('hex').toUpperCase()],
  ['ToHexStringLower', 1, 3, (_, c) => Buffer.from(bytesArg(c, 0)).toString('hex')],
  [
    'FromHexString',
    1,
    1,
    (_, c) => {
      const s = strArg(c, 0, 's');
      if (s.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(s)) throwDotNet('System.FormatException', 'The input is not a valid hex string as its length is not a multiple of 2.');
      return new Uint8Array(Buffer.from(s, 'hex'));
    },
  ],
  ['ToInt32', 1, 2, (_, c) => fromBase(c, 'System.Int32', 32)],
  ['ToInt64', 1, 2, (_, c) => fromBase(c, 'System.Int64', 64)],
  ['ToInt16', 1, 2, (_, c) => fromBase(c, 'System.Int16', 16)],
  ['ToByte', 1, 2, (_, c) => convertTo(fromBase(c, 'System.Int32', 32), 'System.Byte')],
  ['ToUInt32', 1, 2, (_, c) => convertTo(fromBase(c, 'System.Int64', 64), 'System.UInt32')],
  ['ToUInt64', 1, 2, (_, c) => convertTo(fromBase(c, 'System.Int64', 64), 'System.UInt64')],
  ['ToDouble', 1, 2, (_, c) => (typeof c.args[0] === 'string' ? parseFloat(c) : argAs<number>(c, 0, 'System.Double', 'value'))],
  ['ToSingle', 1, 2, (_, c) => Math.fround(typeof c.args[0] === 'string' ? parseFloat(c) : argAs<number>(c, 0, 'System.Double', 'value'))],
  ['ToDecimal', 1, 2, (_, c) => (typeof c.args[0] === 'string' ? parseFloat(c) : argAs<number>(c, 0, 'System.Double', 'value'))],
  [
    'ToBoolean',
    1,
    2,
    (_, c) => {
      const v = c.args[0];
      if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (t === 'true') return true;
        if (t === 'false') return false;
        throwDotNet('System.FormatException', `String '${v}' was not recognized as a valid Boolean.`);
      }
      return toBool(v);
    },
  ],
  ['ToString', 1, 2, (_, c) => toBaseString(c)],
  ['ToChar', 1, 2, (_, c) => argAs<string>(c, 0, 'System.Char', 'value')],
  ['ToDateTime', 1, 2, (_, c) => argAs<Date>(c, 0, 'System.DateTime', 'value')],
  ['ChangeType', 2, 3, (_, c) => convertTo(c.args[0], c.args[1] instanceof TypeRef ? c.args[1].fullName : toStr(c.args[1]))],
  ['IsDBNull', 1, 1, (_, c) => c.args[0] === null],
]);

// ------------------------------------------------------------------------------------------------
// [enum]
// ------------------------------------------------------------------------------------------------

function enumTypeArg(c: Call): EnumTypeDef {
  const t = c.args[0];
  const name = t instanceof TypeRef ? t.fullName : toStr(t);
  const def = getEnumType(name);
  if (!def) throwDotNet('System.ArgumentException', "Type provided must be an Enum. (Parameter 'enumType')");
  return def;
}

defineStatics('System.Enum', {}, [
  ['GetNames', 1, 1, (_, c) => tagArrayElementType(enumTypeArg(c).members.map(([n]) => n), 'System.String')],
  ['GetValues', 1, 1, (_, c) => {
    const def = enumTypeArg(c);
    return def.members.map(([, v]) => new EnumValue(def, v));
  }],
  ['Parse', 2, 3, (_, c) => {
    const def = enumTypeArg(c);
    const text = toStr(c.args[1]);
    const m = enumMember(def, text);
    if (m) return m;
    if (/^\s*-?\d+\s*$/.test(text)) return new EnumValue(def, parseInt(text, 10));
    return throwDotNet('System.ArgumentException', `Requested value '${text}' was not found.`);
  }],
  ['IsDefined', 2, 2, (_, c) => {
    const def = enumTypeArg(c);
    const v = c.args[1];
    return typeof v === 'number' ? def.members.some(([, x]) => x === v) : enumMember(def, toStr(v)) !== undefined && def.members.some(([n]) => n === toStr(v));
  }],
  ['ToObject', 2, 2, (_, c) => new EnumValue(enumTypeArg(c), intArg(c, 1, 'value'))],
  ['GetName', 2, 2, (_, c) => {
    const def = enumTypeArg(c);
    const v = c.args[1] instanceof EnumValue ? c.args[1].value : intArg(c, 1, 'value');
    return def.members.find(([, x]) => x === v)?.[0] ?? null;
  }],
]);

// ------------------------------------------------------------------------------------------------
// [System.Text.Encoding], [cultureinfo]
// ------------------------------------------------------------------------------------------------

defineStatics(
  'System.Text.Encoding',
  {
    UTF8: () => new TextEncoding('utf-8'),
    ASCII: () => new TextEncoding('us-ascii'),
    Unicode: () => new TextEncoding('utf-16'),
    BigEndianUnicode: () => new TextEncoding('utf-16BE'),
    UTF32: () => new TextEncoding('utf-32'),
    Latin1: () => new TextEncoding('iso-8859-1'),
    Default: () => new TextEncoding('utf-8'),
  },
  [
    [
      'GetEncoding',
      1,
      1,
      (_, c) => encodingByName(c.args[0] as string | number) ?? throwDotNet('System.ArgumentException', `'${toStr(c.args[0])}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`),
    ],
    ['Convert', 3, 3, (_, c) => (c.args[1] as TextEncoding).getBytes((c.args[0] as TextEncoding).getString(convertTo(c.args[2], 'System.Byte[]') as Uint8Array))],
  ],
);

/** A CultureInfo object; only its name matters to us (formatting is always en-US / invariant). */
export function cultureInfo(name: string): PSObject {
  const o = new PSObject(['System.Globalization.CultureInfo', 'System.Object']);
  const display: Record<string, string> = { '': 'Invariant Language (Invariant Country)', 'en-US': 'English (United States)' };
  o.addNote('LCID', name === '' ? 127 : 1033, 'Property');
  o.addNote('Name', name, 'Property');
  o.addNote('DisplayName', display[name] ?? name, 'Property');
  o.addNote('TwoLetterISOLanguageName', name === '' ? 'iv' : name.slice(0, 2), 'Property');
  o.sealed = true;
  o.toStringOverride = () => name;
  return o;
}

defineStatics(
  'System.Globalization.CultureInfo',
  { InvariantCulture: () => cultureInfo(''), CurrentCulture: () => cultureInfo('en-US'), CurrentUICulture: () => cultureInfo('en-US') },
  [['GetCultureInfo', 1, 1, (_, c) => cultureInfo(toStr(c.args[0]))]],
);
