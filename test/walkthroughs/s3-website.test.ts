// The user guide's S3 static website walkthrough (s3-website.ps1, then s3-website-cleanup.ps1) end to end
// through the real CLI against moto, with what the guide shows checked and the bucket cross-checked with the
// AWS CLI: its region, website configuration, the pages' content type, body and public-read grant.

import { beforeAll, describe, expect, it } from 'vitest';
import { section, useWalkthrough } from './walkthrough-harness.js';

const w = useWalkthrough();
let out = '';
let err = '';
let code = -1;

const INDEX = '<html>\n  <body>\n    <p>\n      Hello, World!\n    </p>\n  </body>\n</html>\n';

beforeAll(() => {
  const r = w.run('s3-website.ps1');
  out = r.stdout;
  err = r.stderr;
  code = r.code;
});

describe('S3 static website walkthrough', () => {
  it('runs without errors', () => {
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('creates the bucket in us-west-2 and Get-S3BucketLocation shows the region, as the guide does', () => {
    expect(section(out, 'new')).toBe('\nBucketName\n----------\nwebsite-example\n\n');
    // Out-String's text ends with a newline, and writing that string adds one more.
    expect(section(out, 'location')).toBe('\nValue\n-----\nus-west-2\n\n\n');
    expect(w.awsJson<{ LocationConstraint: string }>(['s3api', 'get-bucket-location', '--bucket', 'website-example']).LocationConstraint).toBe('us-west-2');
  });

  it('Write-S3BucketWebsite writes nothing; Get-S3BucketWebsite shows the two documents', () => {
    expect(section(out, 'website')).toBe('');
    expect(section(out, 'verify')).toBe(
      '\nIndexDocumentSuffix ErrorDocument\n------------------- -------------\nindex.html          error.html\n\n\nerror.html\nindex.html\n',
    );
    const site = w.awsJson<{ IndexDocument: { Suffix: string }; ErrorDocument: { Key: string } }>(['s3api', 'get-bucket-website', '--bucket', 'website-example']);
    expect(site).toMatchObject({ IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: 'error.html' } });
  });

  it('the pages are text/html with the here-string bodies and a public-read grant, as another client sees them', () => {
    const head = w.awsJson<{ ContentType: string }>(['s3api', 'head-object', '--bucket', 'website-example', '--key', 'index.html']);
    expect(head.ContentType).toBe('text/html');
    const body = w.aws(['s3', 'cp', 's3://website-example/index.html', '-']);
    expect(body).toBe(INDEX);
    const acl = w.awsJson<{ Grants: Array<{ Grantee: { URI?: string }; Permission: string }> }>(['s3api', 'get-object-acl', '--bucket', 'website-example', '--key', 'error.html']);
    expect(acl.Grants).toContainEqual(expect.objectContaining({ Grantee: expect.objectContaining({ URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }), Permission: 'READ' }));
  });

  it('the guide\'s removal deletes the objects and the bucket (Remove-S3Bucket writes its DeleteBucketResponse)', () => {
    const r = w.run('s3-website-cleanup.ps1');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('\nResponseMetadata                HttpStatusCode\n----------------                --------------\nAmazon.Runtime.ResponseMetadata      NoContent\nFalse\n\n');
    expect(w.aws(['s3api', 'list-buckets', '--query', 'Buckets[].Name', '--output', 'text']).trim()).not.toContain('website-example');
  });
});
