// The built-in views for the core types the shell emits, copied from PowerShell's DefaultFormatters
// (FileSystem_format_ps1xml.cs, PowerShellCore_format_ps1xml.cs, DotNetTypes_format_ps1xml.cs).

import { ErrorRecord } from '../engine/errors.js';
import { formatDate } from '../engine/dotnet-format.js';
import { TypeRef } from '../objects/typeref.js';
import { formatErrorForHost } from './error-view.js';
import { registerStreamRecordViews } from './stream-record-views.js';
import { longDateText } from './display.js';
import { propertyValue } from './properties.js';
import { DICTIONARY_ENTRY } from './dictionary-entry.js';
import { registerView } from './views.js';

function prop(obj: unknown, name: string): unknown {
  return propertyValue(obj, name).value;
}

/** The first of several property names the object has (the file-system objects may carry either). */
function firstProp(obj: unknown, ...names: string[]): unknown {
  for (const n of names) {
    const r = propertyValue(obj, n);
    if (r.found) return r.value;
  }
  return null;
}

function parentPathText(obj: unknown): string {
  const p = prop(obj, 'PSParentPath');
  const s = typeof p === 'string' ? p : '';
  return s.replace(/^Microsoft\.PowerShell\.Core\\FileSystem::/i, '');
}

const DIRECTORY_GROUP = {
  value: 'PSParentPath',
  render: (obj: unknown) => `    Directory: ${parentPathText(obj)}`,
};

function registerFileSystemViews(): void {
  const lastWrite = (obj: unknown): unknown => {
    const d = prop(obj, 'LastWriteTime');
    return d instanceof Date ? `${formatDate(d, 'd')} ${formatDate(d, 'HH:mm')}` : d;
  };
  const types = ['System.IO.DirectoryInfo', 'System.IO.FileInfo'];
  {
    registerView(types, {
      kind: 'table',
      name: 'childrenWithUnixStat',
      groupBy: DIRECTORY_GROUP,
      wrap: true,
      columns: [
        { label: 'UnixMode', width: 10, alignment: 'left', value: 'UnixMode' },
        { label: 'User', width: 10, alignment: 'right', value: 'User' },
        { label: 'Group', width: 10, alignment: 'left', value: 'Group' },
        // en-US "{0:d} {0:HH}:{0:mm}" of DateTime.MaxValue is 16 characters.
        { label: 'LastWriteTime', width: 16, alignment: 'right', value: lastWrite },
        { label: 'Size', width: 12, alignment: 'right', value: (o) => firstProp(o, 'Size', 'Length') },
        { label: 'Name', alignment: 'left', value: (o) => firstProp(o, 'NameString', 'Name') },
      ],
    });
    registerView(types, {
      kind: 'list',
      name: 'children',
      groupBy: DIRECTORY_GROUP,
      entries: [
        {
          selectedBy: ['System.IO.FileInfo'],
          items: [
            { value: 'Name' },
            { label: 'Length', value: (o) => firstProp(o, 'LengthString', 'Length') },
            { value: 'CreationTime' },
            { value: 'LastWriteTime' },
            { value: 'LastAccessTime' },
            { value: 'Mode' },
            { value: 'LinkType' },
            { value: 'Target' },
            { value: 'VersionInfo' },
          ],
        },
        {
          items: [
            { value: 'Name' },
            { value: 'CreationTime' },
            { value: 'LastWriteTime' },
            { value: 'LastAccessTime' },
            { value: 'Mode' },
            { value: 'LinkType' },
            { value: 'Target' },
          ],
        },
      ],
    });
  }
}

function registerCommandViews(): void {
  const commandTypes = [
    'System.Management.Automation.AliasInfo',
    'System.Management.Automation.ApplicationInfo',
    'System.Management.Automation.CmdletInfo',
    'System.Management.Automation.ExternalScriptInfo',
    'System.Management.Automation.FilterInfo',
    'System.Management.Automation.FunctionInfo',
    'System.Management.Automation.ScriptInfo',
  ];
  {
    registerView(commandTypes, {
      kind: 'table',
      name: 'CommandInfo',
      columns: [
        { label: 'CommandType', width: 15, value: 'CommandType' },
        {
          label: 'Name',
          width: 50,
          value: (o) => (String(prop(o, 'CommandType')) === 'Alias' ? firstProp(o, 'DisplayName', 'Name') : prop(o, 'Name')),
        },
        { label: 'Version', width: 10, value: 'Version' },
        { label: 'Source', value: 'Source' },
      ],
    });
  }
  registerView('System.Management.Automation.AliasInfo', {
    kind: 'list',
    name: 'System.Management.Automation.AliasInfo',
    entries: [{ items: [{ value: 'DisplayName' }, { value: 'CommandType' }, { value: 'Definition' }, { value: 'ReferencedCommand' }, { value: 'ResolvedCommand' }] }],
  });
}

