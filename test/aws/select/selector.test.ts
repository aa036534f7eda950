// -Select / -PassThru evaluation over response objects, with the AWS Tools error texts.

import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/objects/psobject.js';
import {
  createSelector,
  passThruDeprecationWarning,
  passThruObsoleteMessage,
  type SelectorOptions,
} from '../../../src/aws/select/selector.js';
import { nullRequiredParameterWarning, nullRequiredParameterWarningFor } from '../../../src/aws/select/null-warning.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import type { ParameterDef } from '../../../src/pipeline/types.js';

const s3Object = (key: string, size: number): PSObject =>
  PSObject.fromRecord({ Key: key, Size: size, Owner: PSObject.fromRecord({ DisplayName: 'me', ID: 'id1' }) }, ['Amazon.S3.Model.S3Object']);

const listResponse = PSObject.fromRecord(
  { IsTruncated: false, NextMarker: null, S3Objects: [s3Object('a.txt', 1), s3Object('b.txt', 2)], Name: 'bucket', CommonPrefixes: [] },
  ['Amazon.S3.Model.ListObjectsResponse'],
);

const ec2Response = PSObject.fromRecord({
  Reservations: [
    PSObject.fromRecord({ Instances: [PSObject.fromRecord({ InstanceId: 'i-1', Tags: [] }), PSObject.fromRecord({ InstanceId: 'i-2', Tags: null })] }),
    PSObject.fromRecord({ Instances: null }),
    PSObject.fromRecord({ Instances: [PSObject.fromRecord({ InstanceId: null, Tags: [] })] }),
  ],
});

const params: ParameterDef[] = [
  { name: 'BucketName', type: 'System.String', aliases: ['Bucket'] },
  { name: 'Key', type: 'System.String' },
  { name: 'TagSet', type: 'Amazon.S3.Model.Tag[]' },
];

function opts(extra: Partial<SelectorOptions> = {}): SelectorOptions {
  return { defaultOutputProperty: 'S3Objects', boundParameters: { BucketName: 'bucket', Key: 'a.txt' }, parameters: params, commandClass: 'Amazon.PowerShell.Cmdlets.S3.GetS3ObjectCmdlet', ...extra };
}

