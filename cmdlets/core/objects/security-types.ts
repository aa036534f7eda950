// The .NET surface of SecureString, PSCredential and NetworkCredential: constructors (New-Object and ::new),
// [pscredential]::Empty, PSCredential.GetNetworkCredential(), the SecureString methods, and NetworkCredential's
// default view. The values themselves are in src/objects/secure-string.ts and src/objects/ps-credential.ts.

import type { TypeRef } from '../../../src/objects/typeref.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { SecureString, SecureStringError, SECURE_STRING_TYPE } from '../../../src/objects/secure-string.js';
import {
  EMPTY_CREDENTIAL,
  NETWORK_CREDENTIAL_TYPE,
  PSCREDENTIAL_TYPE,
  PSCredential,
  newNetworkCredential,
  splitUserDomain,
} from '../../../src/objects/ps-credential.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';
import { registerConstructor, registerStaticMember } from '../../../src/engine/static-members.js';
import { registerObjectMethods } from '../../../src/engine/members.js';
import { DotNetException, argAs, methodTable, overloadError, wrapDotNet, type Call, type MethodTable } from '../../../src/engine/methods/support.js';
import { registerView } from '../../../src/format/views.js';
import { registerObjectFactory, constructorError } from './object-factories.js';

const ARGUMENT_EXCEPTION = 'System.Management.Automation.PSArgumentException';
const ARGUMENT_NULL_EXCEPTION = 'System.Management.Automation.PSArgumentNullException';

/** PSTraceSource.NewArgumentNullException(name). */
export function argumentNullMessage(name: string): string {
  return `Cannot process argument because the value of argument "${name}" is null. Change the value of argument "${name}" to a non-null value.`;
}

/** PSTraceSource.NewArgumentException(name). */
export function argumentInvalidMessage(name: string): string {
  return `Cannot process argument because the value of argument "${name}" is not valid. Change the value of the "${name}" argument and run the operation again.`;
}

// ------------------------------------------------------------------------------------------------
// Constructors

type Construct = (args: unknown[], call: Call) => unknown;

/** A string argument as .NET receives it: $null stays null (PowerShell passes null to a string parameter). */
function nullableString(call: Call, i: number, name: string): string | null {
  const v = call.args[i];
  return v === null || v === undefined ? null : argAs<string>(call, i, 'System.String', name);
}

function secureStringArg(call: Call, i: number, name: string): SecureString | null {
  const v = call.args[i];
  return v === null || v === undefined ? null : argAs<SecureString>(call, i, SECURE_STRING_TYPE, name);
}

/** PSCredential(string userName, SecureString password) and PSCredential(PSObject pso). */
const constructCredential: Construct = (args, call) => {
  if (args.length === 1) return credentialFromObject(args[0]);
  const userName = nullableString(call, 0, 'userName');
  const password = secureStringArg(call, 1, 'password');
  if (userName === null) throw new DotNetException(argumentNullMessage('userName'), ARGUMENT_NULL_EXCEPTION);
  if (userName === '') throw new DotNetException(argumentInvalidMessage('userName'), ARGUMENT_EXCEPTION);
  if (password === null) throw new DotNetException(argumentNullMessage('password'), ARGUMENT_NULL_EXCEPTION);
  return new PSCredential(userName, password);
};

/** PSCredential(PSObject): the UserName and Password properties of a (deserialized) credential, when present. */
function credentialFromObject(value: unknown): PSCredential {
  if (value === null || value === undefined) throw new DotNetException(argumentNullMessage('pso'), ARGUMENT_NULL_EXCEPTION);
  if (!(value instanceof PSObject) || !value.has('UserName')) return new PSCredential(null, null);
  const user = value.get('UserName');
  const password = value.has('Password') ? value.get('Password') : null;
  if (user !== null && user !== undefined && typeof user !== 'string') throw invalidCast(user, 'System.String');
  if (password !== null && password !== undefined && !(password instanceof SecureString)) throw invalidCast(password, SECURE_STRING_TYPE);
  return new PSCredential(user ?? null, password ?? null);
}

function invalidCast(value: unknown, target: string): DotNetException {
  const from = typeof value === 'string' ? 'System.String' : value instanceof PSObject ? value.typeName : typeof value === 'number' ? 'System.Int32' : 'System.Object';
  return new DotNetException(`Unable to cast object of type '${from}' to type '${target}'.`, 'System.InvalidCastException');
}

/** NetworkCredential(), (userName, password) with password a string or a SecureString, (userName, password, domain). */
const constructNetworkCredential: Construct = (args, call) => {
  const userName = nullableString(call, 0, 'userName') ?? '';
  const given = args[1];
  const password = given instanceof SecureString ? given.reveal() : (nullableString(call, 1, 'password') ?? '');
  const domain = nullableString(call, 2, 'domain') ?? '';
  return newNetworkCredential(userName, password, domain);
};

const constructSecureString: Construct = () => new SecureString();

interface ConstructorSpec {
  typeName: string;
  argCounts: readonly number[];
  construct: Construct;
}

