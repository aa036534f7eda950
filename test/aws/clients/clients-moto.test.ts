// The client layer against a real moto over HTTP: clients, credentials from profile files, error mapping.

import * as fs from 'node:fs';
import * as net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, GetBucketLocationCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { RuntimeError } from '../../../src/engine/errors.js';
import { workerMoto } from '../../support/moto.js';
import {
  callService,
  clearClientCache,
  clearCredentialCache,
  getClient,
  resolveCredentials,
  NO_CREDENTIALS_MESSAGE,
  type ClientSettings,
} from '../../../src/aws/clients/index.js';
import { isolateAwsEnv, type AwsTestEnv } from './aws-env.js';

let moto: { readonly endpoint: string };
let env: AwsTestEnv;
const KEYS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

beforeAll(async () => {
  env = isolateAwsEnv();
  moto = await workerMoto();
});

afterAll(async () => {
  await clearClientCache();
  env?.restore();
});

afterEach(() => {
  clearCredentialCache();
  delete process.env.AWS_ENDPOINT_URL;
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  delete process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
  fs.writeFileSync(env.credentialsFile, '');
  fs.writeFileSync(env.configFile, '');
});

function s3Settings(overrides: Partial<ClientSettings> = {}): ClientSettings {
  return { region: 'us-east-1', endpoint: moto.endpoint, credentials: KEYS, forcePathStyle: true, ...overrides };
}

async function thrown(p: Promise<unknown>): Promise<RuntimeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuntimeError) return e;
    throw e;
  }
  throw new Error('expected a RuntimeError');
}

describe('S3 through the client layer', () => {
  it('creates and lists a bucket (path-style against the local endpoint)', async () => {
    const s3 = await getClient('s3', s3Settings());
    await callService(s3, new CreateBucketCommand({ Bucket: 'clients-layer-bucket' }));
    const listed = await callService(s3, new ListBucketsCommand({}));
    expect(listed.Buckets?.map((b) => b.Name)).toContain('clients-layer-bucket');
  });

  it('maps a missing bucket to Amazon.S3.AmazonS3Exception with the service message and data', async () => {
    const s3 = await getClient('s3', s3Settings());
    const err = await thrown(
      callService(s3, new GetBucketLocationCommand({ Bucket: 'no-such-bucket-here' }), {
        commandClass: 'Amazon.PowerShell.Cmdlets.S3.GetS3BucketLocationCmdlet',
      }),
    );
    const r = err.record;
    expect(r.message).toBe('The specified bucket does not exist');
    expect(r.exception.typeName).toBe('Amazon.S3.AmazonS3Exception');
    expect(r.exception.baseTypeNames).toEqual(['Amazon.Runtime.AmazonServiceException', 'System.Exception']);
    expect(r.fullyQualifiedErrorId).toBe('Amazon.S3.AmazonS3Exception,Amazon.PowerShell.Cmdlets.S3.GetS3BucketLocationCmdlet');
    expect(r.category).toBe('NotSpecified');
    expect(r.exception.data?.ErrorCode).toBe('NoSuchBucket');
    expect(String(r.exception.data?.StatusCode)).toBe('NotFound');
    expect(typeof r.exception.data?.RequestId).toBe('string');
  });

  it('honours an AbortSignal', async () => {
    const s3 = await getClient('s3', s3Settings());
    const controller = new AbortController();
    controller.abort();
    const err = await thrown(callService(s3, new ListBucketsCommand({}), { signal: controller.signal }));
    expect(err.record.exception.typeName).toBe('System.OperationCanceledException');
    expect(err.record.message).toBe('The operation was canceled.');
  });

  it('maps a refused connection to HttpRequestException', async () => {
    const s3 = await getClient('s3', s3Settings({ endpoint: 'http://127.0.0.1:1', maxAttempts: 1 }));
    const err = await thrown(callService(s3, new ListBucketsCommand({})));
    expect(err.record.exception.typeName).toBe('System.Net.Http.HttpRequestException');
    expect(err.record.message).toBe('Connection refused (127.0.0.1:1)');
    expect(err.record.category).toBe('ConnectionError');
  });
});

describe('client reuse', () => {
  it('returns the same client for the same settings and a new one for another region or endpoint', async () => {
    const a = await getClient('s3', s3Settings());
    const b = await getClient('s3', s3Settings());
    const otherRegion = await getClient('s3', s3Settings({ region: 'eu-west-1' }));
    const otherService = await getClient('sts', s3Settings());
    expect(b).toBe(a);
    expect(otherRegion).not.toBe(a);
    expect(otherService).not.toBe(a);
    expect(await otherRegion.config.region()).toBe('eu-west-1');
    process.env.AWS_ENDPOINT_URL = moto.endpoint;
    const viaEnv = await getClient('s3', s3Settings({ endpoint: null }));
    const viaEnvAgain = await getClient('s3', s3Settings({ endpoint: null }));
    expect(viaEnvAgain).toBe(viaEnv);
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:2';
    expect(await getClient('s3', s3Settings({ endpoint: null }))).not.toBe(viaEnv);
  });
});

