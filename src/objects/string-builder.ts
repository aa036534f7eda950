// System.Text.StringBuilder: a mutable string, as scripts build large text with it.

export class StringBuilder {
  value: string;
  capacity: number;
  constructor(initial = '', capacity = 16) {
    this.value = initial;
    this.capacity = Math.max(capacity, initial.length);
  }
  get typeName(): string {
    return 'System.Text.StringBuilder';
  }
  get length(): number {
    return this.value.length;
  }
  toString(): string {
    return this.value;
  }
}
