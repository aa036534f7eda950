// System.Version: Major.Minor[.Build[.Revision]], with -1 for the parts that were not given.

export class Version {
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly build = -1,
    readonly revision = -1,
  ) {}

  static tryParse(text: string): Version | undefined {
    const parts = text.trim().split('.');
    if (parts.length < 2 || parts.length > 4 || parts.some((p) => !/^\d+$/.test(p.trim()))) return undefined;
    const n = parts.map((p) => parseInt(p, 10));
    return new Version(n[0], n[1], n[2] ?? -1, n[3] ?? -1);
  }

  compareTo(other: Version): number {
    const a = [this.major, this.minor, this.build, this.revision];
    const b = [other.major, other.minor, other.build, other.revision];
    for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }

  toString(fieldCount?: number): string {
    const parts = [this.major, this.minor, this.build, this.revision].filter((p) => p >= 0);
    return (fieldCount === undefined ? parts : parts.slice(0, fieldCount)).join('.');
  }
}
