// $Host: the InternalHost pwsh wraps around its ConsoleHost, with UI (Write*, ReadLine, PromptForChoice) and
// UI.RawUI (window size, colours, title), all working through the engine's HostApi.

import { PSObject, type PSProperty } from '../../objects/psobject.js';
import { Version } from '../../objects/version.js';
import { Guid } from '../../objects/guid.js';
import { EnumValue, ConsoleColorEnum } from '../../objects/enum-value.js';
import { SecureString } from '../../objects/secure-string.js';
import { registerObjectMethods } from '../members.js';
import { RuntimeError, makeErrorRecord } from '../errors.js';
import { argAs, DotNetException, intArg, methodTable, overloadError, strArg, type Call } from '../methods/support.js';
import { cultureInfo } from './statics-core.js';
import { colorize, consoleColorSgr } from '../../host/color.js';
import { formatDebug, formatVerbose, formatWarning } from '../../format/error-view.js';
import { ChoiceDescription, CHOICE_DESCRIPTION_TYPE } from './choice-description.js';
import { checkChoiceArguments, promptForChoice } from './prompt-for-choice.js';
import type { HostApi } from '../../pipeline/types.js';

const HOST_TYPE = 'System.Management.Automation.Internal.Host.InternalHost';
const UI_TYPE = 'System.Management.Automation.Internal.Host.InternalHostUserInterface';
const RAW_UI_TYPE = 'System.Management.Automation.Internal.Host.InternalHostRawUserInterface';
const SIZE_TYPE = 'System.Management.Automation.Host.Size';
const COORDINATES_TYPE = 'System.Management.Automation.Host.Coordinates';
const CONSOLE_COLOR = 'System.ConsoleColor';
const ERROR_COLOR = '\x1b[31;1m';

/** A property whose value is computed on read and, when `set` is given, acts on assignment (setMember assigns `.value`). */
function accessor(o: PSObject, name: string, typeName: string, get: () => unknown, set?: (value: unknown) => void): void {
  o.addNote(name, null, 'Property', typeName);
  const p = o.getProperty(name) as PSProperty;
  Object.defineProperty(p, 'value', { get, set: set ?? (() => undefined), enumerable: true, configurable: true });
  if (!set) p.readOnly = true;
}

function readOnly(o: PSObject, name: string, value: unknown, typeName?: string): void {
  o.addNote(name, value, 'Property', typeName);
  (o.getProperty(name) as PSProperty).readOnly = true;
}

/** Size and Coordinates: value types that print as "X,Y". */
function pair(typeName: string, first: string, second: string, a: number, b: number): PSObject {
  const o = new PSObject([typeName, 'System.ValueType', 'System.Object']);
  o.addNote(first, a, 'Property', 'System.Int32');
  o.addNote(second, b, 'Property', 'System.Int32');
  o.sealed = true;
  o.toStringOverride = (self) => `${String(self.get(first))},${String(self.get(second))}`;
  return o;
}

/** Setting a window size fails on Unix (.NET's Console throws PlatformNotSupportedException). */
function notSupported(name: string): () => never {
  return () => {
    throw new RuntimeError(
      makeErrorRecord(`Exception setting "${name}": "Operation is not supported on this platform."`, {
        type: 'System.Management.Automation.SetValueInvocationException',
        id: 'ExceptionWhenSetting',
        category: 'NotSpecified',
      }),
    );
  };
}

function consoleColor(value: number): EnumValue {
  return new EnumValue(ConsoleColorEnum, value);
}

function createRawUI(host: () => HostApi): PSObject {
  const raw = new PSObject([RAW_UI_TYPE, 'System.Management.Automation.Host.PSHostRawUserInterface', 'System.Object']);
  // -1: the terminal's own colours, which .NET cannot read on Unix; a colour set here is written to the terminal.
  let foreground = -1;
  let background = -1;
  let title = '';
  const size = (): PSObject => pair(SIZE_TYPE, 'Width', 'Height', host().width, host().height ?? 30);
  const colorSetter = (apply: (n: number) => void, isBackground: boolean) => (value: unknown) => {
    const n = value instanceof EnumValue ? value.value : -1;
    apply(n);
    if (host().outputColor === true) host().writeOut(consoleColorSgr(n, isBackground) || (isBackground ? '\x1b[49m' : '\x1b[39m'));
  };
  accessor(raw, 'ForegroundColor', CONSOLE_COLOR, () => consoleColor(foreground), colorSetter((n) => (foreground = n), false));
  accessor(raw, 'BackgroundColor', CONSOLE_COLOR, () => consoleColor(background), colorSetter((n) => (background = n), true));
  accessor(raw, 'CursorPosition', COORDINATES_TYPE, () => pair(COORDINATES_TYPE, 'X', 'Y', 0, 0), notSupported('CursorPosition'));
  accessor(raw, 'WindowPosition', COORDINATES_TYPE, () => pair(COORDINATES_TYPE, 'X', 'Y', 0, 0), notSupported('WindowPosition'));
  accessor(raw, 'CursorSize', 'System.Int32', () => 25, notSupported('CursorSize'));
  accessor(raw, 'BufferSize', SIZE_TYPE, size, notSupported('BufferSize'));
  accessor(raw, 'WindowSize', SIZE_TYPE, size, notSupported('WindowSize'));
  accessor(raw, 'MaxWindowSize', SIZE_TYPE, size);
  accessor(raw, 'MaxPhysicalWindowSize', SIZE_TYPE, size);
  accessor(raw, 'KeyAvailable', 'System.Boolean', () => false);
  accessor(
    raw,
    'WindowTitle',
    'System.String',
    () => title,
    (value) => {
      title = value === null || value === undefined ? '' : String(value);
      // OSC 0 sets the terminal's title; redirected output never carries it.
      if (host().terminal === true) host().writeOut(`\x1b]0;${title}\x07`);
    },
  );
  raw.sealed = true;
  return raw;
}

