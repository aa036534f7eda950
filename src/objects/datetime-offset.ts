// System.DateTimeOffset: an instant plus the UTC offset it is shown in ([DateTimeOffset]::UtcNow.ToUnixTimeSeconds()).

export class DateTimeOffset {
  constructor(
    /** Milliseconds since the Unix epoch (the instant). */
    readonly instantMs: number,
    /** Offset from UTC in minutes. */
    readonly offsetMinutes: number,
  ) {}

  get typeName(): string {
    return 'System.DateTimeOffset';
  }

  /** The wall-clock time at the offset, as a UTC-based JS date (read its UTC fields). */
  get wallClock(): Date {
    return new Date(this.instantMs + this.offsetMinutes * 60000);
  }
}
