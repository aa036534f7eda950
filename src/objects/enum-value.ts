// A .NET enum value ([DayOfWeek]::Monday, [MidpointRounding]::AwayFromZero): prints as its name, converts
// to its number, and compares equal to either, as PowerShell enums do.

export interface EnumTypeDef {
  fullName: string;
  /** Member name → value, in declaration order. */
  members: ReadonlyArray<readonly [string, number]>;
  /** [Flags] enums print combined values as "A, B". */
  flags?: boolean;
}

export class EnumValue {
  constructor(
    readonly type: EnumTypeDef,
    readonly value: number,
  ) {}

  get typeName(): string {
    return this.type.fullName;
  }

  /** The member name (or "A, B" for flags), or the number when no member matches. */
  toString(): string {
    const exact = this.type.members.find(([, v]) => v === this.value);
    if (exact) return exact[0];
    if (this.type.flags && this.value > 0) {
      const names: string[] = [];
      let rest = this.value;
      for (const [n, v] of [...this.type.members].sort((a, b) => b[1] - a[1])) {
        if (v !== 0 && (rest & v) === v) {
          names.unshift(n);
          rest &= ~v;
        }
      }
      if (rest === 0) return names.join(', ');
    }
    return String(this.value);
  }
}

const enumTypes = new Map<string, EnumTypeDef>();

export function registerEnumType(def: EnumTypeDef): EnumTypeDef {
  enumTypes.set(def.fullName.toLowerCase(), def);
  return def;
}

export function getEnumType(fullName: string): EnumTypeDef | undefined {
  return enumTypes.get(fullName.toLowerCase());
}

export function listEnumTypes(): EnumTypeDef[] {
  return [...enumTypes.values()];
}

/** The member with this name (case-insensitive), or undefined. */
export function enumMember(def: EnumTypeDef, name: string): EnumValue | undefined {
  const lower = name.trim().toLowerCase();
  const m = def.members.find(([n]) => n.toLowerCase() === lower);
  return m ? new EnumValue(def, m[1]) : undefined;
}

const names = (list: string): Array<[string, number]> => list.split(' ').map((n, i) => [n, i]);

export const DayOfWeekEnum = registerEnumType({
  fullName: 'System.DayOfWeek',
  members: names('Sunday Monday Tuesday Wednesday Thursday Friday Saturday'),
});
export const DateTimeKindEnum = registerEnumType({ fullName: 'System.DateTimeKind', members: names('Unspecified Utc Local') });
export const MidpointRoundingEnum = registerEnumType({
  fullName: 'System.MidpointRounding',
  members: names('ToEven AwayFromZero ToZero ToNegativeInfinity ToPositiveInfinity'),
});
export const StringComparisonEnum = registerEnumType({
  fullName: 'System.StringComparison',
  members: names('CurrentCulture CurrentCultureIgnoreCase InvariantCulture InvariantCultureIgnoreCase Ordinal OrdinalIgnoreCase'),
});
export const StringSplitOptionsEnum = registerEnumType({
  fullName: 'System.StringSplitOptions',
  members: [
    ['None', 0],
    ['RemoveEmptyEntries', 1],
    ['TrimEntries', 2],
  ],
  flags: true,
});
export const ConsoleColorEnum = registerEnumType({
  fullName: 'System.ConsoleColor',
  members: names('Black DarkBlue DarkGreen DarkCyan DarkRed DarkMagenta DarkYellow Gray DarkGray Blue Green Cyan Red Magenta Yellow White'),
});
export const ActionPreferenceEnum = registerEnumType({
  fullName: 'System.Management.Automation.ActionPreference',
  members: names('SilentlyContinue Stop Continue Inquire Ignore Suspend Break'),
});
export const ErrorCategoryEnum = registerEnumType({
  fullName: 'System.Management.Automation.ErrorCategory',
  members: names(
    'NotSpecified OpenError CloseError DeviceError DeadlockDetected InvalidArgument InvalidData InvalidOperation InvalidResult InvalidType MetadataError NotImplemented NotInstalled ObjectNotFound OperationStopped OperationTimeout SyntaxError ParserError PermissionDenied ResourceBusy ResourceExists ResourceUnavailable ReadError WriteError FromStdErr SecurityError ProtocolError ConnectionError AuthenticationError LimitsExceeded QuotaExceeded NotEnabled',
  ),
});
export const RegexOptionsEnum = registerEnumType({
  fullName: 'System.Text.RegularExpressions.RegexOptions',
  members: [
    ['None', 0],
    ['IgnoreCase', 1],
    ['Multiline', 2],
    ['ExplicitCapture', 4],
    ['Compiled', 8],
    ['Singleline', 16],
    ['IgnorePatternWhitespace', 32],
    ['RightToLeft', 64],
    ['ECMAScript', 256],
    ['CultureInvariant', 512],
    ['NonBacktracking', 1024],
  ],
  flags: true,
});
