// The format of cmdlets/generated/shapes/<service>.json: the .NET SDK model types of one service as AWS Tools
// exposes them (type names, property names and order, property types) and where each property lives in the
// SDK for JavaScript (v3) value. Written by tools/generator/shapes.ts, read by src/aws/model/.

/**
 * A member's type:
 * - 'string' | 'int' | 'long' | 'double' | 'float' | 'bool' | 'timestamp' | 'blob' | 'document';
 * - 'enum:<Name>': a ConstantClass <namespace>.<Name> (a ConstantValue at run time; a leading _ is the JS SDK's
 *   clash-avoiding export name, not part of the .NET name); in a list, outside S3, the .NET model holds strings;
 * - 'constant:<Name>': a ConstantClass the overrides name (S3Region), also a ConstantValue at run time;
 * - 'struct:<Name>': the model type <namespace>.Model.<Name>;
 * - 'custom:<Name>': <namespace>.Model.<Name> built by runtime code (custom-types.ts): the .NET SDK's hand-written
 *   classes that are not plain members (S3 HeadersCollection/MetadataCollection with their indexers);
 * - 'list:<kind>': List<T>; 'map:<kind>': Dictionary<string, T>.
 */
export type MemberKind = string;

/**
 * [.NET property name, kind, SDK path, default]. The path is omitted when it is the property name itself. A
 * path is dotted ('IndexDocument.Suffix'); '' is the object itself; '^Name' reads the parent object's member
 * (S3Object BucketName is the listing's Name); 'List[].Member' maps each element of a list to one of its
 * members (CommonPrefixes[].Prefix); '=name' is computed by the named function of computed-paths.ts from the
 * value (and its parent). The default is what a .NET property reads when the SDK value is missing: a value-type
 * default (SQS VisibilityTimeout is 0; a timestamp default is Unix seconds), a ConstantClass's value (S3
 * VersionStatus 'Off'), or {} for an object the .NET getter creates empty (GetBucketLoggingResponse.BucketLoggingConfig).
 */
export type MemberDefault = number | boolean | string | Readonly<Record<string, never>>;
export type MemberEntry = readonly [name: string, kind: MemberKind, sdkPath?: string, defaultValue?: MemberDefault];

export interface TypeEntry {
  /** Members in .NET declaration order. */
  readonly m: readonly MemberEntry[];
  /** 1 for an operation response (AmazonWebServiceResponse: ResponseMetadata, HttpStatusCode). */
  readonly r?: 1;
  /** 1 for an operation request. */
  readonly q?: 1;
}

export interface ShapeFile {
  /** 'Amazon.EC2'. Types are <namespace>.Model.<key>, enums <namespace>.<key>. */
  readonly namespace: string;
  /** The .NET assembly: 'AWSSDK.EC2'. */
  readonly assembly: string;
  readonly types: Readonly<Record<string, TypeEntry>>;
  /** ConstantClass name → its values (shared by every member of that type). */
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

/** The .NET namespace of each service's shapes file (the generator's table; the runtime resolves type names with it). */
export const SHAPE_NAMESPACES: Readonly<Record<string, string>> = {
  'Amazon.S3': 's3',
  'Amazon.EC2': 'ec2',
  'Amazon.SQS': 'sqs',
  'Amazon.SimpleNotificationService': 'sns',
  'Amazon.CloudWatch': 'cloudwatch',
  'Amazon.SecurityToken': 'sts',
  'Amazon.SSOOIDC': 'ssooidc',
};
