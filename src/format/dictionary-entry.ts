// System.Collections.DictionaryEntry: what enumerating a hashtable yields for the formatter (the Name/Value
// table pwsh shows for @{...}). Name is PowerShell's alias of Key.

import { PSObject } from '../objects/psobject.js';

export const DICTIONARY_ENTRY = 'System.Collections.DictionaryEntry';

export function dictionaryEntry(key: unknown, value: unknown): PSObject {
  const o = new PSObject([DICTIONARY_ENTRY, 'System.ValueType', 'System.Object']);
  o.addNote('Name', key, 'AliasProperty');
  o.addNote('Key', key, 'Property');
  o.addNote('Value', value, 'Property');
  o.sealed = true;
  return o;
}
