// How bound values become SDK member values for generated parameters: blobs from text, lines, bytes and file
// items (UTF-8), maps from hashtables, EC2 instance IDs from IDs, Instance and Reservation objects.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestConverter } from '../../../src/aws/generated/request-values.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';

const blob = requestConverter({ name: 'Body', type: 'System.Object', encoding: 'blob' })!;
const map = requestConverter({ name: 'Attribute', type: 'System.Collections.Hashtable', encoding: 'map' })!;
const ids = requestConverter({ name: 'InstanceId', type: 'System.Object[]', encoding: 'ec2-instance-ids' })!;

describe('request values', () => {
  it('a blob from a string, string lines, bytes or a file item', () => {
    expect(Buffer.from(blob('héllo') as Uint8Array).toString('utf8')).toBe('héllo');
    expect(Buffer.from(blob(['a', 'b']) as Uint8Array).toString('utf8')).toBe('a\nb');
    expect([...(blob(new Uint8Array([1, 2, 3])) as Uint8Array)]).toEqual([1, 2, 3]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-rv-')), 'f.bin');
    fs.writeFileSync(file, Buffer.from([0, 255, 7]));
    const item = new PSObject(['System.IO.FileInfo', 'System.IO.FileSystemInfo', 'System.Object']).addNote('FullName', file);
    expect([...(blob(item) as Uint8Array)]).toEqual([0, 255, 7]);
  });

  it('a map from a hashtable, nested values plain', () => {
    const h = new PSHashtable();
    h.set('Policy', '{}');
    h.set('Tags', ['a', 'b']);
    expect(map(h)).toEqual({ Policy: '{}', Tags: ['a', 'b'] });
  });

  it('EC2 instance IDs from strings, Instance objects and Reservation objects', () => {
    const instance = (id: string): PSObject => new PSObject(['Amazon.EC2.Model.Instance', 'System.Object']).addNote('InstanceId', id);
    const reservation = new PSObject(['Amazon.EC2.Model.Reservation', 'System.Object']).addNote('Instances', [instance('i-2'), instance('i-3')]);
    expect(ids(['i-1', reservation, instance('i-4')])).toEqual(['i-1', 'i-2', 'i-3', 'i-4']);
    expect(ids('i-9')).toEqual(['i-9']);
  });

  it('a parameter without an encoding goes to the SDK as bound', () => {
    expect(requestConverter({ name: 'QueueUrl', type: 'System.String' })).toBeUndefined();
  });
});
