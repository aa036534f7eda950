// Set-StrictMode: turns strict mode on (-Version) or off (-Off) for the caller's scope and its child scopes,
// as pwsh's SetStrictModeCommand does; the checks themselves live in the evaluator (src/engine/strict-mode.ts).
// -Version takes 1.0, 2.0, 3.0 (and any PowerShell version: 4.0, 5.1, 7.0 ...), a bare number (3 is 3.0) or
// Latest (the running version, so the strictest level).

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { ProcessorContext } from '../../../src/pipeline/processor.js';
import { Version } from '../../../src/objects/version.js';
import { makeErrorRecord, RuntimeError, fail } from '../../../src/engine/errors.js';
import { clearStrictMode, setStrictMode } from '../../../src/engine/strict-mode.js';
import { PS_VERSION } from '../../../src/engine/automatic-variables.js';
import { toStr } from '../../../src/engine/conversions.js';
import { switchParam } from './common/params.js';

const COMMAND = 'Microsoft.PowerShell.Commands.SetStrictModeCommand';
const PARAMETER_BINDING_BASES = ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'];

function conversionFailure(value: unknown, detail: string): never {
  throw new RuntimeError(
    makeErrorRecord(`Cannot bind parameter 'Version'. Cannot convert value "${toStr(value)}" to type "System.Version". Error: "${detail}"`, {
      type: 'System.Management.Automation.ParameterBindingException',
      baseTypeNames: PARAMETER_BINDING_BASES.slice(1),
      id: `CannotConvertArgumentNoMessage,${COMMAND}`,
      category: 'InvalidArgument',
      target: value,
    }),
  );
}

/** System.Version's parser, with .NET's messages for what it refuses. */
function parseVersion(value: unknown, text: string): Version {
  const parts = text.trim().split('.');
  if (parts.length < 2 || parts.length > 4) conversionFailure(value, "Version string portion was too short or too long. (Parameter 'input')");
  const bad = parts.find((p) => !/^\s*\+?\d+\s*$/.test(p));
  if (bad !== undefined) conversionFailure(value, `The input string '${bad}' was not in a correct format.`);
  const n = parts.map((p) => parseInt(p, 10));
  return new Version(n[0], n[1], n[2] ?? -1, n[3] ?? -1);
}

/** pwsh's ArgumentToPSVersionTransformation: 'Latest', a whole number (3 → 3.0), else System.Version's conversion. */
function versionArgument(value: unknown): Version {
  if (value instanceof Version) return value;
  if (typeof value === 'string') {
    if (value.trim().toLowerCase() === 'latest') return parseVersion(value, PS_VERSION);
    if (/^\s*[+-]?\d+\s*$/.test(value)) return wholeVersion(value, parseInt(value, 10));
    return parseVersion(value, value);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return wholeVersion(value, value);
  return parseVersion(value, toStr(value));
}

function wholeVersion(value: unknown, major: number): Version {
  if (major < 0) conversionFailure(value, "Version's parameters must be greater than or equal to zero. (Parameter 'major')");
  return new Version(major, 0);
}

/** PSVersionInfo.IsValidPSVersion: a version of PowerShell that exists (up to the running one). */
function isValidPSVersion(v: Version): boolean {
  const latestMinor = parseVersion(PS_VERSION, PS_VERSION).minor;
  switch (v.major) {
    case 1:
    case 2:
    case 3:
    case 4:
      return v.minor === 0;
    case 5:
      return v.minor === 0 || v.minor === 1;
    case 6:
      return v.minor >= 0 && v.minor <= 2;
    case 7:
      return v.minor >= 0 && v.minor <= latestMinor;
    default:
      return false;
  }
}

function invalidVersion(v: Version): never {
  throw new RuntimeError(
    makeErrorRecord(`Cannot validate argument on parameter 'Version'. The "${v.toString()}" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.`, {
      type: 'System.Management.Automation.ParameterBindingValidationException',
      baseTypeNames: PARAMETER_BINDING_BASES,
      id: `ParameterArgumentValidationError,${COMMAND}`,
      category: 'InvalidData',
      target: v,
    }),
  );
}

export const setStrictModeCommand: CommandDefinition = {
  name: 'Set-StrictMode',
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Establishes and enforces coding rules in expressions, scripts, and script blocks.',
  defaultParameterSet: 'Version',
  parameters: [
    { name: 'Version', type: 'System.Object', aliases: ['v'], mandatory: true, parameterSets: ['Version'], completionValues: ['Latest', '3.0', '2.0', '1.0'] },
    { name: 'Off', type: 'switch', mandatory: true, parameterSets: ['Off'] },
  ],
  create() {
    return {
      end(ctx) {
        // The caller's scope: a function's or script's setting ends with it, as pwsh's CurrentScope does.
        if (!(ctx instanceof ProcessorContext)) fail('Set-StrictMode can only run in a pipeline of this session.', { id: 'StrictModeNeedsSession', category: 'InvalidOperation' });
        const scope = ctx.exec.scope;
        if (ctx.parameterSetName === 'Off') {
          // -Off:$false leaves no version of its own in the scope, so the parent scopes' setting applies again.
          if (switchParam(ctx, 'Off')) setStrictMode(scope, 0);
          else clearStrictMode(scope);
          return;
        }
        const version = versionArgument(ctx.params.Version);
        if (!isValidPSVersion(version)) invalidVersion(version);
        setStrictMode(scope, version.major);
      },
    };
  },
};
