// The cmdlet generator: reads the installed SDK clients and the reference facts, writes cmdlets/generated/
// (index.json, <service>.json). Deterministic: the same inputs give byte-identical files.
//   --out <dir>   write there instead of cmdlets/generated
//   --report      list the facts the SDK cannot honour

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ServiceName } from '../../src/aws/clients/services.js';
import type { GeneratedCmdletSpec, GeneratedIndex, GeneratedIndexEntry, GeneratedServiceFile, GeneratedServiceSummary } from '../../src/aws/generated/catalog-types.js';
import { serviceCmdlets, type GlobalRules, type ServiceCmdlets } from './cmdlets.js';
import { loadContext, referenceDirectory, type GeneratedCmdlets, type GeneratorContext } from './context.js';
import { generateShapeFiles } from './shapes.js';
import { generateHelpFiles } from './help.js';

interface RulesFile {
  readonly global: {
    readonly operationNameMappings: GlobalRules['operationNameMappings'];
    readonly verbMappings: GlobalRules['verbMappings'];
    readonly metadataProperties: readonly string[];
  };
}

function globalRules(root: string): GlobalRules {
  const file = JSON.parse(fs.readFileSync(path.join(referenceDirectory(root), 'generator-rules.json'), 'utf8')) as RulesFile;
  return file.global;
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
}

/** Every output file, relative path → JSON value. */
export function generate(ctx: GeneratorContext): { files: Map<string, unknown>; problems: string[]; cmdlets: GeneratedCmdlets } {
  const rules = globalRules(ctx.root);
  const files = new Map<string, unknown>();
  const problems: string[] = [];
  const services = {} as Record<ServiceName, GeneratedServiceSummary>;
  const entries: GeneratedIndexEntry[] = [];
  const aliases: Record<string, string> = {};
  const optionalAliases: Record<string, string> = {};
  const byService = new Map<ServiceName, readonly GeneratedCmdletSpec[]>();
  const sdkOperation = new Map<string, string>();
  for (const source of ctx.services) {
    const result: ServiceCmdlets = serviceCmdlets(source, rules);
    problems.push(...result.problems.map((p) => `${source.service}: ${p}`));
    const file: GeneratedServiceFile = { service: source.service, module: source.reference.module, cmdlets: result.specs };
    files.set(`${source.service}.json`, file);
    services[source.service] = {
      module: source.reference.module,
      nounPrefix: source.reference.nounPrefix,
      serviceName: source.reference.serviceConfig.ServiceName ?? source.reference.module,
      dotNetNamespace: source.dotNetNamespace,
      sdkPackage: source.sdkPackage,
      sdkVersion: source.sdkVersion,
      cmdletCount: result.specs.length,
      excludedOperations: result.excludedOperations,
    };
    for (const s of result.specs) entries.push({ name: s.name, service: source.service, operation: result.operation.get(s.name) ?? s.operation });
    Object.assign(aliases, result.aliases);
    Object.assign(optionalAliases, result.optionalAliases);
    byService.set(source.service, result.specs);
    for (const [k, v] of result.sdkOperation) sdkOperation.set(k, v);
  }
  entries.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
  const index: GeneratedIndex = { services, cmdlets: entries, aliases: sortedRecord(aliases), optionalAliases: sortedRecord(optionalAliases) };
  files.set('index.json', index);
  for (const [relative, value] of Object.entries(generateShapeFiles(ctx))) files.set(relative, value);
  const cmdlets: GeneratedCmdlets = { byService, sdkOperation };
  for (const [relative, value] of Object.entries(generateHelpFiles(ctx, cmdlets))) files.set(relative, value);
  return { files, problems, cmdlets };
}

/** Writes each file (one JSON document per line-free string, newline-terminated), removing stale .json files. */
function writeFiles(outDir: string, files: ReadonlyMap<string, unknown>): void {
  for (const [relative, value] of files) {
    const target = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${JSON.stringify(value)}\n`);
  }
}

export async function main(root: string, args: string[]): Promise<number> {
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1] ?? '') : path.join(root, 'cmdlets', 'generated');
  const ctx = loadContext(root);
  const { files, problems } = generate(ctx);
  writeFiles(outDir, files);
  const index = files.get('index.json') as GeneratedIndex;
  const counts = Object.entries(index.services).map(([s, v]) => `${s} ${v.cmdletCount}`);
  process.stdout.write(`generated ${index.cmdlets.length} cmdlets (${counts.join(', ')}) into ${path.relative(root, outDir) || '.'}\n`);
  if (args.includes('--report')) for (const p of problems) process.stdout.write(`  ${p}\n`);
  else if (problems.length > 0) process.stdout.write(`${problems.length} facts the SDK cannot honour (see --report)\n`);
  return 0;
}