function errorOf(f: () => unknown): RuntimeError {
  try {
    f();
  } catch (e) {
    if (e instanceof RuntimeError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('default -Select (the OutputProperty)', () => {
  it('writes a collection item by item', () => {
    const sel = createSelector(undefined, opts());
    expect(sel(listResponse).map((o) => (o as PSObject).get('Key'))).toEqual(['a.txt', 'b.txt']);
    expect(sel.selectsParameter).toBe(false);
  });

  it('writes nothing for an empty collection, a $null member or no OutputProperty', () => {
    expect(createSelector(undefined, opts({ defaultOutputProperty: 'CommonPrefixes' }))(listResponse)).toEqual([]);
    expect(createSelector(undefined, opts({ defaultOutputProperty: 'NextMarker' }))(listResponse)).toEqual([]);
    expect(createSelector(undefined, opts({ defaultOutputProperty: null }))(listResponse)).toEqual([]);
  });

  it("'*' as the default writes the whole response", () => {
    expect(createSelector(undefined, opts({ defaultOutputProperty: '*' }))(listResponse)).toEqual([listResponse]);
  });

  it('writes a scalar member as one object', () => {
    expect(createSelector(undefined, opts({ defaultOutputProperty: 'Name' }))(listResponse)).toEqual(['bucket']);
  });
});

describe('-Select', () => {
  it("'*' writes the whole response", () => {
    expect(createSelector('*', opts())(listResponse)).toEqual([listResponse]);
  });

  it('follows a case-insensitive path, flattening collections', () => {
    expect(createSelector('s3objects.KEY', opts())(listResponse)).toEqual(['a.txt', 'b.txt']);
    expect(createSelector('S3Objects.Owner.DisplayName', opts())(listResponse)).toEqual(['me', 'me']);
    expect(createSelector('Reservations.Instances.InstanceId', opts())(ec2Response)).toEqual(['i-1', 'i-2']);
  });

  it('drops nulls and empty collections along the path', () => {
    expect(createSelector('Reservations.Instances.Tags', opts())(ec2Response)).toEqual([]);
    expect(createSelector('NextMarker', opts())(listResponse)).toEqual([]);
  });

  it('a path over $null writes nothing', () => {
    expect(createSelector('S3Objects.Key', opts())(null)).toEqual([]);
  });

  it("'^Name' writes the cmdlet's parameter value, by name or alias, case-insensitively", () => {
    const sel = createSelector('^key', opts());
    expect(sel(listResponse)).toEqual(['a.txt']);
    expect(sel.selectsParameter).toBe(true);
    expect(sel.value(null)).toBe('a.txt');
    expect(createSelector('^bucket', opts())(null)).toEqual(['bucket']);
    // An unbound parameter is $null: nothing is written.
    expect(createSelector('^TagSet', opts())(null)).toEqual([]);
  });

  it('writes a collection parameter item by item', () => {
    const sel = createSelector('^TagSet', opts({ boundParameters: { TagSet: ['t1', 't2'] } }));
    expect(sel(null)).toEqual(['t1', 't2']);
    expect(sel.value(null)).toEqual(['t1', 't2']);
  });

  it("rejects '', $null, unknown parameters and unknown members", () => {
    for (const bad of ['', null, '^Region', '^Nope', 'S3Objects.', '.Key']) {
      const e = errorOf(() => createSelector(bad, opts())(listResponse));
      expect(e.message).toBe("Invalid value for -Select parameter. (Parameter 'Select')");
      expect(e.record.fullyQualifiedErrorId).toBe('System.ArgumentException,Amazon.PowerShell.Cmdlets.S3.GetS3ObjectCmdlet');
      expect(e.record.exception.typeName).toBe('System.ArgumentException');
    }
    expect(errorOf(() => createSelector('S3Objects.Nope', opts())(listResponse)).message).toBe("Invalid value for -Select parameter. (Parameter 'Select')");
    expect(errorOf(() => createSelector('Bogus', opts())(listResponse)).message).toBe("Invalid value for -Select parameter. (Parameter 'Select')");
  });

  it('allows members of scalar values along the path', () => {
    expect(createSelector('S3Objects.Key.Length', opts())(listResponse)).toEqual([5, 5]);
  });
});

describe('-PassThru', () => {
  it('writes the pipeline parameter value', () => {
    const sel = createSelector(undefined, opts({ passThru: true, passThruParameter: 'BucketName' }));
    expect(sel(listResponse)).toEqual(['bucket']);
    expect(sel.selectsParameter).toBe(true);
  });

  it('cannot be combined with -Select; an invalid -Select is reported first', () => {
    expect(errorOf(() => createSelector('*', opts({ passThru: true, passThruParameter: 'BucketName' }))).message).toBe(
      "-PassThru cannot be used when -Select is specified. (Parameter 'Select')",
    );
    expect(errorOf(() => createSelector('', opts({ passThru: true, passThruParameter: 'BucketName' }))).message).toBe(
      "Invalid value for -Select parameter. (Parameter 'Select')",
    );
  });

  it('has the obsolete message and binder warning', () => {
    expect(passThruObsoleteMessage('BucketName')).toBe(
      "The -PassThru parameter is deprecated, use -Select '^BucketName' instead. This parameter will be removed in a future version.",
    );
    expect(passThruDeprecationWarning('BucketName')).toBe(
      "Parameter 'PassThru' is obsolete. The -PassThru parameter is deprecated, use -Select '^BucketName' instead. This parameter will be removed in a future version.",
    );
  });
});

describe('$null passed to a required parameter', () => {
  it('has the AWS.Tools warning text', () => {
    expect(nullRequiredParameterWarning('BucketName')).toBe(
      'You are passing $null as a value for parameter BucketName which is marked as required. In case you believe this parameter was incorrectly marked as required, report this by opening an issue at https://github.com/aws/aws-tools-for-powershell/issues.',
    );
  });

  it('applies only when the parameter was bound to $null', () => {
    expect(nullRequiredParameterWarningFor('QueueUrl', true, null)).toBe(nullRequiredParameterWarning('QueueUrl'));
    expect(nullRequiredParameterWarningFor('QueueUrl', false, null)).toBeUndefined();
    expect(nullRequiredParameterWarningFor('QueueUrl', true, '')).toBeUndefined();
  });
});
