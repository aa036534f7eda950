// Synchronous answers about the generated cmdlets for discovery (Get-Command, Get-Help, Get-AWSCmdletName,
// Get-AWSService): which cmdlets exist, their specs and their help text, all read from the generator's JSON
// files. Nothing here loads an SDK package or defines a cmdlet in the engine.
//
// Before the generator has written its files (a fresh checkout in the middle of a change) every answer is
// `undefined`, so discovery lists the hand-written cmdlets only instead of failing.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ServiceName } from '../clients/services.js';
import type { GeneratedCmdletHelp, GeneratedCmdletSpec, GeneratedIndex, GeneratedIndexEntry, GeneratedHelpFile, GeneratedServiceFile } from './catalog-types.js';
import { generatedDataDirectory, readGeneratedJson } from './data-files.js';

/** Reads one generated file by its path under cmdlets/generated; undefined when it does not exist. */
export type GeneratedFileReader = <T>(relativePath: string) => T | undefined;

function readIfPresent<T>(relativePath: string): T | undefined {
  let dir: string;
  try {
    dir = generatedDataDirectory();
  } catch {
    // No index.json anywhere above this module: the generator has not run yet.
    return undefined;
  }
  if (!fs.existsSync(path.join(dir, relativePath))) return undefined;
  return readGeneratedJson<T>(relativePath);
}

let reader: GeneratedFileReader = readIfPresent;
let byName: Map<string, GeneratedIndexEntry> | undefined;

/** Replaces where the files are read from (tests give hand-built files); no argument restores the default. */
export function setGeneratedFileReader(next?: GeneratedFileReader): void {
  reader = next ?? readIfPresent;
  byName = undefined;
}

export function generatedIndex(): GeneratedIndex | undefined {
  return reader<GeneratedIndex>('index.json');
}

/** The index entry of a generated cmdlet, by name (case-insensitive). */
export function indexEntry(name: string): GeneratedIndexEntry | undefined {
  if (byName === undefined) {
    const index = generatedIndex();
    if (index === undefined) return undefined;
    byName = new Map(index.cmdlets.map((c) => [c.name.toLowerCase(), c]));
  }
  return byName.get(name.toLowerCase());
}

export function serviceCmdlets(service: ServiceName): readonly GeneratedCmdletSpec[] | undefined {
  return reader<GeneratedServiceFile>(`${service}.json`)?.cmdlets;
}

/** A generated cmdlet's spec, by name (case-insensitive); reads only that service's file. */
export function cmdletSpec(name: string): GeneratedCmdletSpec | undefined {
  const entry = indexEntry(name);
  if (entry === undefined) return undefined;
  return serviceCmdlets(entry.service)?.find((c) => c.name === entry.name);
}

/** A generated cmdlet's help text, by name (case-insensitive). */
export function cmdletHelp(name: string): GeneratedCmdletHelp | undefined {
  const entry = indexEntry(name);
  if (entry === undefined) return undefined;
  return reader<GeneratedHelpFile>(`help/${entry.service}.json`)?.cmdlets[entry.name];
}
