// File path completion: entries of the folder the typed text names, relative to the current location.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { matcherFor, quoteIfNeeded } from './matching.js';

function unquote(word: string): string {
  if (word.startsWith("'")) return word.slice(1).replace(/'$/, '').replace(/''/g, "'");
  if (word.startsWith('"')) return word.slice(1).replace(/"$/, '');
  return word;
}

export function completePath(word: string, cwd: string, home: string): string[] {
  const typed = unquote(word);
  const slash = typed.lastIndexOf('/');
  const dirPart = slash >= 0 ? typed.slice(0, slash + 1) : '';
  const namePart = slash >= 0 ? typed.slice(slash + 1) : typed;
  const expanded = dirPart.startsWith('~/') || dirPart === '~/' ? path.join(home, dirPart.slice(2)) : dirPart;
  const folder = path.resolve(cwd, expanded === '' ? '.' : expanded);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const matches = matcherFor(namePart);
  const showHidden = namePart.startsWith('.');
  // pwsh writes a relative path from the current folder as ./name.
  const prefix = dirPart === '' ? './' : dirPart;
  return entries
    .filter((e) => matches(e.name) && (showHidden || !e.name.startsWith('.')))
    .map((e) => {
      const isDir = e.isDirectory() || (e.isSymbolicLink() && isDirectory(path.join(folder, e.name)));
      return { name: e.name, isDir };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
    .map((e) => quoteIfNeeded(`${prefix}${e.name}${e.isDir ? '/' : ''}`));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
