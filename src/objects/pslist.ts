// A growable list: System.Collections.Generic.List`1 (and System.Collections.ArrayList, whose Add returns the
// new index). PowerShell enumerates it like an array in the pipeline; the AWS layer uses it for model collections.

export class PSList {
  readonly items: unknown[];
  /** e.g. System.Collections.Generic.List`1[[System.String]] or System.Collections.ArrayList. */
  readonly typeName: string;
  /** Element type full name for List<T> (values are converted on Add), or undefined for ArrayList/List<object>. */
  readonly elementType?: string;

  constructor(items: unknown[] = [], elementType?: string, typeName?: string) {
    this.items = items;
    this.elementType = elementType && elementType !== 'System.Object' ? elementType : undefined;
    this.typeName = typeName ?? `System.Collections.Generic.List\`1[[${elementType ?? 'System.Object'}]]`;
  }

  static arrayList(items: unknown[] = []): PSList {
    return new PSList(items, undefined, 'System.Collections.ArrayList');
  }

  /** True for ArrayList, whose Add returns the index of the new item. */
  get isArrayList(): boolean {
    return this.typeName === 'System.Collections.ArrayList';
  }

  get count(): number {
    return this.items.length;
  }

  add(item: unknown): number {
    this.items.push(item);
    return this.items.length - 1;
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }
}
