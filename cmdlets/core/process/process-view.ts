// pwsh's default table for System.Diagnostics.Process (DefaultFormatters: ViewsOf_System_Diagnostics_Process).

import { registerView } from '../../../src/format/views.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { PROCESS_TYPE } from './process-object.js';

/** A property's number; an exited process has none (pwsh's table shows the cell empty). */
function numberOf(obj: unknown, name: string): number | null {
  if (!(obj instanceof PSObject)) return null;
  try {
    const v = obj.get(name);
    return typeof v === 'number' ? v : null;
  } catch (e) {
    if (e instanceof RuntimeError) return null;
    throw e;
  }
}

function megabytes(obj: unknown, name: string): unknown {
  const v = numberOf(obj, name);
  return v === null ? null : v / (1024 * 1024);
}

registerView(PROCESS_TYPE, {
  kind: 'table',
  name: 'process',
  columns: [
    { label: 'NPM(K)', width: 7, alignment: 'right', value: (o) => {
        const npm = numberOf(o, 'NPM');
        return npm === null ? null : Math.round(npm / 1024);
      },
    },
    { label: 'PM(M)', width: 8, alignment: 'right', value: (o) => megabytes(o, 'PM'), formatString: 'N2' },
    { label: 'WS(M)', width: 10, alignment: 'right', value: (o) => megabytes(o, 'WS'), formatString: 'N2' },
    { label: 'CPU(s)', width: 10, alignment: 'right', value: (o) => numberOf(o, 'CPU'), formatString: 'N2' },
    { label: 'Id', width: 7, alignment: 'right', value: 'Id' },
    { label: 'SI', width: 3, alignment: 'right', value: (o) => numberOf(o, 'SI') },
    { label: 'ProcessName', alignment: 'left', value: 'ProcessName' },
  ],
});
