// Automatic variables whose value is computed when read ($PWD, $?, $PSScriptRoot, ...). The rest of
// the automatic variables are ordinary global variables set when the engine starts.

import * as path from 'node:path';
import { PSObject } from '../objects/psobject.js';
import type { ExecContext } from './context.js';
import type { Engine } from './engine.js';
import type { Scope } from './scope.js';

export function pathInfo(p: string): PSObject {
  const o = new PSObject(['System.Management.Automation.PathInfo', 'System.Object']);
  o.addNote('Drive', '/', 'Property');
  o.addNote('Provider', 'Microsoft.PowerShell.Core\\FileSystem', 'Property');
  o.addNote('ProviderPath', p, 'Property');
  o.addNote('Path', p, 'Property');
  o.toStringOverride = () => p;
  return o;
}

export function readSpecialVariable(engine: Engine, lowerName: string, cx: ExecContext): unknown {
  switch (lowerName) {
    case 'pwd':
      return pathInfo(engine.session.cwd);
    case '?':
      return engine.lastSuccess;
    case 'psscriptroot':
      return cx.source.file ? path.dirname(cx.source.file) : '';
    case 'pscommandpath':
      return cx.source.file ?? '';
    case 'input':
      return cx.input;
    case 'psitem':
      return cx.scope.lookup('_')?.value ?? null;
    case 'myinvocation':
      for (let sc: Scope | undefined = cx.scope; sc; sc = sc.parent) if (sc.myInvocation) return sc.myInvocation();
      return null;
    case 'pscmdlet':
      for (let sc: Scope | undefined = cx.scope; sc; sc = sc.parent) if (sc.psCmdlet) return sc.psCmdlet();
      // Outside an advanced function there is no such variable (an error under Set-StrictMode).
      return undefined;
    default:
      return undefined;
  }
}

/** Returns true when the name is a computed variable that was handled (or refused) here. */
export function writeSpecialVariable(engine: Engine, name: string, _value: unknown): boolean {
  const lower = name.toLowerCase();
  if (lower === '?' || lower === 'pwd' || lower === 'psscriptroot' || lower === 'pscommandpath') {
    void engine;
    return true;
  }
  return false;
}