function registerEngineViews(): void {
  registerView('Microsoft.PowerShell.Commands.MemberDefinition', {
    kind: 'table',
    name: 'Microsoft.PowerShell.Commands.MemberDefinition',
    autoSize: true,
    groupBy: { value: 'TypeName' },
    columns: [{ value: 'Name' }, { value: 'MemberType' }, { value: 'Definition' }],
  });
  registerView('Microsoft.PowerShell.Commands.GroupInfo', {
    kind: 'table',
    name: 'Microsoft.PowerShell.Commands.GroupInfo',
    columns: [
      { label: 'Count', width: 5, alignment: 'right', value: 'Count' },
      { width: 25, value: 'Name' },
      { value: 'Group' },
    ],
  });
  registerView('Microsoft.PowerShell.Commands.GroupInfo', {
    kind: 'list',
    name: 'Microsoft.PowerShell.Commands.GroupInfo',
    entries: [{ items: [{ value: 'Name' }, { value: 'Count' }, { value: 'Group' }, { value: 'Values' }] }],
  });
  registerView('Microsoft.PowerShell.Commands.GroupInfoNoElement', {
    kind: 'table',
    name: 'Microsoft.PowerShell.Commands.GroupInfoNoElement',
    columns: [
      { label: 'Count', width: 5, alignment: 'right', value: 'Count' },
      { width: 25, value: 'Name' },
    ],
  });
  registerView('Microsoft.PowerShell.Commands.GenericMeasureInfo', {
    kind: 'list',
    name: 'Microsoft.PowerShell.Commands.GenericMeasureInfo',
    entries: [
      {
        items: [
          { value: 'Count' },
          { value: 'Average' },
          { value: 'Sum' },
          { value: 'Maximum' },
          { value: 'Minimum' },
          { value: 'StandardDeviation' },
          { value: 'Property' },
        ],
      },
    ],
  });
  registerView('System.Management.Automation.PSVariable', {
    kind: 'table',
    name: 'Variable',
    columns: [
      { width: 30, value: 'Name' },
      { value: 'Value' },
    ],
  });
  registerView('System.Management.Automation.PathInfo', {
    kind: 'table',
    name: 'PathInfo',
    columns: [{ value: 'Path' }],
  });
  registerView('Microsoft.PowerShell.Commands.HistoryInfo', {
    kind: 'table',
    name: 'history',
    columns: [
      { width: 4, alignment: 'right', value: 'Id' },
      { label: 'Duration', width: 12, alignment: 'right', value: historyDuration },
      { value: 'CommandLine' },
    ],
  });
  registerView('System.Management.Automation.ErrorRecord', {
    kind: 'custom',
    name: 'ErrorInstance',
    outOfBand: true,
    render: (o, rc) => (o instanceof ErrorRecord ? formatErrorForHost(o, { color: rc.color, width: Number.isFinite(rc.width) ? rc.width : 120 }) : String(o)),
  });
  registerStreamRecordViews();
}

/** The history view's Duration column: s.fff, m:ss.fff or h:mm:ss.fff. */
function historyDuration(o: unknown): unknown {
  const d = prop(o, 'Duration');
  if (!d || typeof d !== 'object' || !('ticks' in d)) return d;
  const ms = Number((d as { ticks: number }).ticks) / 10_000;
  const h = Math.trunc(ms / 3_600_000);
  const m = Math.trunc((ms % 3_600_000) / 60_000);
  const s = Math.trunc((ms % 60_000) / 1000);
  const f = String(Math.trunc(ms % 1000)).padStart(3, '0');
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (h >= 1) return `${h}:${p2(m)}:${p2(s)}.${f}`;
  if (m >= 1) return `${m}:${p2(s)}.${f}`;
  return `${s}.${f}`;
}

const VALUE_TYPES = new Set([
  'System.Int16',
  'System.Int32',
  'System.Int64',
  'System.UInt16',
  'System.UInt32',
  'System.UInt64',
  'System.Byte',
  'System.SByte',
  'System.Char',
  'System.Boolean',
  'System.Double',
  'System.Single',
  'System.Decimal',
  'System.DateTime',
  'System.TimeSpan',
  'System.Guid',
  'System.IntPtr',
]);

function registerDotNetViews(): void {
  registerView('System.TimeSpan', {
    kind: 'list',
    name: 'System.TimeSpan',
    entries: [
      {
        items: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds'].map(
          (value) => ({ value }),
        ),
      },
    ],
  });
  registerView('System.TimeSpan', {
    kind: 'table',
    name: 'System.TimeSpan',
    columns: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map((value) => ({ value })),
  });
  registerView('System.DateTime', {
    kind: 'custom',
    name: 'DateTime',
    render: (o) => (o instanceof Date ? longDateText(o) : String(o)),
  });
  registerView(DICTIONARY_ENTRY, {
    kind: 'table',
    name: 'Dictionary',
    columns: [
      { width: 30, value: 'Name' },
      { value: 'Value' },
    ],
  });
  registerView(DICTIONARY_ENTRY, {
    kind: 'list',
    name: DICTIONARY_ENTRY,
    entries: [{ items: [{ value: 'Name' }, { value: 'Value' }] }],
  });
  registerView('System.Version', {
    kind: 'table',
    name: 'System.Version',
    columns: [
      { width: 6, value: 'Major' },
      { width: 6, value: 'Minor' },
      { width: 6, value: 'Build' },
      { width: 8, value: 'Revision' },
    ],
  });
  registerView('System.Guid', {
    kind: 'table',
    name: 'System.Guid',
    columns: [{ label: 'Guid', value: (o) => String(o) }],
  });
  registerView('System.RuntimeType', {
    kind: 'table',
    name: 'System.RuntimeType',
    columns: [
      { label: 'IsPublic', width: 8, value: () => true },
      { label: 'IsSerial', width: 8, value: (o) => (o instanceof TypeRef ? !o.fullName.startsWith('System.Management.Automation.') : true) },
      { width: 40, label: 'Name', value: (o) => (o instanceof TypeRef ? o.name : o) },
      { label: 'BaseType', value: (o) => (o instanceof TypeRef ? baseTypeName(o) : null) },
    ],
  });
}

function baseTypeName(t: TypeRef): string {
  if (t.isArray) return 'System.Array';
  if (t.fullName === 'System.Object') return '';
  if (VALUE_TYPES.has(t.fullName)) return 'System.ValueType';
  return 'System.Object';
}

registerFileSystemViews();
registerCommandViews();
registerEngineViews();
registerDotNetViews();
