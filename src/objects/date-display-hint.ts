// Get-Date -DisplayHint: PowerShell attaches a DisplayHint note to the DateTime it emits so that the
// formatter shows only the date or only the time. Kept on a symbol of the Date, like its Kind.

import { EnumValue, enumMember, registerEnumType } from './enum-value.js';

export type DisplayHint = 'Date' | 'Time' | 'DateTime';

export const DisplayHintTypeEnum = registerEnumType({
  fullName: 'Microsoft.PowerShell.Commands.DisplayHintType',
  members: [
    ['Date', 0],
    ['Time', 1],
    ['DateTime', 2],
  ],
});

const HINT = Symbol('awsps.dateDisplayHint');

interface HintedDate extends Date {
  [HINT]?: DisplayHint;
}

/** The hint Get-Date attached, or undefined for dates that did not come from Get-Date. */
export function displayHintOf(d: Date): DisplayHint | undefined {
  return (d as HintedDate)[HINT];
}

export function withDisplayHint(d: Date, hint: DisplayHint): Date {
  (d as HintedDate)[HINT] = hint;
  return d;
}

/** The enum value for a hint name (DateTime when the name is unknown). */
export function enumMemberOrDefault(def: typeof DisplayHintTypeEnum, name: string): EnumValue {
  return enumMember(def, name) ?? new EnumValue(def, 2);
}
