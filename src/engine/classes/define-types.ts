// Defining a script's enums and classes. pwsh defines them when it compiles the script, so they can be used
// anywhere in it: the engine calls defineTypes with every definition of a parsed script before running it
// (and again as each definition statement is reached, which then does nothing for those already defined).

import type * as A from '../../../grammar/ast.js';
import { ParseError, positionAt } from '../../../grammar/errors.js';
import { registerKnownType } from '../type-resolution.js';
import type { ExecContext } from '../context.js';
import type { Evaluator } from '../evaluator.js';
import { defineEnum } from './define-enum.js';
import { defineClass } from './define-class.js';

const defined = new WeakSet<A.TypeDefStmt>();

/** Orders classes so that each base defined in the same batch comes before the classes deriving from it. */
function baseFirst(source: string, classes: A.TypeDefStmt[]): A.TypeDefStmt[] {
  const byName = new Map(classes.map((d) => [d.name.toLowerCase(), d]));
  const out: A.TypeDefStmt[] = [];
  const state = new Map<A.TypeDefStmt, 'visiting' | 'done'>();
  const visit = (d: A.TypeDefStmt): void => {
    const s = state.get(d);
    if (s === 'done') return;
    if (s === 'visiting') {
      throw new ParseError(`The class '${d.name}' cannot derive from itself.`, positionAt(source, d.nameExt.start), 'CyclicInheritance', { length: d.name.length });
    }
    state.set(d, 'visiting');
    const base = d.baseTypes[0] ? byName.get(d.baseTypes[0].name.toLowerCase()) : undefined;
    if (base) visit(base);
    state.set(d, 'done');
    out.push(d);
  };
  classes.forEach(visit);
  return out;
}

export function defineTypes(ev: Evaluator, defs: A.TypeDefStmt[], cx: ExecContext): void {
  const fresh = defs.filter((d) => !defined.has(d));
  if (fresh.length === 0) return;
  for (const d of fresh) defined.add(d);
  // Enums first: class members may be typed with them. Class names are known before any member is resolved,
  // so classes may refer to each other.
  for (const d of fresh) if (d.isEnum) defineEnum(ev, d, cx);
  const classes = fresh.filter((d) => !d.isEnum);
  for (const d of classes) registerKnownType(d.name);
  for (const d of baseFirst(cx.source.text, classes)) defineClass(ev, d, cx);
}
