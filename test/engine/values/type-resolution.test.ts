import { describe, expect, it } from 'vitest';
import { registerTypeAlias, registerTypeResolver, resolveTypeName } from '../../../src/engine/type-resolution.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { toStr } from '../../../src/engine/conversions.js';

describe('resolveTypeName', () => {
  it.each<[string, string]>([
    ['int', 'System.Int32'],
    ['INT', 'System.Int32'],
    ['long', 'System.Int64'],
    ['double', 'System.Double'],
    ['float', 'System.Single'],
    ['decimal', 'System.Decimal'],
    ['byte', 'System.Byte'],
    ['char', 'System.Char'],
    ['string', 'System.String'],
    ['bool', 'System.Boolean'],
    ['boolean', 'System.Boolean'],
    ['datetime', 'System.DateTime'],
    ['timespan', 'System.TimeSpan'],
    ['hashtable', 'System.Collections.Hashtable'],
    ['ordered', 'System.Collections.Specialized.OrderedDictionary'],
    ['pscustomobject', 'System.Management.Automation.PSObject'],
    ['psobject', 'System.Management.Automation.PSObject'],
    ['regex', 'System.Text.RegularExpressions.Regex'],
    ['math', 'System.Math'],
    ['guid', 'System.Guid'],
    ['xml', 'System.Xml.XmlDocument'],
    ['scriptblock', 'System.Management.Automation.ScriptBlock'],
    ['switch', 'System.Management.Automation.SwitchParameter'],
    ['version', 'System.Version'],
    ['ipaddress', 'System.Net.IPAddress'],
    ['uri', 'System.Uri'],
    ['array', 'System.Array'],
    ['object', 'System.Object'],
    ['System.Int32', 'System.Int32'],
    ['Int32', 'System.Int32'],
    ['system.io.path', 'System.IO.Path'],
    ['IO.Path', 'System.IO.Path'],
    ['Environment', 'System.Environment'],
    ['convert', 'System.Convert'],
    ['Text.Encoding', 'System.Text.Encoding'],
    ['string[]', 'System.String[]'],
    ['int[][]', 'System.Int32[][]'],
    ['[int]', 'System.Int32'],
    ['RuntimeException', 'System.Management.Automation.RuntimeException'],
    ['System.Collections.Generic.List[string]', 'System.Collections.Generic.List`1[[System.String]]'],
  ])('%s → %s', (name, full) => {
    expect(resolveTypeName(name)?.fullName).toBe(full);
  });

  it('returns undefined for unknown types', () => {
    expect(resolveTypeName('Foo.Bar')).toBeUndefined();
    expect(resolveTypeName('List[Nope]')).toBeUndefined();
  });

  it('shows generic and accelerated types as PowerShell prints them', () => {
    expect(toStr(resolveTypeName('System.Collections.Generic.List[string]'))).toBe('System.Collections.Generic.List[string]');
    expect(resolveTypeName('System.Collections.Generic.List[string]')?.name).toBe('List`1');
    expect(toStr(resolveTypeName('hashtable'))).toBe('hashtable');
  });

  it('accepts resolvers and aliases from other layers', () => {
    registerTypeResolver((n) => (/^Amazon\.EC2\.Model\.\w+$/i.test(n) ? new TypeRef(n.replace(/^amazon\.ec2\.model\./i, 'Amazon.EC2.Model.')) : undefined));
    expect(resolveTypeName('Amazon.EC2.Model.Filter')?.fullName).toBe('Amazon.EC2.Model.Filter');
    expect(resolveTypeName('Amazon.EC2.Model.Filter[]')?.fullName).toBe('Amazon.EC2.Model.Filter[]');
    registerTypeAlias('EC2Tag', 'Amazon.EC2.Model.Tag');
    expect(resolveTypeName('ec2tag')?.fullName).toBe('Amazon.EC2.Model.Tag');
  });
});
