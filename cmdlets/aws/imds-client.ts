// A small EC2 instance metadata client for Get-EC2InstanceMetadata: IMDSv2 (a PUT for a session token, then
// GETs that carry it), falling back to IMDSv1 GETs when the service refuses the token request with an HTTP
// status (an IMDSv1-only proxy). The endpoint is the SDKs' (AWS_EC2_METADATA_SERVICE_ENDPOINT, _MODE, and
// AWS_EC2_METADATA_DISABLED). Off EC2 nothing answers the link-local address: the token request gives up after
// a short deadline and every later request of the session fails at once with the same clear error.

import { request as httpRequest } from 'node:http';
import { instanceMetadataEndpoint } from '../../src/aws/regions/index.js';

/** The token request gives up after this long (on EC2 it takes a few milliseconds). */
export const IMDS_TOKEN_TIMEOUT_MS = 1000;
/** Each data request gives up after this long. */
export const IMDS_REQUEST_TIMEOUT_MS = 5000;
const TOKEN_TTL_SECONDS = '21600';

/** A metadata request that failed for a reason other than "no such item". */
export class ImdsError extends Error {}

interface HttpAnswer {
  status: number;
  body: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function send(method: 'PUT' | 'GET', url: URL, headers: Record<string, string>, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const abort = signal ? AbortSignal.any([deadline, signal]) : deadline;
    const req = httpRequest(url, { method, headers, signal: abort }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (e) => reject(deadline.aborted ? new Error(`no answer within ${timeoutMs} ms`) : e));
    req.end();
  });
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * One cmdlet invocation's conversation with the metadata service. Paths are relative to the service root
 * ('/latest/meta-data/instance-id'); get() resolves null for an item the instance does not have (HTTP 404).
 */
export class ImdsSession {
  readonly endpoint: string | undefined;
  private token: Promise<string | null> | undefined;

  constructor(
    env: Env = process.env,
    private readonly signal?: AbortSignal,
  ) {
    this.endpoint = instanceMetadataEndpoint(env);
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\/+/, ''), `${this.endpoint}/`);
  }

  /** The IMDSv2 token (null: the service only speaks IMDSv1); asked once per session. */
  private sessionToken(): Promise<string | null> {
    this.token ??= (async () => {
      if (this.endpoint === undefined) {
        throw new ImdsError('Access to the EC2 instance metadata service is disabled (AWS_EC2_METADATA_DISABLED is true).');
      }
      let answer: HttpAnswer;
      try {
        answer = await send('PUT', this.url('/latest/api/token'), { 'x-aws-ec2-metadata-token-ttl-seconds': TOKEN_TTL_SECONDS }, IMDS_TOKEN_TIMEOUT_MS, this.signal);
      } catch (e) {
        throw new ImdsError(
          `The EC2 instance metadata service at ${this.endpoint} did not answer (${reason(e)}). Instance metadata is only available on an EC2 instance; elsewhere, set AWS_EC2_METADATA_SERVICE_ENDPOINT to a metadata service.`,
        );
      }
      if (answer.status === 200 && answer.body !== '') return answer.body;
      // 403: the instance has IMDS turned off for tokens; 404/405: an IMDSv1-only service. Try without a token.
      return null;
    })();
    return this.token;
  }

  /** The item's text, or null when the instance has no such item. */
  async get(path: string): Promise<string | null> {
    const token = await this.sessionToken();
    let answer: HttpAnswer;
    try {
      answer = await send('GET', this.url(path), token !== null ? { 'x-aws-ec2-metadata-token': token } : {}, IMDS_REQUEST_TIMEOUT_MS, this.signal);
    } catch (e) {
      throw new ImdsError(`The EC2 instance metadata request for ${path} failed: ${reason(e)}.`);
    }
    if (answer.status === 200) return answer.body;
    if (answer.status === 404) return null;
    throw new ImdsError(`The EC2 instance metadata service answered ${path} with HTTP status ${answer.status}.`);
  }

  /** A listing item's lines (the .NET SDK's GetItems), or null when there is no such item. */
  async items(path: string): Promise<string[] | null> {
    const body = await this.get(path);
    if (body === null) return null;
    return body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  }
}
