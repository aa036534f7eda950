// The value of a type literal such as [int] or [Amazon.EC2.Model.Filter]: used for casts, -is/-as and
// static member access ([math]::Round). The full .NET name is what messages and Get-Member show.

export class TypeRef {
  /** e.g. System.Int32; for arrays the element name plus [] (System.String[]). */
  readonly fullName: string;
  constructor(fullName: string) {
    this.fullName = fullName;
  }
  get name(): string {
    const i = this.fullName.lastIndexOf('.');
    return i < 0 ? this.fullName : this.fullName.slice(i + 1);
  }
  get isArray(): boolean {
    return this.fullName.endsWith('[]');
  }
  get elementType(): TypeRef | undefined {
    return this.isArray ? new TypeRef(this.fullName.slice(0, -2)) : undefined;
  }
  toString(): string {
    return this.fullName;
  }
}
