// System.Security.SecureString (Read-Host -AsSecureString, ConvertTo-SecureString, Get-Credential): text that
// never prints. The characters live in a JS-private field; the only property is Length, and ToString is the
// type name, as in .NET, so formatting, serialisation and member access never show them. Code that needs the
// characters (ConvertFrom-SecureString -AsPlainText, PSCredential.GetNetworkCredential()) calls reveal().
// The .NET methods (AppendChar, InsertAt, ...) are registered on the type in cmdlets/core/objects/security-types.ts.

import { PSObject } from './psobject.js';

export const SECURE_STRING_TYPE = 'System.Security.SecureString';

/** Why a SecureString refused a change: the .NET exception type and message. */
export class SecureStringError extends Error {
  constructor(
    readonly exceptionType: string,
    message: string,
  ) {
    super(message);
  }
}

const INDEX_OUT_OF_RANGE = "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')";

export class SecureString extends PSObject {
  #text: string;
  #readOnly = false;
  #disposed = false;

  constructor(text = '') {
    super([SECURE_STRING_TYPE, 'System.Object']);
    this.#text = text;
    this.addNote('Length', 0, 'Property', 'System.Int32');
    const length = this.getProperty('Length');
    if (length) length.getter = () => this.length;
    this.sealed = true;
    this.toStringOverride = () => SECURE_STRING_TYPE;
  }

  override get typeName(): string {
    return SECURE_STRING_TYPE;
  }

  get length(): number {
    this.#checkDisposed();
    return this.#text.length;
  }

  get isReadOnly(): boolean {
    this.#checkDisposed();
    return this.#readOnly;
  }

  reveal(): string {
    this.#checkDisposed();
    return this.#text;
  }

  appendChar(c: string): void {
    this.#checkWritable();
    this.#text += c;
  }

  insertAt(index: number, c: string): void {
    this.#checkWritable();
    if (index < 0 || index > this.#text.length) throw new SecureStringError('System.ArgumentOutOfRangeException', INDEX_OUT_OF_RANGE);
    this.#text = this.#text.slice(0, index) + c + this.#text.slice(index);
  }

  removeAt(index: number): void {
    this.#checkWritable();
    if (index < 0 || index >= this.#text.length) throw new SecureStringError('System.ArgumentOutOfRangeException', INDEX_OUT_OF_RANGE);
    this.#text = this.#text.slice(0, index) + this.#text.slice(index + 1);
  }

  setAt(index: number, c: string): void {
    this.#checkWritable();
    if (index < 0 || index >= this.#text.length) throw new SecureStringError('System.ArgumentOutOfRangeException', INDEX_OUT_OF_RANGE);
    this.#text = this.#text.slice(0, index) + c + this.#text.slice(index + 1);
  }

  clear(): void {
    this.#checkWritable();
    this.#text = '';
  }

  makeReadOnly(): void {
    this.#checkDisposed();
    this.#readOnly = true;
  }

  /** A writable copy (SecureString.Copy()). */
  copy(): SecureString {
    this.#checkDisposed();
    return new SecureString(this.#text);
  }

  dispose(): void {
    this.#text = '';
    this.#disposed = true;
  }

  /** Select-Object and .psobject.Copy() clone objects: a clone keeps the characters, never exposing them. */
  override clone(): SecureString {
    return this.copy();
  }

  override toString(): string {
    return SECURE_STRING_TYPE;
  }

  #checkDisposed(): void {
    if (this.#disposed) throw new SecureStringError('System.ObjectDisposedException', "Cannot access a disposed object.\nObject name: 'SecureString'.");
  }

  #checkWritable(): void {
    this.#checkDisposed();
    if (this.#readOnly) throw new SecureStringError('System.InvalidOperationException', 'Instance is read-only.');
  }
}
