// Reads the documentation comments of an SDK package's type declarations (dist-types/): the operation's comment
// on its command class and each request member's comment on the model interfaces. The .d.ts files are generated
// by the SDK's code generator in a fixed layout, so a line-oriented reader is enough (no TypeScript parser).

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ModelMember {
  /** The comment's text before its first block tag (@public, @deprecated, @example...): HTML. */
  readonly doc: string;
  /** The member's declared type: 'string | undefined', 'Filter[] | undefined', 'Record<string, string> | undefined'. */
  readonly type: string;
}

/** Interface name → member name → member. */
export type ModelDocs = ReadonlyMap<string, ReadonlyMap<string, ModelMember>>;

/** The text of a /** ... *\/ comment's lines (without the leading ' * '), up to the first block tag. */
function commentBody(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^\s*\/\*\*\s?/, '').replace(/\s*\*\/\s*$/, '').replace(/^\s*\*\s?/, '');
    if (/^@\w/.test(line.trim())) break;
    out.push(line);
  }
  return out.join('\n').trim();
}

/** Every top-level `export interface` of a models_N.d.ts file with its documented members. */
export function parseModelDeclarations(text: string, into: Map<string, Map<string, ModelMember>>): void {
  const lines = text.split('\n');
  let members: Map<string, ModelMember> | undefined;
  let comment: string[] | undefined;
  let pending: string | undefined;
  for (const line of lines) {
    const start = /^export interface (\w+)\b.*\{\s*$/.exec(line);
    if (start) {
      members = new Map();
      into.set(start[1], members);
      pending = undefined;
      continue;
    }
    if (members === undefined) continue;
    if (line === '}') {
      members = undefined;
      continue;
    }
    // Members sit at four spaces; deeper lines belong to a nested type literal.
    if (comment !== undefined) {
      comment.push(line);
      if (/\*\/\s*$/.test(line)) {
        pending = commentBody(comment);
        comment = undefined;
      }
      continue;
    }
    if (/^ {4}\/\*\*/.test(line)) {
      comment = [line];
      if (/\*\/\s*$/.test(line)) {
        pending = commentBody(comment);
        comment = undefined;
      }
      continue;
    }
    const member = /^ {4}(?:readonly )?["']?([A-Za-z_$][\w$]*)["']?\??: (.+?);?\s*$/.exec(line);
    if (member) {
      members.set(member[1], { doc: pending ?? '', type: member[2] });
      pending = undefined;
    }
  }
}

/** The model interfaces of a package: every dist-types/models/models_*.d.ts. */
export function readModelDocs(packageDir: string): ModelDocs {
  const dir = path.join(packageDir, 'dist-types', 'models');
  const docs = new Map<string, Map<string, ModelMember>>();
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^models_\d+\.d\.ts$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  for (const f of files) parseModelDeclarations(fs.readFileSync(path.join(dir, f), 'utf8'), docs);
  return docs;
}

export interface CommandDoc {
  /** The operation's documentation (HTML). */
  readonly doc: string;
  /** The request interface the command's input extends: 'DescribeInstancesRequest'. */
  readonly inputInterface: string | undefined;
}

/** The command class's comment and its input interface, from dist-types/commands/<Command>.d.ts. */
export function parseCommandDeclaration(text: string, commandClass: string): CommandDoc {
  const input = new RegExp(`export interface ${commandClass}Input extends (\\w+)`).exec(text);
  const classAt = text.indexOf(`export declare class ${commandClass} `);
  let doc = '';
  if (classAt >= 0) {
    // The class's own comment is the last one before the class (the input/output interfaces have their own).
    const before = text.slice(0, classAt);
    const open = before.lastIndexOf('/**');
    const close = before.lastIndexOf('*/');
    if (open >= 0 && close > open) doc = commentBody(before.slice(open, close + 2).split('\n'));
  }
  return { doc, inputInterface: input?.[1] };
}

export function readCommandDoc(packageDir: string, commandClass: string): CommandDoc {
  const file = path.join(packageDir, 'dist-types', 'commands', `${commandClass}.d.ts`);
  if (!fs.existsSync(file)) return { doc: '', inputInterface: undefined };
  return parseCommandDeclaration(fs.readFileSync(file, 'utf8'), commandClass);
}

/** The interface a member's type refers to ('Filter[] | undefined' → 'Filter'), when it is one of the models. */
export function memberInterface(type: string, docs: ModelDocs): string | undefined {
  const names = type.match(/[A-Z][\w$]*/g) ?? [];
  return names.find((n) => n !== 'Record' && n !== 'Partial' && n !== 'Date' && n !== 'Uint8Array' && docs.has(n));
}

/** The documentation of a request member path ('LaunchSpecification.ImageId') starting at the request interface. */
export function memberDoc(docs: ModelDocs, requestInterface: string, memberPath: string): string | undefined {
  let iface: string | undefined = requestInterface;
  const parts = memberPath.split('.');
  for (let i = 0; i < parts.length; i++) {
    if (iface === undefined) return undefined;
    const member = docs.get(iface)?.get(parts[i]);
    if (member === undefined) return undefined;
    if (i === parts.length - 1) return member.doc;
    iface = memberInterface(member.type, docs);
  }
  return undefined;
}