function createUI(host: () => HostApi): PSObject {
  const ui = new PSObject([UI_TYPE, 'System.Management.Automation.Host.PSHostUserInterface', 'System.Object']);
  readOnly(ui, 'RawUI', createRawUI(host), RAW_UI_TYPE);
  accessor(ui, 'SupportsVirtualTerminal', 'System.Boolean', () => host().terminal === true);
  ui.sealed = true;
  return ui;
}

/** The host behind a $Host object: each object keeps the engine's host getter. */
const hostOf = new WeakMap<PSObject, () => HostApi>();

export function createHostObject(engineHost: () => HostApi, psVersion: Version): PSObject {
  const h = new PSObject([HOST_TYPE, 'System.Management.Automation.Host.PSHost', 'System.Object']);
  readOnly(h, 'Name', 'ConsoleHost', 'System.String');
  readOnly(h, 'Version', psVersion, 'System.Version');
  // A Guid needs node:crypto: made on first read, so start-up never loads it.
  let instanceId: Guid | undefined;
  accessor(h, 'InstanceId', 'System.Guid', () => (instanceId ??= Guid.newGuid()));
  const ui = createUI(engineHost);
  hostOf.set(ui, engineHost);
  readOnly(h, 'UI', ui, UI_TYPE);
  readOnly(h, 'CurrentCulture', cultureInfo('en-US'), 'System.Globalization.CultureInfo');
  readOnly(h, 'CurrentUICulture', cultureInfo('en-US'), 'System.Globalization.CultureInfo');
  readOnly(h, 'PrivateData', consoleColorProxy(), 'System.Management.Automation.PSObject');
  readOnly(h, 'DebuggerEnabled', true, 'System.Boolean');
  readOnly(h, 'IsRunspacePushed', false, 'System.Boolean');
  h.sealed = true;
  // InternalHost.ToString() is the type name; the UI's too.
  h.toStringOverride = () => HOST_TYPE;
  ui.toStringOverride = () => UI_TYPE;
  (ui.get('RawUI') as PSObject).toStringOverride = () => RAW_UI_TYPE;
  return h;
}

/** ConsoleHost's PrivateData: the colours of the error, warning, debug, verbose and progress views. */
function consoleColorProxy(): PSObject {
  const o = new PSObject(['Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy', 'System.Object']);
  const colors: Array<[string, number]> = [
    ['ErrorForegroundColor', 12], ['ErrorBackgroundColor', 0], ['WarningForegroundColor', 14], ['WarningBackgroundColor', 0],
    ['DebugForegroundColor', 14], ['DebugBackgroundColor', 0], ['VerboseForegroundColor', 14], ['VerboseBackgroundColor', 0],
    ['ProgressForegroundColor', 0], ['ProgressBackgroundColor', 14],
  ];
  for (const [name, value] of colors) o.addNote(name, consoleColor(value), 'Property', CONSOLE_COLOR);
  o.sealed = true;
  o.toStringOverride = () => 'Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy';
  return o;
}

// ------------------------------------------------------------------------------------------------
// UI methods

function uiHost(ui: PSObject): HostApi {
  const get = hostOf.get(ui);
  if (!get) throw new DotNetException('The host is not available.', 'System.InvalidOperationException');
  return get();
}

const text = (call: Call, i: number): string => {
  const v = call.args[i];
  return v === null || v === undefined ? '' : strArg(call, i, 'value');
};

const colorArg = (call: Call, i: number, name: string): number => argAs<EnumValue>(call, i, CONSOLE_COLOR, name).value;

