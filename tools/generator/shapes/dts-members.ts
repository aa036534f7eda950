// The TypeScript declarations of an SDK package's model interfaces: for each interface, each member's declared
// type text. The operation schemas erase enums to plain strings; the declarations still name them
// (`Unit?: StandardUnit | undefined`), which is how the .NET ConstantClass of a member is found.

import * as fs from 'node:fs';
import * as path from 'node:path';

export type DeclaredMembers = ReadonlyMap<string, ReadonlyMap<string, string>>;

const INTERFACE = /^export interface (\w+)(?: extends [^{]+)? \{$/;
const MEMBER = /^ {4}(\w+)\??: (.+);$/;

/** Interface name → member name → type text without '| undefined' ('StandardUnit', 'Statistic[]', 'Record<string, string>'). */
export function readDeclaredMembers(packageDir: string): DeclaredMembers {
  const dir = path.join(packageDir, 'dist-types', 'models');
  const out = new Map<string, Map<string, string>>();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.d.ts')).sort() : [];
  for (const file of files) {
    let current: Map<string, string> | undefined;
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const start = INTERFACE.exec(line);
      if (start) {
        current = new Map();
        out.set(start[1]!, current);
        continue;
      }
      if (line === '}') {
        current = undefined;
        continue;
      }
      const member = current ? MEMBER.exec(line) : null;
      if (member && current) current.set(member[1]!, member[2]!.replace(/ \| undefined$/, ''));
    }
  }
  return out;
}

/** The named type a declaration holds, through lists and maps: 'Statistic[]' → 'Statistic', 'Record<string, X>' → 'X'. */
export function innermostTypeName(typeText: string, depth: number): string {
  let t = typeText.trim();
  for (let i = 0; i < depth; i++) {
    const map = /^(?:Partial<)?Record<[^,]+, (.+?)>>?$/.exec(t);
    if (map) t = map[1]!.trim();
    else if (t.endsWith('[]')) t = t.slice(0, -2).replace(/^\((.*)\)$/, '$1').trim();
  }
  return t;
}
