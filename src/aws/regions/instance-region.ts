// The region of the EC2 instance the shell runs on, from the instance metadata service (IMDSv2: a PUT for a
// session token, then GET placement/region with it). The last place a region comes from, and only for
// services without a default region. Off EC2 it must cost next to nothing: one attempt, one short deadline
// for both requests together, asked once per process (per endpoint), never a 15-second SDK-style probe.

import { request as httpRequest } from 'node:http';

export const DEFAULT_IMDS_ENDPOINT = 'http://169.254.169.254';
const IPV6_IMDS_ENDPOINT = 'http://[fd00:ec2::254]';
/** The whole lookup (token + region) gives up after this long. */
export const IMDS_REGION_TIMEOUT_MS = 1000;
const TOKEN_TTL_SECONDS = '21600';

type Env = Readonly<Record<string, string | undefined>>;

/** The metadata endpoint the SDKs would use, or undefined when AWS_EC2_METADATA_DISABLED=true. */
export function instanceMetadataEndpoint(env: Env = process.env): string | undefined {
  if (env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  const configured = env.AWS_EC2_METADATA_SERVICE_ENDPOINT?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE?.trim().toLowerCase() === 'ipv6' ? IPV6_IMDS_ENDPOINT : DEFAULT_IMDS_ENDPOINT;
}

function request(method: 'PUT' | 'GET', url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, signal }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode ?? 0}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Asks the metadata service at endpoint for the region; undefined when it does not answer in time or at all. */
export async function fetchInstanceRegion(endpoint: string, timeoutMs = IMDS_REGION_TIMEOUT_MS): Promise<string | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const base = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
    const token = await request('PUT', new URL('latest/api/token', base), { 'x-aws-ec2-metadata-token-ttl-seconds': TOKEN_TTL_SECONDS }, controller.signal);
    const region = (await request('GET', new URL('latest/meta-data/placement/region', base), { 'x-aws-ec2-metadata-token': token }, controller.signal)).trim();
    return /^[a-z0-9-]+$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Answers per endpoint for this process: the service is asked at most once. */
const answers = new Map<string, Promise<string | undefined>>();
const settled = new Map<string, string | undefined>();

/** The instance's region (asked once per process and endpoint), or undefined off EC2 or when disabled. */
export function instanceRegion(env: Env = process.env): Promise<string | undefined> {
  const endpoint = instanceMetadataEndpoint(env);
  if (endpoint === undefined) return Promise.resolve(undefined);
  let answer = answers.get(endpoint);
  if (answer === undefined) {
    answer = fetchInstanceRegion(endpoint).then((region) => {
      settled.set(endpoint, region);
      return region;
    });
    answers.set(endpoint, answer);
  }
  return answer;
}

/** The answer instanceRegion() already has for the current endpoint (undefined if not asked yet or none). */
export function knownInstanceRegion(env: Env = process.env): string | undefined {
  const endpoint = instanceMetadataEndpoint(env);
  return endpoint === undefined ? undefined : settled.get(endpoint);
}

/** Forgets the answers (tests). */
export function clearInstanceRegionCache(): void {
  answers.clear();
  settled.clear();
}