/** Write / WriteLine: (value) or (foregroundColor, backgroundColor, value); colours reach a terminal only. */
function write(ui: PSObject, call: Call, newline: boolean): undefined {
  const host = uiHost(ui);
  if (call.args.length === 2) throw overloadError(call.method, 2);
  let value = call.args.length === 0 ? '' : text(call, call.args.length === 3 ? 2 : 0);
  if (call.args.length === 3 && host.outputColor === true) value = colorize(value, colorArg(call, 0, 'foregroundColor'), colorArg(call, 1, 'backgroundColor'));
  host.writeOut(newline ? value + '\n' : value);
  return undefined;
}

/** HandleThrowOnReadAndPrompt: reading needs an interactive host. */
function requireInteractive(host: HostApi): void {
  if (!host.interactive) throw new DotNetException('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', 'System.Management.Automation.PSInvalidOperationException');
}

function choicesArg(call: Call): ChoiceDescription[] | null {
  const v = call.args[2];
  if (v === null || v === undefined) return null;
  const list = argAs<unknown>(call, 2, `${CHOICE_DESCRIPTION_TYPE}[]`, 'choices');
  return (Array.isArray(list) ? list : [list]) as ChoiceDescription[];
}

const UI_METHODS = methodTable<PSObject>([
  ['Write', 1, 3, (ui, call) => write(ui, call, false)],
  ['WriteLine', 0, 3, (ui, call) => write(ui, call, true)],
  [
    'WriteErrorLine',
    1,
    1,
    (ui, call) => {
      const host = uiHost(ui);
      const value = text(call, 0);
      host.writeErr((host.color === true ? `${ERROR_COLOR}${value}\x1b[0m` : value) + '\n');
      return undefined;
    },
  ],
  ['WriteWarningLine', 1, 1, (ui, call) => writeStreamLine(ui, formatWarning, text(call, 0))],
  ['WriteVerboseLine', 1, 1, (ui, call) => writeStreamLine(ui, formatVerbose, text(call, 0))],
  ['WriteDebugLine', 1, 1, (ui, call) => writeStreamLine(ui, formatDebug, text(call, 0))],
  [
    'ReadLine',
    0,
    0,
    (ui) => {
      const host = uiHost(ui);
      requireInteractive(host);
      return host.readLine('');
    },
  ],
  [
    'ReadLineAsSecureString',
    0,
    0,
    (ui) => {
      const host = uiHost(ui);
      requireInteractive(host);
      return host.readLine('', true).then((line) => new SecureString(line));
    },
  ],
  [
    'PromptForChoice',
    4,
    4,
    (ui, call) => {
      const host = uiHost(ui);
      requireInteractive(host);
      const caption = text(call, 0);
      const message = text(call, 1);
      const choices = choicesArg(call);
      const defaultChoice = intArg(call, 3, 'defaultChoice');
      checkChoiceArguments(choices, defaultChoice);
      return promptForChoice(host, caption, message, choices as ChoiceDescription[], defaultChoice);
    },
  ],
]);

/** The "WARNING: " / "VERBOSE: " / "DEBUG: " lines, coloured on a terminal as the streams are. */
function writeStreamLine(ui: PSObject, format: (text: string, options: { color?: boolean }) => string, value: string): undefined {
  const host = uiHost(ui);
  host.writeErr(format(value, { color: host.color === true }) + '\n');
  return undefined;
}

registerObjectMethods(UI_TYPE, UI_METHODS, {
  Write: 'void Write(string value), void Write(System.ConsoleColor foregroundColor, System.ConsoleColor backgroundColor, string value)',
  WriteLine: 'void WriteLine(), void WriteLine(string value), void WriteLine(System.ConsoleColor foregroundColor, System.ConsoleColor backgroundColor, string value)',
  WriteErrorLine: 'void WriteErrorLine(string value)',
  WriteWarningLine: 'void WriteWarningLine(string message)',
  WriteVerboseLine: 'void WriteVerboseLine(string message)',
  WriteDebugLine: 'void WriteDebugLine(string message)',
  ReadLine: 'string ReadLine()',
  ReadLineAsSecureString: 'securestring ReadLineAsSecureString()',
  PromptForChoice:
    'int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection[System.Management.Automation.Host.ChoiceDescription] choices, int defaultChoice)',
});

const RAW_UI_METHODS = methodTable<PSObject>([
  // Every character takes one cell here (no East Asian wide characters are measured).
  ['LengthInBufferCells', 1, 2, (_, call) => text(call, 0).length - (call.args.length === 2 ? intArg(call, 1, 'offset') : 0)],
  ['FlushInputBuffer', 0, 0, () => undefined],
]);

registerObjectMethods(RAW_UI_TYPE, RAW_UI_METHODS, {
  LengthInBufferCells: 'int LengthInBufferCells(string str), int LengthInBufferCells(string str, int offset), int LengthInBufferCells(char character)',
  FlushInputBuffer: 'void FlushInputBuffer()',
});
