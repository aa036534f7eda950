import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import {
  convertFromCsvCommand,
  convertToCsvCommand,
  exportCsvCommand,
  importCsvCommand,
} from '../../../cmdlets/core/data/csv-cmdlets.js';
import { runCmdlet } from './fake-context.js';

const obj = (r: Record<string, unknown>) => PSObject.fromRecord(r);

describe('ConvertTo-Csv', () => {
  it('quotes every field and writes no #TYPE line', async () => {
    const r = await runCmdlet(convertToCsvCommand, {}, [obj({ Name: 'a', Size: 1, Ok: true }), obj({ Name: 'b "q"', Size: 2.5, Ok: null })]);
    expect(r.output).toEqual(['"Name","Size","Ok"', '"a","1","True"', '"b ""q""","2.5",']);
  });

  it('uses the first object for the columns', async () => {
    const r = await runCmdlet(convertToCsvCommand, {}, [obj({ a: 1 }), obj({ b: 2, a: 3 })]);
    expect(r.output).toEqual(['"a"', '"1"', '"3"']);
  });

  it('honours -Delimiter, -UseQuotes, -QuoteFields, -NoHeader and -IncludeTypeInformation', async () => {
    const o = obj({ a: 'x;y', b: 'z' });
    expect((await runCmdlet(convertToCsvCommand, { Delimiter: ';', UseQuotes: 'AsNeeded' }, [o])).output).toEqual(['a;b', '"x;y";z']);
    expect((await runCmdlet(convertToCsvCommand, { UseQuotes: 'Never' }, [o])).output).toEqual(['a,b', 'x;y,z']);
    expect((await runCmdlet(convertToCsvCommand, { QuoteFields: ['b'] }, [o])).output).toEqual(['a,"b"', 'x;y,"z"']);
    expect((await runCmdlet(convertToCsvCommand, { NoHeader: true }, [o])).output).toEqual(['"x;y","z"']);
    expect((await runCmdlet(convertToCsvCommand, { IncludeTypeInformation: true }, [o])).output).toEqual([
      '#TYPE System.Management.Automation.PSCustomObject',
      '"a","b"',
      '"x;y","z"',
    ]);
  });

  it('writes dictionaries by key', async () => {
    const r = await runCmdlet(convertToCsvCommand, {}, [PSHashtable.from([['k', 'v'], ['n', 1]])]);
    expect(r.output).toEqual(['"k","n"', '"v","1"']);
  });
});

describe('ConvertFrom-Csv', () => {
  it('reads a header line and records, line by line', async () => {
    const r = await runCmdlet(convertFromCsvCommand, {}, ['"a","b"', '1,2', '', '"x, y","say ""hi"""']);
    expect(r.output.map((o) => [(o as PSObject).get('a'), (o as PSObject).get('b')])).toEqual([
      ['1', '2'],
      ['x, y', 'say "hi"'],
    ]);
  });

  it('keeps quoted line breaks and fills missing values with $null', async () => {
    const r = await runCmdlet(convertFromCsvCommand, {}, ['a,b,c\n"1\n2",3']);
    const o = r.output[0] as PSObject;
    expect(o.get('a')).toBe('1\n2');
    expect(o.get('b')).toBe('3');
    expect(o.get('c')).toBeNull();
  });

  it('uses -Header and names empty headers H1, H2 with a warning', async () => {
    const r = await runCmdlet(convertFromCsvCommand, { Header: ['x', 'y'] }, ['1,2']);
    expect((r.output[0] as PSObject).propertyNames()).toEqual(['x', 'y']);
    const r2 = await runCmdlet(convertFromCsvCommand, {}, ['a,,c\n1,2,3']);
    expect((r2.output[0] as PSObject).propertyNames()).toEqual(['a', 'H1', 'c']);
    expect(r2.warnings).toEqual(['One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.']);
  });

  it('reads the #TYPE line', async () => {
    const r = await runCmdlet(convertFromCsvCommand, {}, ['#TYPE My.Type\na\n1']);
    expect((r.output[0] as PSObject).typeNames[0]).toBe('CSV:My.Type');
  });

  it('rejects duplicate headers', async () => {
    await expect(runCmdlet(convertFromCsvCommand, {}, ['a,A\n1,2'])).rejects.toThrow('The member "A" is already present.');
  });
});

describe('Export-Csv / Import-Csv', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-csv-'));

  it('round-trips a file', async () => {
    await runCmdlet(exportCsvCommand, { Path: 'out.csv' }, [obj({ a: 1, b: 'x' }), obj({ a: 2, b: 'y' })], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8')).toBe('"a","b"\n"1","x"\n"2","y"\n');
    const r = await runCmdlet(importCsvCommand, { Path: ['out.csv'] }, undefined, { cwd: dir });
    expect(r.output.map((o) => (o as PSObject).get('b'))).toEqual(['x', 'y']);
  });

  it('appends without a second header and checks the columns', async () => {
    await runCmdlet(exportCsvCommand, { Path: 'app.csv' }, [obj({ a: 1, b: 'x' })], { cwd: dir });
    await runCmdlet(exportCsvCommand, { Path: 'app.csv', Append: true }, [obj({ b: 'y', a: 2 })], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'app.csv'), 'utf8')).toBe('"a","b"\n"1","x"\n"2","y"\n');
    await expect(runCmdlet(exportCsvCommand, { Path: 'app.csv', Append: true }, [obj({ a: 3 })], { cwd: dir })).rejects.toThrow(
      `Cannot append CSV content to the following file: ${path.join(dir, 'app.csv')}. The appended object does not have a property that corresponds to the following column: b. To continue with mismatched properties, add the -Force parameter, and then retry the command.`,
    );
  });

  it('refuses to overwrite with -NoClobber', async () => {
    fs.writeFileSync(path.join(dir, 'keep.csv'), 'x');
    await expect(runCmdlet(exportCsvCommand, { Path: 'keep.csv', NoClobber: true }, [obj({ a: 1 })], { cwd: dir })).rejects.toThrow(
      `The file '${path.join(dir, 'keep.csv')}' already exists.`,
    );
  });

  it('reports a missing file', async () => {
    await expect(runCmdlet(importCsvCommand, { Path: ['nope.csv'] }, undefined, { cwd: dir })).rejects.toThrow(`Could not find file '${path.join(dir, 'nope.csv')}'.`);
  });

  it('writes a BOM for utf8BOM and reads it back', async () => {
    await runCmdlet(exportCsvCommand, { Path: 'bom.csv', Encoding: 'utf8BOM' }, [obj({ a: 'é' })], { cwd: dir });
    expect([...fs.readFileSync(path.join(dir, 'bom.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = await runCmdlet(importCsvCommand, { Path: ['bom.csv'] }, undefined, { cwd: dir });
    expect((r.output[0] as PSObject).get('a')).toBe('é');
  });
});
