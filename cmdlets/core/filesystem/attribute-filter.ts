// Get-ChildItem's attribute filtering: the -Attributes flags expression ("Directory+Hidden,!ReadOnly":
// ',' is OR, '+' is AND, '!' is NOT) and the -Directory/-File/-Hidden/-ReadOnly/-System switches, which
// combine with AND. Naming Hidden anywhere also lifts the default hiding of dot files.

import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { FileAttributesEnum } from './enums.js';
import { qualifiedId } from './errors.js';

type Term = { bit: number; negate: boolean };

export interface AttributeFilter {
  matches(attributes: number): boolean;
  /** True when Hidden appears in the expression or switches (hidden items are then not skipped). */
  mentionsHidden: boolean;
}

const HIDDEN = 2;
const DIRECTORY = 16;
const READONLY = 1;
const SYSTEM = 4;

function attributeBit(name: string, cmdlet: string): number {
  const member = FileAttributesEnum.members.find(([n]) => n.toLowerCase() === name.toLowerCase());
  if (member) return member[1];
  const names = FileAttributesEnum.members.map(([n]) => n).join(', ');
  throw new RuntimeError(
    makeErrorRecord(
      `Cannot bind parameter 'Attributes'. Cannot convert value "${name}" to type "System.Management.Automation.FlagsExpression\`1[System.IO.FileAttributes]". Error: "Unable to match the identifier name ${name} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names}"`,
      {
        type: 'System.Management.Automation.ParameterBindingException',
        baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
        id: qualifiedId('CannotConvertArgumentNoMessage', cmdlet),
        category: 'InvalidArgument',
      },
    ),
  );
}

/** Parses a FlagsExpression into OR-ed groups of AND-ed terms. */
function parseExpression(text: string, cmdlet: string): Term[][] {
  return text.split(',').map((group) =>
    group
      .split('+')
      .map((t) => t.trim())
      .filter((t) => t !== '')
      .map((t) => {
        const negate = t.startsWith('!');
        return { bit: attributeBit(negate ? t.slice(1).trim() : t, cmdlet), negate };
      }),
  );
}

function evaluate(groups: Term[][], attributes: number): boolean {
  return groups.some((terms) => terms.every((t) => ((attributes & t.bit) !== 0) !== t.negate));
}

export interface AttributeSwitches {
  attributes?: string;
  directory: boolean;
  file: boolean;
  hidden: boolean;
  readOnly: boolean;
  system: boolean;
}

export function makeAttributeFilter(s: AttributeSwitches, cmdlet: string): AttributeFilter | undefined {
  const expression = s.attributes ? parseExpression(s.attributes, cmdlet) : undefined;
  const required: Term[] = [];
  if (s.directory) required.push({ bit: DIRECTORY, negate: false });
  if (s.file) required.push({ bit: DIRECTORY, negate: true });
  if (s.system) required.push({ bit: SYSTEM, negate: false });
  if (s.readOnly) required.push({ bit: READONLY, negate: false });
  if (s.hidden) required.push({ bit: HIDDEN, negate: false });
  if (!expression && required.length === 0) return undefined;
  const mentionsHidden = s.hidden || (expression?.some((g) => g.some((t) => t.bit === HIDDEN)) ?? false);
  return {
    mentionsHidden,
    matches: (attributes) => (!expression || evaluate(expression, attributes)) && (required.length === 0 || evaluate([required], attributes)),
  };
}
