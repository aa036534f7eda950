// System.Guid: an immutable 128-bit identifier that prints in the "D" form (lower-case, hyphenated).

import { randomUUID } from 'node:crypto';

const D_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class Guid {
  /** Lower-case "D" form: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. */
  readonly value: string;
  private constructor(value: string) {
    this.value = value.toLowerCase();
  }

  static newGuid(): Guid {
    return new Guid(randomUUID());
  }

  static readonly empty = new Guid('00000000-0000-0000-0000-000000000000');

  /** Accepts the D, N, B and P forms; undefined when the text is not a GUID. */
  static tryParse(text: string): Guid | undefined {
    let t = text.trim();
    if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('(') && t.endsWith(')'))) t = t.slice(1, -1);
    if (/^[0-9a-f]{32}$/i.test(t)) t = `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`;
    return D_FORM.test(t) ? new Guid(t) : undefined;
  }

  /** .NET Guid.ToString(format): D (default), N, B, P. */
  format(fmt = 'D'): string {
    switch (fmt.toUpperCase()) {
      case '':
      case 'D':
        return this.value;
      case 'N':
        return this.value.replace(/-/g, '');
      case 'B':
        return `{${this.value}}`;
      case 'P':
        return `(${this.value})`;
      default:
        throw new Error('Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".');
    }
  }

  toString(): string {
    return this.value;
  }
}
