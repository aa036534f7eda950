// System.DateTime is a JS Date plus its Kind (Local, Utc or Unspecified), kept on a symbol so that
// dates from the SDK (always UTC instants) and Get-Date (Local) print the way PowerShell prints them.

export type DateKind = 'Local' | 'Utc' | 'Unspecified';

const KIND = Symbol('awsps.dateKind');

interface KindedDate extends Date {
  [KIND]?: DateKind;
}

export function dateKind(d: Date): DateKind {
  return (d as KindedDate)[KIND] ?? 'Local';
}

export function withKind(d: Date, kind: DateKind): Date {
  (d as KindedDate)[KIND] = kind;
  return d;
}

export function utcDate(ms: number): Date {
  return withKind(new Date(ms), 'Utc');
}
