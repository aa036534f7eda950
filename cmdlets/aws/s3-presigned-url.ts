// Get-S3PreSignedURL: a SigV4 query-string-signed URL for GET/HEAD/PUT/DELETE of an object, valid until -Expire.
// Built without @aws-sdk/s3-request-presigner (not installed): the command runs through a clone of the client's
// middleware stack (so endpoint, path style and checksum settings are the client's own) up to signing, where an
// interceptor presigns the request with the client's signer class (config.signerConstructor) and stops.

import type { ParameterDef } from '../../src/pipeline/types.js';
import { argumentError, defineS3Cmdlet, invalidOperationError, stringParam, type S3Call } from './s3-cmdlet-runtime.js';

const byName = { valueFromPipelineByPropertyName: true } as const;
/** SigV4 presigned URLs live at most a week. */
const MAX_EXPIRY_SECONDS = 7 * 24 * 60 * 60;

const PARAMETERS: ParameterDef[] = [
  { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, ...byName },
  { name: 'Key', type: 'System.String', position: 1, ...byName },
  { name: 'ContentType', type: 'System.String', ...byName },
  { name: 'Expire', type: 'System.DateTime', aliases: ['Expires'], ...byName },
  { name: 'Protocol', type: 'System.String', completionValues: ['HTTP', 'HTTPS'], ...byName },
  { name: 'Verb', type: 'System.String', completionValues: ['GET', 'HEAD', 'PUT', 'DELETE'], ...byName },
  { name: 'VersionId', type: 'System.String', ...byName },
  { name: 'ServerSideEncryptionMethod', type: 'System.String', completionValues: ['AES256', 'aws:kms'], ...byName },
  { name: 'ServerSideEncryptionKeyManagementServiceKeyId', type: 'System.String', ...byName },
  { name: 'ServerSideEncryptionCustomerMethod', type: 'System.String', completionValues: ['AES256'], ...byName },
  { name: 'ResponseHeaderOverrides_CacheControl', type: 'System.String', ...byName },
  { name: 'ResponseHeaderOverrides_ContentDisposition', type: 'System.String', ...byName },
  { name: 'ResponseHeaderOverrides_ContentEncoding', type: 'System.String', ...byName },
  { name: 'ResponseHeaderOverrides_ContentLanguage', type: 'System.String', ...byName },
  { name: 'ResponseHeaderOverrides_ContentType', type: 'System.String', ...byName },
  { name: 'ResponseHeaderOverrides_Expire', type: 'System.String', aliases: ['ResponseHeaderOverrides_Expires'], ...byName },
  { name: 'RequestorPay', type: 'switch', ...byName },
];

interface HttpRequestLike {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query: Record<string, string | string[] | null>;
  headers: Record<string, string>;
}

interface Presigner {
  presign(request: HttpRequestLike, options: Record<string, unknown>): Promise<HttpRequestLike>;
}

interface MiddlewareStackLike {
  clone(): MiddlewareStackLike;
  addRelativeTo(middleware: unknown, options: Record<string, unknown>): void;
}

interface ResolvableCommand {
  readonly input: object;
  resolveMiddleware(stack: MiddlewareStackLike, config: unknown, options: unknown): (args: { input: object }) => Promise<{ output: { presigned: HttpRequestLike } }>;
}

