// The .NET SDK's hand-written model classes that are more than a list of members (the 'custom:<Name>' member
// kind of the generated shapes): S3's HeadersCollection and MetadataCollection (Count, Keys and a string
// indexer, $meta.Metadata['x-amz-meta-owner']) and the parsed x-amz-expiration header (Expiration).

import { PSObject } from '../../objects/psobject.js';
import { withKind } from '../../objects/datetime.js';

type SdkRecord = Record<string, unknown>;
type CustomBuilder = (raw: unknown, typeName: string) => PSObject | null;

function isSdkRecord(v: unknown): v is SdkRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

/** A header value as it travelled: dates in RFC 822 form ("Thu, 01 Dec 1994 16:00:00 GMT"), numbers as digits. */
function headerText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toUTCString();
  return String(v);
}

/** The response headers HeadersCollection holds (header name → HeadObject output member), in the unmarshaller's order. */
const S3_HEADERS: ReadonlyArray<readonly [header: string, member: string]> = [
  ['Cache-Control', 'CacheControl'],
  ['Content-Disposition', 'ContentDisposition'],
  ['Content-Encoding', 'ContentEncoding'],
  ['Content-Language', 'ContentLanguage'],
  ['Content-Length', 'ContentLength'],
  ['Content-Type', 'ContentType'],
  ['Expires', 'ExpiresString'],
];

/** The string indexer of a collection: $coll['Name'] (and $coll.Item('Name')). */
function withIndexer(o: PSObject, lookup: (name: string) => string | null): PSObject {
  o.indexer = (index: unknown) => (typeof index === 'string' ? lookup(index) : null);
  return o;
}

/** S3 HeadersCollection (GetObjectMetadataResponse.Headers, GetObjectResponse.Headers), from the operation output. */
function headersCollection(raw: unknown, typeName: string): PSObject | null {
  const output = isSdkRecord(raw) ? raw : {};
  const values = new Map<string, { name: string; value: string }>();
  for (const [header, member] of S3_HEADERS) {
    const text = headerText(member === 'ExpiresString' ? output.ExpiresString ?? output.Expires : output[member]);
    if (text !== undefined) values.set(header.toLowerCase(), { name: header, value: text });
  }
  const get = (name: string): string | null => values.get(name.toLowerCase())?.value ?? null;
  const o = new PSObject([typeName, 'System.Object']);
  o.addNote('Count', values.size, 'Property', 'System.Int32');
  o.addNote('Keys', [...values.values()].map((e) => e.name), 'Property', 'System.Collections.Generic.ICollection`1[[System.String]]');
  o.addNote('CacheControl', get('Cache-Control'), 'Property', 'System.String');
  o.addNote('ContentDisposition', get('Content-Disposition'), 'Property', 'System.String');
  o.addNote('ContentEncoding', get('Content-Encoding'), 'Property', 'System.String');
  const length = get('Content-Length');
  o.addNote('ContentLength', length === null || length === '' ? -1 : Number(length), 'Property', 'System.Int64');
  o.addNote('ContentMD5', get('Content-MD5'), 'Property', 'System.String');
  o.addNote('ContentType', get('Content-Type'), 'Property', 'System.String');
  o.addNote('ContentLanguage', get('Content-Language'), 'Property', 'System.String');
  const expires = get('Expires');
  const expiresMs = expires === null ? NaN : Date.parse(expires);
  o.addNote('Expires', Number.isNaN(expiresMs) ? null : withKind(new Date(expiresMs), 'Utc'), 'Property', 'System.Nullable`1[[System.DateTime]]');
  o.sealed = true;
  return withIndexer(o, get);
}

const META_PREFIX = 'x-amz-meta-';

/** S3 MetadataCollection: the x-amz-meta-* headers, keyed with their prefix (the indexer adds it when missing). */
function metadataCollection(raw: unknown, typeName: string): PSObject | null {
  const values = new Map<string, string>();
  if (isSdkRecord(raw)) {
    for (const [k, v] of Object.entries(raw)) if (v !== undefined && v !== null) values.set(k.toLowerCase().startsWith(META_PREFIX) ? k : META_PREFIX + k, String(v));
  }
  const o = new PSObject([typeName, 'System.Object']);
  o.addNote('Count', values.size, 'Property', 'System.Int32');
  o.addNote('Keys', [...values.keys()], 'Property', 'System.Collections.Generic.ICollection`1[[System.String]]');
  o.sealed = true;
  return withIndexer(o, (name) => values.get(name.toLowerCase().startsWith(META_PREFIX) ? name : META_PREFIX + name) ?? null);
}

/** S3 Expiration, parsed from x-amz-expiration: expiry-date="Fri, 23 Dec 2012 00:00:00 GMT", rule-id="picture-deletion-rule". */
function expiration(raw: unknown, typeName: string): PSObject | null {
  if (typeof raw !== 'string' || raw === '') return null;
  const field = (name: string): string | null => new RegExp(`${name}="([^"]*)"`).exec(raw)?.[1] ?? null;
  const expiry = field('expiry-date');
  const ms = expiry === null ? NaN : Date.parse(expiry);
  const o = new PSObject([typeName, 'System.Object']);
  o.addNote('ExpiryDate', Number.isNaN(ms) ? null : withKind(new Date(ms), 'Local'), 'Property', 'System.DateTime');
  o.addNote('RuleId', field('rule-id'), 'Property', 'System.String');
  o.sealed = true;
  return o;
}

const CUSTOM_TYPES: Readonly<Record<string, CustomBuilder>> = {
  HeadersCollection: headersCollection,
  MetadataCollection: metadataCollection,
  Expiration: expiration,
};

/** A 'custom:<Name>' member's value; an unknown name is a generator bug, reported loudly. */
export function customToDotNet(name: string, raw: unknown, namespace: string): PSObject | null {
  const build = CUSTOM_TYPES[name];
  if (!build) throw new Error(`The generated shapes name an unknown custom type '${name}'.`);
  return build(raw, `${namespace}.Model.${name}`);
}
