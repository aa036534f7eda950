// The $AWSHistory buffer as a library: sizes, order, recording rules, redaction and bounded memory.

import { beforeEach, describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/objects/psobject.js';
import { BoundedQueue } from '../../../src/aws/history/bounded-queue.js';
import { AWSHistoryState, CMDLET_HISTORY_TYPE, HISTORY_BUFFER_TYPE } from '../../../src/aws/history/history-state.js';
import { REDACTED_VALUE, redactSensitive } from '../../../src/aws/history/sensitive.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';

function response(marker: string | null, extra: Record<string, unknown> = {}): PSObject {
  return PSObject.fromRecord({ IsTruncated: marker !== null, NextMarker: marker, ...extra }, ['Amazon.S3.Model.ListObjectsResponse', 'System.Object']);
}

function runCmdlet(state: AWSHistoryState, name: string, pages = 1): void {
  const rec = state.startCmdlet(name);
  for (let i = 0; i < pages; i++) {
    rec.recordRequest(PSObject.fromRecord({ Marker: `m${i}` }), `${name} -BucketName b`);
    rec.recordResponse(response(`m${i + 1}`));
  }
  state.push(rec);
}

describe('BoundedQueue', () => {
  it('drops the oldest item when full and lists oldest first', () => {
    const q = new BoundedQueue<number>(3);
    for (let i = 1; i <= 5; i++) q.add(i);
    expect(q.toArray()).toEqual([3, 4, 5]);
    expect(q.count).toBe(3);
    expect(q.last).toBe(5);
    expect(q.at(0)).toBe(3);
    expect(q.at(3)).toBeUndefined();
  });

  it('resizes keeping the newest items', () => {
    const q = new BoundedQueue<number>(5);
    for (let i = 1; i <= 5; i++) q.add(i);
    expect(q.resized(2).toArray()).toEqual([4, 5]);
    expect(q.resized(8).toArray()).toEqual([1, 2, 3, 4, 5]);
  });

  it('holds nothing with capacity 0', () => {
    const q = new BoundedQueue<number>(0);
    q.add(1);
    expect(q.count).toBe(0);
    expect(q.last).toBeUndefined();
  });
});

describe('AWSHistoryState', () => {
  let state: AWSHistoryState;
  beforeEach(() => {
    state = new AWSHistoryState();
  });

  it('defaults to 5 cmdlets and 5 service calls, requests off, sensitive data off', () => {
    expect(state.maxCmdletHistory).toBe(5);
    expect(state.maxServiceCallHistory).toBe(5);
    expect(state.recordServiceRequests).toBe(false);
    expect(state.includeSensitiveData).toBe(false);
  });

  it('ToString counts the commands and names the last one', () => {
    expect(String(state.view.toStringOverride?.(state.view))).toBe('0 command(s) recorded.');
    runCmdlet(state, 'Get-S3Bucket');
    runCmdlet(state, 'Get-S3Object');
    expect(state.toString()).toBe('2 command(s) recorded, last  = Get-S3Object.');
    state.maxCmdletHistory = 0;
    expect(state.toString()).toBe('AWS History Disabled');
  });

  it('keeps the last 5 cmdlets, oldest first in Commands, newest as LastCommand', () => {
    for (let i = 1; i <= 7; i++) runCmdlet(state, `Cmd-${i}`);
    expect(state.commands().map((c) => c.cmdletName)).toEqual(['Cmd-3', 'Cmd-4', 'Cmd-5', 'Cmd-6', 'Cmd-7']);
    const commands = state.view.get('Commands') as PSObject[];
    expect(commands.map((c) => c.get('CmdletName'))).toEqual(['Cmd-3', 'Cmd-4', 'Cmd-5', 'Cmd-6', 'Cmd-7']);
    expect((state.view.get('LastCommand') as PSObject).get('CmdletName')).toBe('Cmd-7');
    expect(state.commandAt(0)?.get('CmdletName')).toBe('Cmd-3');
  });

  it('keeps the last 5 service calls of a cmdlet', () => {
    state.recordServiceRequests = true;
    runCmdlet(state, 'Get-S3Object', 8);
    const last = state.lastCommand!;
    expect(last.responses.toArray().map((r) => r.get('NextMarker'))).toEqual(['m4', 'm5', 'm6', 'm7', 'm8']);
    expect(last.requests.count).toBe(5);
    expect((state.view.get('LastServiceResponse') as PSObject).get('NextMarker')).toBe('m8');
    expect((state.view.get('LastServiceRequest') as PSObject).get('Marker')).toBe('m7');
  });

  it('records requests only when enabled, with InvocationLine and LoggedAt notes', () => {
    runCmdlet(state, 'Get-S3Object');
    expect(state.view.get('LastServiceRequest')).toBeNull();
    state.recordServiceRequests = true;
    runCmdlet(state, 'Get-S3Object');
    const req = state.view.get('LastServiceRequest') as PSObject;
    expect(req.propertyNames()).toEqual(['Marker', 'InvocationLine', 'LoggedAt']);
    expect(req.get('InvocationLine')).toBe('Get-S3Object -BucketName b');
    expect(req.get('LoggedAt')).toBeInstanceOf(Date);
  });

  it('records responses with a LoggedAt note, without changing the emitted object', () => {
    const rec = state.startCmdlet('Get-S3Object');
    const r = response('k1');
    rec.recordResponse(r);
    state.push(rec);
    const logged = state.view.get('LastServiceResponse') as PSObject;
    expect(logged.propertyNames()).toEqual(['IsTruncated', 'NextMarker', 'LoggedAt']);
    expect(logged.typeNames[0]).toBe('Amazon.S3.Model.ListObjectsResponse');
    expect(r.has('LoggedAt')).toBe(false);
  });

  it('records a failed call as its exception', () => {
    const rec = state.startCmdlet('Get-S3Object');
    rec.recordError(
      new RuntimeError(makeErrorRecord('The specified bucket does not exist', { type: 'Amazon.S3.AmazonS3Exception', data: { ErrorCode: 'NoSuchBucket', StatusCode: 'NotFound' } })),
    );
    state.push(rec);
    const logged = state.view.get('LastServiceResponse') as PSObject;
    expect(logged.typeNames[0]).toBe('Amazon.S3.AmazonS3Exception');
    expect(logged.get('Message')).toBe('The specified bucket does not exist');
    expect(logged.get('ErrorCode')).toBe('NoSuchBucket');
    expect(logged.has('LoggedAt')).toBe(true);
  });

  it('exposes each entry as Amazon.PowerShell.Common.AWSCmdletHistory', () => {
    const rec = state.startCmdlet('Get-S3Bucket');
    rec.recordResponse(response(null));
    rec.addEmitted(3);
    rec.addEmitted(2);
    state.push(rec);
    expect(state.view.typeNames[0]).toBe(HISTORY_BUFFER_TYPE);
    const entry = state.view.get('LastCommand') as PSObject;
    expect(entry.typeNames[0]).toBe(CMDLET_HISTORY_TYPE);
    expect(entry.propertyNames()).toEqual([
      'CmdletName',
      'CmdletStart',
      'CmdletEnd',
      'EmittedObjectsCount',
      'Requests',
      'Responses',
      'LastServiceResponse',
      'LastServiceRequest',
    ]);
    expect(entry.get('EmittedObjectsCount')).toBe(5);
    expect((entry.get('CmdletEnd') as Date).getTime()).toBeGreaterThanOrEqual((entry.get('CmdletStart') as Date).getTime());
    expect(entry.toStringOverride?.(entry)).toBe('Get-S3Bucket');
    const responses = entry.get('Responses') as PSObject;
    expect(responses.get('Count')).toBe(1);
    expect((responses.get('History') as PSObject[]).length).toBe(1);
    const call = rec.callAt(0);
    expect(call.propertyNames()).toEqual(['Request', 'Response']);
    expect(call.get('Request')).toBeNull();
    expect((call.get('Response') as PSObject).get('IsTruncated')).toBe(false);
    expect(() => rec.callAt(5)).toThrow("Specified argument was out of the range of valid values. (Parameter 'index')");
  });

  it('MaxCmdletHistory 0 disables recording and empties the buffer; a smaller size keeps the newest', () => {
    for (let i = 1; i <= 5; i++) runCmdlet(state, `Cmd-${i}`);
    state.maxCmdletHistory = 2;
    expect(state.commands().map((c) => c.cmdletName)).toEqual(['Cmd-4', 'Cmd-5']);
    state.maxCmdletHistory = 0;
    expect(state.count).toBe(0);
    runCmdlet(state, 'Cmd-6');
    expect(state.count).toBe(0);
    expect(state.commandAt(0)).toBeNull();
    state.maxCmdletHistory = 3;
    runCmdlet(state, 'Cmd-7');
    expect(state.toString()).toBe('1 command(s) recorded, last  = Cmd-7.');
    expect(() => state.commandAt(3)).toThrow('out of the range');
    expect(state.commandAt(2)).toBeNull();
  });

  it('a new MaxServiceCallHistory applies to cmdlets started afterwards', () => {
    const before = state.startCmdlet('A');
    state.maxServiceCallHistory = 2;
    const after = state.startCmdlet('B');
    for (let i = 0; i < 4; i++) {
      before.recordResponse(response(`m${i}`));
      after.recordResponse(response(`m${i}`));
    }
    expect(before.responses.count).toBe(4);
    expect(after.responses.count).toBe(2);
  });

  it('rejects invalid sizes', () => {
    expect(() => (state.maxCmdletHistory = -1)).toThrow('Negative values are not valid.');
    expect(() => (state.maxServiceCallHistory = 0)).toThrow('Value must be greater than 0.');
  });

  it('stays bounded over 10,000 recorded invocations', () => {
    state.recordServiceRequests = true;
    for (let i = 0; i < 10_000; i++) runCmdlet(state, `Cmd-${i}`, 7);
    expect(state.count).toBe(5);
    expect(state.commands().map((c) => c.cmdletName)).toEqual(['Cmd-9995', 'Cmd-9996', 'Cmd-9997', 'Cmd-9998', 'Cmd-9999']);
    for (const c of state.commands()) {
      expect(c.responses.count).toBe(5);
      expect(c.requests.count).toBe(5);
    }
  });

  it('redacts secrets at any depth unless IncludeSensitiveData', () => {
    const creds = PSObject.fromRecord({ AccessKeyId: 'AKIA', SecretAccessKey: 'shh', SessionToken: 'tok' }, ['Amazon.SecurityToken.Model.Credentials']);
    const r = PSObject.fromRecord({ Credentials: creds, Items: [PSObject.fromRecord({ KeyMaterial: 'pem', KeyName: 'k' })] });
    const rec = state.startCmdlet('Use-STSRole');
    rec.recordResponse(r);
    state.push(rec);
    const logged = state.view.get('LastServiceResponse') as PSObject;
    const loggedCreds = logged.get('Credentials') as PSObject;
    expect(loggedCreds.get('AccessKeyId')).toBe('AKIA');
    expect(loggedCreds.get('SecretAccessKey')).toBe(REDACTED_VALUE);
    expect(loggedCreds.get('SessionToken')).toBe(REDACTED_VALUE);
    expect(((logged.get('Items') as PSObject[])[0] as PSObject).get('KeyMaterial')).toBe(REDACTED_VALUE);
    // The emitted object keeps its secrets.
    expect(creds.get('SecretAccessKey')).toBe('shh');

    state.includeSensitiveData = true;
    const rec2 = state.startCmdlet('Use-STSRole');
    rec2.recordResponse(r);
    state.push(rec2);
    expect(((state.view.get('LastServiceResponse') as PSObject).get('Credentials') as PSObject).get('SecretAccessKey')).toBe('shh');
  });

  it('redaction shares objects that hold no secrets and keeps $null secrets $null', () => {
    const plain = PSObject.fromRecord({ Key: 'a' });
    expect(redactSensitive(plain)).toBe(plain);
    const withNull = PSObject.fromRecord({ Password: null });
    expect(redactSensitive(withNull)).toBe(withNull);
  });
});
