// MS-DOS date/time fields of zip headers: local time, two-second resolution, years 1980-2107.

export function fromDosDateTime(date: number, time: number): Date {
  const year = ((date >> 9) & 0x7f) + 1980;
  const month = Math.max(1, (date >> 5) & 0x0f) - 1;
  const day = Math.max(1, date & 0x1f);
  return new Date(year, month, day, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2);
}

export const DOS_EPOCH = (): Date => new Date(1980, 0, 1, 0, 0, 0);

/** Whether a date can be stored in a zip header (fflate refuses the others). */
export function isDosRepresentable(d: Date): boolean {
  const year = d.getFullYear();
  return year >= 1980 && year <= 2099;
}
