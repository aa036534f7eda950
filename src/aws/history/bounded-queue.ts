// A fixed-capacity FIFO (AWS Tools' HistoryBuffer<T>): adding to a full queue drops the oldest entry, so
// memory stays bounded however many items pass through it.

export class BoundedQueue<T> {
  private slots: (T | undefined)[];
  /** Index of the oldest item. */
  private head = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`Invalid capacity ${capacity}`);
    this.slots = new Array<T | undefined>(capacity);
  }

  get count(): number {
    return this.size;
  }

  add(item: T): void {
    if (this.capacity === 0) return;
    if (this.size === this.capacity) {
      this.slots[this.head] = item;
      this.head = (this.head + 1) % this.capacity;
      return;
    }
    this.slots[(this.head + this.size) % this.capacity] = item;
    this.size++;
  }

  /** Item at index (0 = oldest), or undefined beyond the end (ElementAtOrDefault). */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.slots[(this.head + index) % this.capacity];
  }

  /** The newest item, or undefined when empty. */
  get last(): T | undefined {
    return this.size === 0 ? undefined : this.at(this.size - 1);
  }

  /** Oldest first, as enumerating a .NET Queue<T>. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.at(i) as T);
    return out;
  }

  clear(): void {
    this.slots = new Array<T | undefined>(this.capacity);
    this.head = 0;
    this.size = 0;
  }

  /** A new queue of another capacity holding the newest items of this one. */
  resized(capacity: number): BoundedQueue<T> {
    const q = new BoundedQueue<T>(capacity);
    const start = Math.max(0, this.size - capacity);
    for (let i = start; i < this.size; i++) q.add(this.at(i) as T);
    return q;
  }
}
