// An AWS SDK for .NET ConstantClass value (Amazon.EC2.InstanceStateName 'running', Amazon.S3.S3StorageClass
// 'STANDARD'): an object whose one property is Value, whose ToString() is that value, and which equals another
// constant or a string of the same value ignoring case (Amazon.Runtime.ConstantClass.Equals).

export const CONSTANT_CLASS_TYPE = 'Amazon.Runtime.ConstantClass';

export class ConstantValue {
  constructor(
    /** The ConstantClass's full name: 'Amazon.EC2.InstanceStateName'. */
    readonly typeName: string,
    readonly value: string,
  ) {}

  toString(): string {
    return this.value;
  }

  /** ConstantClass.Equals(object): a constant or a string with the same value, compared OrdinalIgnoreCase. */
  equals(other: unknown): boolean {
    const text = other instanceof ConstantValue ? other.value : typeof other === 'string' ? other : undefined;
    return text !== undefined && sameIgnoringCase(text, this.value);
  }
}

function sameIgnoringCase(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.toUpperCase() === b.toUpperCase());
}

/**
 * ConstantClass.FindValue (what the implicit conversion from string does): the declared constant whose value
 * matches the text ignoring case, so [Amazon.EC2.InstanceStateName]'RUNNING' is 'running'; any other text
 * becomes a constant of its own (the service validates it).
 */
export function findConstantValue(typeName: string, text: string, declared: readonly string[]): ConstantValue {
  const known = declared.includes(text) ? text : declared.find((d) => sameIgnoringCase(d, text));
  return new ConstantValue(typeName, known ?? text);
}
