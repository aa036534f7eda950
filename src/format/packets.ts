// What Format-Table / Format-List write to the pipeline: PowerShell's formatting packets (FormatStartData,
// GroupStartData, FormatEntryData, GroupEndData, FormatEndData). Out-Default, Out-String and Out-Host lay
// them out with their own width, exactly as pwsh's outputters do with the real ones.

import type { Alignment } from './table-writer.js';

const NS = 'Microsoft.PowerShell.Commands.Internal.Format';

export interface TableColumnInfo {
  label: string;
  /** 0: sized from the data (autosize / table delay). */
  width: number;
  alignment: Alignment;
}

export type ShapeInfo =
  | { kind: 'table'; columns: TableColumnInfo[]; hideHeader: boolean; repeatHeader: boolean }
  | { kind: 'list' }
  | { kind: 'complex' };

export type FormatEntry =
  | { kind: 'tableRow'; values: string[]; alignments: (Alignment | undefined)[]; multiLine: boolean }
  | { kind: 'listEntry'; labels: string[]; values: string[] }
  | { kind: 'complex'; text: string }
  | { kind: 'rawText'; text: string };

/** Base of every formatting packet; the pipeline treats them as ordinary objects. */
export abstract class FormattedOutput {
  abstract get typeName(): string;
  toString(): string {
    return this.typeName;
  }
}

export class FormatStartData extends FormattedOutput {
  constructor(
    readonly shape: ShapeInfo,
    /** -AutoSize (or a view with AutoSize): widths come from every object of the group. */
    readonly autoSize: boolean,
  ) {
    super();
  }
  get typeName(): string {
    return `${NS}.FormatStartData`;
  }
}

export class GroupStartData extends FormattedOutput {
  /** The group header text (e.g. "   Status: Running" or "    Directory: /tmp"), or undefined without -GroupBy. */
  constructor(readonly label: string | undefined) {
    super();
  }
  get typeName(): string {
    return `${NS}.GroupStartData`;
  }
}

export class FormatEntryData extends FormattedOutput {
  constructor(
    readonly entry: FormatEntry,
    /** Shown outside the current table/list (a string amid objects, an object of another type). */
    readonly outOfBand = false,
  ) {
    super();
  }
  get typeName(): string {
    return `${NS}.FormatEntryData`;
  }
}

export class GroupEndData extends FormattedOutput {
  get typeName(): string {
    return `${NS}.GroupEndData`;
  }
}

export class FormatEndData extends FormattedOutput {
  get typeName(): string {
    return `${NS}.FormatEndData`;
  }
}

export function isFormattedOutput(v: unknown): v is FormattedOutput {
  return v instanceof FormattedOutput;
}
