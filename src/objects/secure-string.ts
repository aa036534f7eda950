// System.Security.SecureString (Read-Host -AsSecureString): text that never prints. Its ToString is the
// type name, as in .NET; code that needs the characters (ConvertFrom-SecureString -AsPlainText,
// PSCredential.GetNetworkCredential()) calls reveal().

export class SecureString {
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  get typeName(): string {
    return 'System.Security.SecureString';
  }

  get length(): number {
    return this.#text.length;
  }

  reveal(): string {
    return this.#text;
  }

  toString(): string {
    return 'System.Security.SecureString';
  }
}