function formatUrl(r: HttpRequestLike): string {
  const port = r.port !== undefined && r.port !== null ? `:${r.port}` : '';
  const query = Object.entries(r.query)
    .flatMap(([k, v]) => (v === null ? [encodeURIComponent(k)] : (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`)))
    .join('&');
  return `${r.protocol}//${r.hostname}${port}${r.path}${query ? `?${query}` : ''}`;
}

/** The SDK command (and its input) the verb stands for. */
function commandFor(call: S3Call, verb: string, input: Record<string, unknown>): ResolvableCommand {
  const { sdk } = call;
  switch (verb) {
    case 'GET':
      return new sdk.GetObjectCommand(input as never) as unknown as ResolvableCommand;
    case 'HEAD':
      return new sdk.HeadObjectCommand(input as never) as unknown as ResolvableCommand;
    case 'PUT':
      return new sdk.PutObjectCommand(input as never) as unknown as ResolvableCommand;
    case 'DELETE':
      return new sdk.DeleteObjectCommand(input as never) as unknown as ResolvableCommand;
    default:
      throw argumentError(`'${verb}' is not an HTTP verb a pre-signed URL can carry: use GET, HEAD, PUT or DELETE.`, 'Verb', call.commandClass);
  }
}

const OVERRIDES: ReadonlyArray<[string, string]> = [
  ['ResponseHeaderOverrides_CacheControl', 'ResponseCacheControl'],
  ['ResponseHeaderOverrides_ContentDisposition', 'ResponseContentDisposition'],
  ['ResponseHeaderOverrides_ContentEncoding', 'ResponseContentEncoding'],
  ['ResponseHeaderOverrides_ContentLanguage', 'ResponseContentLanguage'],
  ['ResponseHeaderOverrides_ContentType', 'ResponseContentType'],
];

function requestInput(call: S3Call, verb: string): Record<string, unknown> {
  const p = call.params;
  const input: Record<string, unknown> = { Bucket: stringParam(p, 'BucketName'), Key: stringParam(p, 'Key') };
  const version = stringParam(p, 'VersionId');
  if (version !== undefined) input.VersionId = version;
  if (p.RequestorPay === true) input.RequestPayer = 'requester';
  if (verb === 'PUT') {
    const contentType = stringParam(p, 'ContentType');
    if (contentType !== undefined) input.ContentType = contentType;
    const sse = stringParam(p, 'ServerSideEncryptionMethod');
    if (sse !== undefined && sse.toLowerCase() !== 'none') input.ServerSideEncryption = sse;
    const kms = stringParam(p, 'ServerSideEncryptionKeyManagementServiceKeyId');
    if (kms !== undefined) input.SSEKMSKeyId = kms;
  }
  const ssec = stringParam(p, 'ServerSideEncryptionCustomerMethod');
  if (ssec !== undefined && ssec.toLowerCase() !== 'none') input.SSECustomerAlgorithm = ssec;
  if (verb === 'GET') {
    for (const [param, member] of OVERRIDES) {
      const v = stringParam(p, param);
      if (v !== undefined) input[member] = v;
    }
    const expires = stringParam(p, 'ResponseHeaderOverrides_Expire');
    if (expires !== undefined) input.ResponseExpires = new Date(expires);
  }
  return input;
}

async function presignedUrl(call: S3Call): Promise<string> {
  const expire = call.params.Expire;
  if (!(expire instanceof Date)) throw invalidOperationError('The Expires specified is null! Give -Expire, the date and time the URL stops working (for example (Get-Date).AddHours(1)).', call.commandClass);
  const expiresIn = Math.floor((expire.getTime() - Date.now()) / 1000);
  if (expiresIn > MAX_EXPIRY_SECONDS) throw argumentError('The Expires specified is more than 7 days in the future: pre-signed URLs (Signature Version 4) are valid for at most 7 days.', 'Expire', call.commandClass);
  if (expiresIn <= 0) throw argumentError('The Expires specified is in the past: give a date and time after now.', 'Expire', call.commandClass);
  const verb = (stringParam(call.params, 'Verb') ?? 'GET').toUpperCase();
  const command = commandFor(call, verb, requestInput(call, verb));
  const client = call.client as unknown as { middlewareStack: MiddlewareStackLike; config: Record<string, unknown> };
  const Signer = client.config.signerConstructor as new (options: Record<string, unknown>) => Presigner;
  const signer = new Signer({ ...client.config, service: 's3', uriEscapePath: false, applyChecksum: false });
  const intercept =
    (_next: unknown, context: Record<string, unknown>) =>
    async (args: { request: HttpRequestLike }): Promise<unknown> => {
      const request = args.request;
      for (const h of ['amz-sdk-invocation-id', 'amz-sdk-request', 'x-amz-user-agent']) delete request.headers[h];
      request.headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
      const hostHeader = request.port !== undefined && request.port !== null ? `${request.hostname}:${request.port}` : request.hostname;
      request.headers.host = hostHeader;
      const unhoistable = new Set(Object.keys(request.headers).filter((h) => h.toLowerCase().startsWith('x-amz-server-side-encryption')));
      const presigned = await signer.presign(request, {
        expiresIn,
        unsignableHeaders: new Set(['content-type']),
        unhoistableHeaders: unhoistable,
        signingRegion: (context.signing_region as string | undefined) ?? call.region,
        signingService: (context.signing_service as string | undefined) ?? 's3',
      });
      return { response: {}, output: { $metadata: { httpStatusCode: 200 }, presigned } };
    };
  const stack = client.middlewareStack.clone();
  stack.addRelativeTo(intercept, { name: 'awspsPresignInterceptMiddleware', relation: 'before', toMiddleware: 'awsAuthMiddleware', override: true });
  const handler = command.resolveMiddleware(stack, client.config, {});
  let presigned: HttpRequestLike;
  try {
    ({ presigned } = (await handler({ input: command.input })).output);
  } catch (err) {
    throw call.fail(err);
  }
  const protocol = stringParam(call.params, 'Protocol');
  if (protocol !== undefined) presigned.protocol = protocol.toLowerCase() === 'http' ? 'http:' : 'https:';
  return formatUrl(presigned);
}

export const getS3PreSignedURL = defineS3Cmdlet({
  name: 'Get-S3PreSignedURL',
  className: 'GetS3PreSignedURLCmdlet',
  synopsis: 'Generates a pre-signed URL that gives time-limited access to an object without credentials.',
  parameters: PARAMETERS,
  outputType: ['System.String'],
  async run(call) {
    await call.emit(await presignedUrl(call));
  },
});
