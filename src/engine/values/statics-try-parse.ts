// TryParse on the value types that have a Parse ([int]::TryParse($s, [ref]$n), [datetime]::TryParse(...),
// [guid]::TryParse(...), ...): the Parse overload with the same leading arguments runs; its result, or
// default(T) when it fails, goes to the [ref] out argument, and the call returns whether it succeeded.
// Also [version]::Parse/TryParse and [ipaddress]::Parse/TryParse, which need no other statics.

import { Guid } from '../../objects/guid.js';
import { TimeSpan } from '../../objects/timespan.js';
import { Version } from '../../objects/version.js';
import { DateTimeOffset } from '../../objects/datetime-offset.js';
import { RuntimeError } from '../errors.js';
import { convertTo, toStr } from '../conversions.js';
import { DotNetException, throwDotNet, type Call } from '../methods/support.js';
import { dateFromTicks } from './datetime-parse.js';
import { defineStatics, staticTypeDef } from './static-registry.js';
import { refArgument } from './out-arguments.js';
// The Parse methods TryParse wraps are registered by these modules.
import './statics-core.js';
import './statics-system.js';

/** The value .NET leaves in the out parameter when parsing fails: default(T). */
const DEFAULTS: Array<[typeName: string, defaultValue: () => unknown]> = [
  ['System.Int32', () => 0],
  ['System.Int64', () => 0],
  ['System.Int16', () => 0],
  ['System.Byte', () => 0],
  ['System.SByte', () => 0],
  ['System.UInt16', () => 0],
  ['System.UInt32', () => 0],
  ['System.UInt64', () => 0],
  ['System.Double', () => 0],
  ['System.Single', () => 0],
  ['System.Decimal', () => 0],
  ['System.Boolean', () => false],
  ['System.Char', () => '\0'],
  ['System.DateTime', () => dateFromTicks(0)],
  ['System.DateTimeOffset', () => new DateTimeOffset(-62135596800000, 0)],
  ['System.TimeSpan', () => new TimeSpan(0)],
  ['System.Guid', () => Guid.empty],
  ['System.Version', () => null],
  ['System.Net.IPAddress', () => null],
];

function parseVersion(c: Call): Version {
  const s = c.args[0];
  if (s === null || s === undefined) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 'input')");
  const text = toStr(s);
  const v = Version.tryParse(text);
  if (v) return v;
  const parts = text.trim().split('.');
  if (parts.length < 2 || parts.length > 4) throwDotNet('System.ArgumentException', "Version string portion was too short or too long. (Parameter 'input')");
  return throwDotNet('System.FormatException', `The input string '${parts.find((p) => !/^\d+$/.test(p.trim())) ?? text}' was not in a correct format.`);
}

function parseIPAddress(c: Call): unknown {
  const s = c.args[0];
  if (s === null || s === undefined) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 'ipString')");
  try {
    return convertTo(toStr(s), 'System.Net.IPAddress');
  } catch (e) {
    if (e instanceof RuntimeError) throwDotNet('System.FormatException', 'An invalid IP address was specified.');
    throw e;
  }
}

defineStatics('System.Version', {}, [['Parse', 1, 1, (_, c) => parseVersion(c)]]);
defineStatics('System.Net.IPAddress', {}, [['Parse', 1, 1, (_, c) => parseIPAddress(c)]]);

/** TryParse(leading..., [ref] result): Parse(leading...) into the reference, or default(T) and $false. */
function tryParse(parse: (c: Call) => unknown, defaultValue: () => unknown) {
  return (_: null, c: Call): boolean => {
    const last = c.args.length - 1;
    const out = refArgument(c, last);
    const s = c.args[0];
    if (s === null || s === undefined) {
      out.value = defaultValue();
      return false;
    }
    try {
      out.value = parse({ method: 'Parse', args: c.args.slice(0, last) });
      return true;
    } catch (e) {
      if (!(e instanceof DotNetException || e instanceof RuntimeError)) throw e;
      out.value = defaultValue();
      return false;
    }
  };
}

for (const [typeName, defaultValue] of DEFAULTS) {
  const parseDef = staticTypeDef(typeName)?.methods.get('parse');
  if (!parseDef) throw new Error(`TryParse: [${typeName}] has no Parse method to wrap`);
  const parse = (c: Call): unknown => parseDef.fn(null, c);
  // One more argument than Parse takes: the out parameter.
  defineStatics(typeName, {}, [['TryParse', parseDef.min + 1, parseDef.max + 1, tryParse(parse, defaultValue)]]);
}