const CONSTRUCTORS: readonly ConstructorSpec[] = [
  { typeName: PSCREDENTIAL_TYPE, argCounts: [1, 2], construct: constructCredential },
  { typeName: NETWORK_CREDENTIAL_TYPE, argCounts: [0, 2, 3], construct: constructNetworkCredential },
  { typeName: SECURE_STRING_TYPE, argCounts: [0], construct: constructSecureString },
];

/** Runs a constructor; a .NET exception inside it is "Exception calling ".ctor" ...", as in PowerShell. */
function invoke(spec: ConstructorSpec, args: unknown[], method: string): unknown {
  return wrapDotNet('.ctor', args.length, () => spec.construct(args, { method, args }));
}

for (const spec of CONSTRUCTORS) {
  registerKnownType(spec.typeName);
  // [T]::new(...): "Cannot find an overload for "new" ..."; New-Object T: "... for "T" ...".
  registerConstructor(spec.typeName, (args) => {
    if (!spec.argCounts.includes(args.length)) throw overloadError('new', args.length);
    return invoke(spec, args, 'new');
  });
  registerObjectFactory(spec.typeName, (args, type: TypeRef) => {
    if (!spec.argCounts.includes(args.length)) throw constructorError(type.name, args.length);
    return invoke(spec, args, type.name);
  });
}

// ------------------------------------------------------------------------------------------------
// Static members and methods

registerStaticMember(PSCREDENTIAL_TYPE, 'Empty', () => EMPTY_CREDENTIAL);

/** PSCredential.GetNetworkCredential(): $null for a credential without a user name (Empty). */
function getNetworkCredential(o: PSObject): PSObject | null {
  if (!(o instanceof PSCredential)) return null;
  const name = o.userName;
  if (name === null || name === '') return null;
  const { user, domain } = splitUserDomain(name);
  if (user === '') throw new DotNetException('The value for UserName is not in the correct format.', ARGUMENT_EXCEPTION);
  return newNetworkCredential(user, o.password?.reveal() ?? '', domain);
}

registerObjectMethods(PSCREDENTIAL_TYPE, methodTable<PSObject>([['GetNetworkCredential', 0, 0, (o) => getNetworkCredential(o)]]), {
  GetNetworkCredential: 'System.Net.NetworkCredential GetNetworkCredential()',
});

/** SecureString's own exceptions surface as the .NET ones ("Exception calling "AppendChar" ..."). */
function secure<R>(o: PSObject, fn: (s: SecureString) => R): R {
  if (!(o instanceof SecureString)) throw new DotNetException('The object is not a SecureString.', 'System.InvalidOperationException');
  try {
    return fn(o);
  } catch (e) {
    if (e instanceof SecureStringError) throw new DotNetException(e.message, e.exceptionType);
    throw e;
  }
}

const charArg = (call: Call, i: number): string => argAs<string>(call, i, 'System.Char', 'c');
const indexArg = (call: Call, i: number): number => argAs<number>(call, i, 'System.Int32', 'index');

const SECURE_STRING_METHODS: MethodTable<PSObject> = methodTable<PSObject>([
  ['AppendChar', 1, 1, (o, call) => secure(o, (s) => s.appendChar(charArg(call, 0)))],
  ['InsertAt', 2, 2, (o, call) => secure(o, (s) => s.insertAt(indexArg(call, 0), charArg(call, 1)))],
  ['RemoveAt', 1, 1, (o, call) => secure(o, (s) => s.removeAt(indexArg(call, 0)))],
  ['SetAt', 2, 2, (o, call) => secure(o, (s) => s.setAt(indexArg(call, 0), charArg(call, 1)))],
  ['Clear', 0, 0, (o) => secure(o, (s) => s.clear())],
  ['Copy', 0, 0, (o) => secure(o, (s) => s.copy())],
  ['MakeReadOnly', 0, 0, (o) => secure(o, (s) => s.makeReadOnly())],
  ['IsReadOnly', 0, 0, (o) => secure(o, (s) => s.isReadOnly)],
  ['Dispose', 0, 0, (o) => secure(o, (s) => s.dispose())],
  ['ToString', 0, 0, () => SECURE_STRING_TYPE],
]);

registerObjectMethods(SECURE_STRING_TYPE, SECURE_STRING_METHODS, {
  AppendChar: 'void AppendChar(char c)',
  InsertAt: 'void InsertAt(int index, char c)',
  RemoveAt: 'void RemoveAt(int index)',
  SetAt: 'void SetAt(int index, char c)',
  Clear: 'void Clear()',
  Copy: 'securestring Copy()',
  MakeReadOnly: 'void MakeReadOnly()',
  IsReadOnly: 'bool IsReadOnly()',
  Dispose: 'void Dispose(), void IDisposable.Dispose()',
  ToString: 'string ToString()',
});

// ------------------------------------------------------------------------------------------------
// Views

// DotNetTypes.format.ps1xml: NetworkCredential shows UserName and Domain, 50 columns each (never the password).
registerView(NETWORK_CREDENTIAL_TYPE, {
  kind: 'table',
  name: NETWORK_CREDENTIAL_TYPE,
  columns: [
    { label: 'UserName', width: 50, value: 'UserName' },
    { label: 'Domain', width: 50, value: 'Domain' },
  ],
});