describe('STS and the SDK-honoured endpoint variables', () => {
  it('GetCallerIdentity reaches moto through AWS_ENDPOINT_URL alone', async () => {
    process.env.AWS_ENDPOINT_URL = moto.endpoint;
    const sts = await getClient('sts', { region: 'us-east-1', credentials: KEYS });
    const identity = await callService(sts, new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe('123456789012');
    expect(identity.Arn).toMatch(/^arn:aws:sts::123456789012:/);
  });
});

describe('credentials', () => {
  it('reads a named profile from the credentials file (AWS_SHARED_CREDENTIALS_FILE) and signs with it', async () => {
    fs.writeFileSync(env.credentialsFile, '[dev]\naws_access_key_id = AKIADEVPROFILE000001\naws_secret_access_key = devsecretdevsecretdevsecret\n');
    const creds = await resolveCredentials({ profileName: 'dev' });
    expect(creds.source).toBe('Profile');
    expect(creds.name).toBe('dev');
    expect((await creds.provider()).accessKeyId).toBe('AKIADEVPROFILE000001');
    const sts = await getClient('sts', { region: 'us-east-1', endpoint: moto.endpoint, credentials: creds });
    const identity = await callService(sts, new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe('123456789012');
    // Same source, same provider: clients share one cached identity.
    expect((await resolveCredentials({ profileName: 'dev' })).provider).toBe(creds.provider);
  });

  it('reads a profile defined only in the config file (AWS_CONFIG_FILE)', async () => {
    fs.writeFileSync(env.configFile, '[profile cfg]\naws_access_key_id = AKIACONFIGPROFILE001\naws_secret_access_key = cfgsecretcfgsecretcfgsecret\n');
    const creds = await resolveCredentials({ profileName: 'cfg' });
    expect((await creds.provider()).accessKeyId).toBe('AKIACONFIGPROFILE001');
  });

  it('an unknown -ProfileName is an error naming the profile and the files searched, with no fall-back', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENVIRONMENT00001';
    process.env.AWS_SECRET_ACCESS_KEY = 'envsecretenvsecretenvsecret';
    const err = await thrown(resolveCredentials({ profileName: 'nope' }));
    expect(err.record.message).toBe(`The credential profile 'nope' was not found in '${env.credentialsFile}' or '${env.configFile}'.`);
    expect(err.record.exception.typeName).toBe('System.ArgumentException');
  });

  it('follows the search order: keys, profile, credential object, session, environment, AWS_PROFILE, default', async () => {
    fs.writeFileSync(
      env.credentialsFile,
      '[default]\naws_access_key_id = AKIADEFAULT000000001\naws_secret_access_key = defaultsecretdefaultsecret\n' +
        '[other]\naws_access_key_id = AKIAOTHER00000000001\naws_secret_access_key = othersecretothersecret\n',
    );
    const session = () => ({ accessKeyId: 'AKIASESSION000000001', secretAccessKey: 'sessionsecretsessionsecret' });
    const credential = { accessKeyId: 'AKIACREDOBJECT000001', secretAccessKey: 'credobjsecretcredobjsecret' };
    const key = async (o: Parameters<typeof resolveCredentials>[0]) => (await (await resolveCredentials(o)).provider()).accessKeyId;
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENVIRONMENT00001';
    process.env.AWS_SECRET_ACCESS_KEY = 'envsecretenvsecretenvsecret';
    expect(await key({ accessKey: 'AKIAPARAMETERS000001', secretKey: 'paramsecretparamsecret', profileName: 'other' })).toBe('AKIAPARAMETERS000001');
    expect(await key({ profileName: 'other', credential, sessionCredentials: session })).toBe('AKIAOTHER00000000001');
    expect(await key({ credential, sessionCredentials: session })).toBe('AKIACREDOBJECT000001');
    expect(await key({ sessionCredentials: session })).toBe('AKIASESSION000000001');
    expect((await resolveCredentials({})).source).toBe('Environment');
    expect(await key({})).toBe('AKIAENVIRONMENT00001');
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    process.env.AWS_PROFILE = 'other';
    expect(await key({})).toBe('AKIAOTHER00000000001');
    delete process.env.AWS_PROFILE;
    expect(await key({})).toBe('AKIADEFAULT000000001');
  });

  it('with nothing configured fails with the AWS Tools message', async () => {
    const err = await thrown(resolveCredentials({ commandClass: 'Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet' }));
    expect(err.record.message).toBe(NO_CREDENTIALS_MESSAGE);
    expect(err.record.message).toBe('No credentials specified or obtained from persisted/shell defaults.');
    expect(err.record.exception.typeName).toBe('System.InvalidOperationException');
    expect(err.record.fullyQualifiedErrorId).toBe('InvalidOperationException,Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet');
  });

  it('probes instance metadata but gives up fast when it never answers', async () => {
    // A loopback "metadata service" that accepts connections and never replies: the worst case off EC2.
    const sockets: net.Socket[] = [];
    const blackHole = net.createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const { port } = blackHole.address() as net.AddressInfo;
    delete process.env.AWS_EC2_METADATA_DISABLED;
    process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = `http://127.0.0.1:${port}`;
    try {
      const started = performance.now();
      const err = await thrown(resolveCredentials({}));
      const elapsed = performance.now() - started;
      expect(err.record.message).toBe(NO_CREDENTIALS_MESSAGE);
      expect(sockets.length).toBeGreaterThan(0);
      expect(elapsed).toBeLessThan(900);
      // The answer is remembered: the second resolution does not wait again.
      const again = performance.now();
      await thrown(resolveCredentials({}));
      expect(performance.now() - again).toBeLessThan(100);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => blackHole.close(() => resolve()));
    }
  });
});
