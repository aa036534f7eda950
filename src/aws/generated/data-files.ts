// Reads the generator's committed output (cmdlets/generated/*.json) synchronously, so that resolving a command
// name, a cast to an SDK model type or a help request never has to wait. The files sit at the repository root;
// the source modules and the bundled scripts in dist/ both find them by walking up from their own location.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = path.join('cmdlets', 'generated', 'index.json');

let dataDirectory: string | undefined;

/** The cmdlets/generated directory; a missing one is an installation error, said plainly. */
export function generatedDataDirectory(): string {
  if (dataDirectory !== undefined) return dataDirectory;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, MARKER))) {
      dataDirectory = path.join(dir, 'cmdlets', 'generated');
      return dataDirectory;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`awsps is not installed completely: ${MARKER} was not found above ${fileURLToPath(import.meta.url)}. Reinstall awsps.`);
    dir = parent;
  }
}

const cache = new Map<string, unknown>();

/** A generated JSON file by its path under cmdlets/generated ('index.json', 'ec2.json', 'help/ec2.json'), parsed once. */
export function readGeneratedJson<T>(relativePath: string): T {
  let value = cache.get(relativePath);
  if (value === undefined) {
    value = JSON.parse(fs.readFileSync(path.join(generatedDataDirectory(), relativePath), 'utf8')) as unknown;
    cache.set(relativePath, value);
  }
  return value as T;
}
