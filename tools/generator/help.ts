// The help step: cmdlets/generated/help/<svc>.json, the text Get-Help shows for each generated cmdlet. The
// synopsis names the service operation as AWS Tools does; the description and the parameter texts come from the
// documentation comments of the SDK package's type declarations, turned into plain text paragraphs.

import { NormalizedSchema } from '@smithy/core/schema';
import type { GeneratedCmdletHelp, GeneratedCmdletSpec, GeneratedHelpFile } from '../../src/aws/generated/catalog-types.js';
import type { GeneratedCmdlets, GeneratorContext, ServiceSource } from './context.js';
import { memberDoc, readCommandDoc, readModelDocs, type ModelDocs } from './help/doc-comments.js';
import { htmlToText } from './help/html-text.js';
import { FORCE_HELP, noAutoIterationHelp, outputsText, pagingStartNote, passThruHelp, selectHelp } from './help/fixed-texts.js';

/** 'help/<svc>.json' → the service's help file. */
export function generateHelpFiles(ctx: GeneratorContext, cmdlets: GeneratedCmdlets): Record<string, GeneratedHelpFile> {
  const files: Record<string, GeneratedHelpFile> = {};
  for (const source of ctx.services) {
    const specs = cmdlets.byService.get(source.service);
    if (specs === undefined) continue;
    const models = readModelDocs(source.packageDir);
    const serviceName = source.reference.serviceConfig.ServiceName ?? source.service;
    const help: Record<string, GeneratedCmdletHelp> = {};
    for (const spec of [...specs].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
      help[spec.name] = cmdletHelp(spec, source, models, serviceName);
    }
    files[`help/${source.service}.json`] = { service: source.service, cmdlets: help };
  }
  return files;
}

function cmdletHelp(spec: GeneratedCmdletSpec, source: ServiceSource, models: ModelDocs, serviceName: string): GeneratedCmdletHelp {
  const command = readCommandDoc(source.packageDir, spec.sdkCommand);
  const request = command.inputInterface ?? `${spec.sdkCommand.replace(/Command$/, '')}Request`;
  const parameters: Record<string, string> = {};
  for (const p of spec.parameters) {
    const html = p.requestMember === undefined ? undefined : memberDoc(models, request, p.requestMember);
    let text = html === undefined ? '' : htmlToText(html);
    if (spec.paging !== undefined && p.name === spec.paging.startParameter) text = [text, pagingStartNote(spec.paging)].filter(Boolean).join('\n\n');
    if (p.deprecated !== undefined) text = [text, p.deprecated].filter(Boolean).join('\n\n');
    parameters[p.name] = text;
  }
  // Parameters the generator adds to every cmdlet, unless the spec lists them itself.
  const addFixed = (name: string, text: string): void => {
    if (!(name in parameters)) parameters[name] = text;
  };
  addFixed('Select', selectHelp(spec));
  if (spec.passThruParameter !== undefined) addFixed('PassThru', passThruHelp(spec.passThruParameter));
  // -Force comes with confirmation unless the spec says otherwise (as defineServiceCmdlet adds it).
  if (spec.confirmImpact !== undefined && spec.hasForce !== false) addFixed('Force', FORCE_HELP);
  if (spec.paging !== undefined) addFixed('NoAutoIteration', noAutoIterationHelp(spec.paging));
  return {
    synopsis: `Calls the ${serviceName} ${spec.operation} API operation.`,
    description: htmlToText(command.doc),
    parameters,
    outputs: outputsText(spec, selectsCollection(spec, source)),
  };
}

/** Whether the default -Select member of the response is a list (read from the SDK's output schema). */
function selectsCollection(spec: GeneratedCmdletSpec, source: ServiceSource): boolean {
  if (spec.select === null || spec.select === '*') return false;
  const Command = source.sdk[spec.sdkCommand];
  if (typeof Command !== 'function') return false;
  const schema = (new (Command as new (input: object) => { schema?: unknown })({}).schema ?? []) as unknown[];
  if (!Array.isArray(schema) || schema.length < 6) return false;
  let node: NormalizedSchema | undefined = NormalizedSchema.of(schema[5] as Parameters<typeof NormalizedSchema.of>[0]);
  for (const part of spec.select.split('.')) {
    if (node === undefined) return false;
    if (node.isListSchema()) node = node.getValueSchema();
    if (!node.isStructSchema()) return false;
    let next: NormalizedSchema | undefined;
    for (const [name, member] of node.structIterator()) if (name.toLowerCase() === part.toLowerCase()) next = member;
    node = next;
  }
  return node?.isListSchema() ?? false;
}
