// [ref] (System.Management.Automation.PSReference): a reference either bound to a variable (`[ref]$x`: reading
// .Value reads the variable, assigning it assigns the variable) or wrapping a value (`[ref]5`, `[ref]$a[0]`).
// .NET out/ref parameters ([int]::TryParse($s, [ref]$n)) write their result through `value`.

export const PSREFERENCE_TYPE = 'System.Management.Automation.PSReference';

/** Where a variable-bound reference reads and writes. */
export interface ReferenceTarget {
  get(): unknown;
  set(value: unknown): void;
}

export class PSReference {
  readonly typeName = PSREFERENCE_TYPE;
  private held: unknown;
  private readonly target: ReferenceTarget | undefined;

  /** A reference holding `value` (what `[ref]<expression>` and [ref]::new(value) make). */
  constructor(value: unknown = null, target?: ReferenceTarget) {
    this.held = value === undefined ? null : value;
    this.target = target;
  }

  /** A reference bound to a variable (or anything else with a getter and a setter). */
  static bound(target: ReferenceTarget): PSReference {
    return new PSReference(null, target);
  }

  get value(): unknown {
    if (!this.target) return this.held;
    const v = this.target.get();
    return v === undefined ? null : v;
  }

  set value(v: unknown) {
    const value = v === undefined ? null : v;
    if (this.target) this.target.set(value);
    else this.held = value;
  }
}
