// The user guide's S3-based scripting walkthroughs end to end against moto, on buckets the AWS CLI fills:
// the ClientConfig examples (client-config.ps1, client-config-object.ps1), manual paging with $AWSHistory
// (history-paging.ps1) and the -Select examples (select.ps1).

import { beforeAll, describe, expect, it } from 'vitest';
import { section, useWalkthrough } from './walkthrough-harness.js';

const w = useWalkthrough();
const KEYS = ['file1.txt', 'file2.txt', 'file3.txt', 'file4.txt', 'file5.txt', 'file6.txt', 'file7.txt'];
let vpcId = '';
let instanceIds: string[] = [];

beforeAll(() => {
  w.aws(['s3api', 'create-bucket', '--bucket', 'test']);
  for (const key of KEYS) w.aws(['s3api', 'put-object', '--bucket', 'test', '--key', key]);
  w.aws(['s3api', 'create-bucket', '--bucket', 'mybucket']);
  w.aws(['s3api', 'put-object', '--bucket', 'mybucket', '--key', 'file1.txt', '--body', __filename]);
  w.aws(['s3api', 'put-object', '--bucket', 'mybucket', '--key', 'file2.txt']);
  vpcId = w.awsJson<{ Vpc: { VpcId: string } }>(['ec2', 'create-vpc', '--cidr-block', '10.1.0.0/16']).Vpc.VpcId;
  const subnet = w.awsJson<{ Subnet: { SubnetId: string } }>(['ec2', 'create-subnet', '--vpc-id', vpcId, '--cidr-block', '10.1.1.0/24']).Subnet.SubnetId;
  const images = w.awsJson<{ Images: Array<{ ImageId: string }> }>(['ec2', 'describe-images', '--owners', 'amazon', '--max-items', '1']).Images;
  const run = w.awsJson<{ Instances: Array<{ InstanceId: string }> }>(['ec2', 'run-instances', '--image-id', images[0].ImageId, '--count', '2', '--subnet-id', subnet]);
  instanceIds = run.Instances.map((i) => i.InstanceId);
});

describe('ClientConfig walkthrough', () => {
  it('splats a ClientConfig hashtable; an undefined property is the guide\'s binding error; RegionEndpoint sets the region', () => {
    const r = w.run('client-config.ps1', ['test']);
    expect(r.stderr).toBe('');
    expect(section(r.stdout, 'splatting')).toBe(`${KEYS.join('\n')}\n`);
    expect(section(r.stdout, 'undefined property')).toBe(
      'Cannot bind parameter \'ClientConfig\'. Cannot create object of type "Amazon.S3.AmazonS3Config". The UndefinedProperty property was not found for the Amazon.S3.AmazonS3Config object.\n',
    );
    expect(section(r.stdout, 'region')).toBe('7\n');
  });

  it('builds a ClientConfig object with New-Object and passes it to -ClientConfig', () => {
    const r = w.run('client-config-object.ps1', ['test']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${KEYS.join('\n')}\n`);
  });
});

describe('$AWSHistory and manual paging walkthrough', () => {
  let out = '';
  beforeAll(() => {
    const r = w.run('history-paging.ps1');
    expect(r.stderr).toBe(
      [
        "WARNING: AWSHistory is deprecated and will be removed in the next major release. Instead, use '-Select *' when it is necessary to return the entire service response as cmdlet output.",
        "WARNING: AWSHistory is deprecated and will be removed in the next major release. Instead, use '-Select *' when it is necessary to return the entire service response as cmdlet output.",
        '',
      ].join('\n'),
    );
    out = r.stdout;
  });

  it('pages to completion by default, also with -MaxKey (AWS.Tools), and counts the emitted objects', () => {
    expect(section(out, 'page to completion')).toBe('7\n7\n7\n');
  });

  it('pages by hand with -MaxKey, IsTruncated, NextMarker and -Marker', () => {
    const first = section(out, 'first page').split('\n');
    expect(first.slice(0, 5)).toEqual(['file1.txt', 'file2.txt', 'file3.txt', 'True', 'True']);
    expect(first[5]).not.toBe('');
    expect(section(out, 'next page')).toBe('file4.txt\nfile5.txt\nfile6.txt\n');
    // The same pages as the AWS CLI's.
    const cliFirst = w.awsJson<{ Contents: Array<{ Key: string }>; IsTruncated: boolean }>(['s3api', 'list-objects', '--bucket', 'test', '--max-keys', '3', '--no-paginate']);
    expect(cliFirst.Contents.map((o) => o.Key)).toEqual(['file1.txt', 'file2.txt', 'file3.txt']);
    expect(cliFirst.IsTruncated).toBe(true);
  });

  it('records commands, requests when asked, keeps the configured number, and clears', () => {
    expect(section(out, 'history')).toBe(['4', 'Get-S3Object', 'True', 'True', '1', '3', '2', '0', ''].join('\n'));
  });
});

describe('-Select walkthrough', () => {
  let out = '';
  beforeAll(() => {
    const r = w.run('select.ps1', [vpcId]);
    expect(r.stderr).toBe('');
    out = r.stdout;
  });

  it('writes S3Objects by default, the whole response with -Select *, a nested path with -Select S3Objects.Key', () => {
    expect(section(out, 'default')).toMatch(/^\nBucketName   : mybucket\nKey          : file1\.txt\nSize         : \d+\nStorageClass : STANDARD\n\nBucketName   : mybucket\nKey          : file2\.txt\nSize         : 0\nStorageClass : STANDARD\n\n$/);
    expect(section(out, 'select star')).toBe(
      [
        '',
        'IsTruncated    : False',
        'NextMarker     : ',
        'S3Objects      : {file1.txt, file2.txt}',
        'Name           : mybucket',
        'Prefix         : ',
        'MaxKeys        : 1000',
        'CommonPrefixes : {}',
        'Delimiter      : ',
        '',
        '',
      ].join('\n'),
    );
    expect(section(out, 'select path')).toBe('file1.txt\nfile2.txt\n');
    expect(section(out, 'select first')).toBe('file1.txt\nfile2.txt\n');
  });

  it('-Select ^Key writes the piped-in key after tagging each object', () => {
    expect(section(out, 'select parameter')).toBe('file1.txt\nfile2.txt\n');
    for (const key of ['file1.txt', 'file2.txt']) {
      const tags = w.awsJson<{ TagSet: Array<{ Key: string; Value: string }> }>(['s3api', 'get-object-tagging', '--bucket', 'mybucket', '--key', key]).TagSet;
      expect(tags).toEqual([{ Key: 'key', Value: 'value' }]);
    }
  });

  it('[Amazon.EC2.Model.Filter]@{...} converts a string to the Values list, and -Select reaches into nested lists', () => {
    const s = section(out, 'filter object').split('\n');
    expect(s[0]).toBe('System.Collections.Generic.List`1[[System.String]]');
    expect(s.slice(1, -1).sort()).toEqual([...instanceIds].sort());
  });
});
