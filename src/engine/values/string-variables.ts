// Which variable references sit inside an expandable string ("$x", "$($x + 1)", even in a script block there):
// Set-StrictMode -Version 1 lets those read an unset variable as $null, as pwsh does by walking the reference's
// parents for an ExpandableStringExpressionAst. The tree has no parent links, so a string marks its variables
// the first time it is evaluated, and only once strict mode has been used at all.

import type * as A from '../../../grammar/ast.js';
import { strictModeInUse } from '../strict-mode.js';

const marked = new WeakSet<A.ExpandableStringExpr>();
const inString = new WeakSet<A.VariableExpr>();

export function markStringVariables(e: A.ExpandableStringExpr): void {
  if (!strictModeInUse() || marked.has(e)) return;
  marked.add(e);
  for (const part of e.parts) if (typeof part !== 'string') collect(part, new Set());
}

export function isInExpandableString(v: A.VariableExpr): boolean {
  return inString.has(v);
}

/** Marks every variable reference below a node (AST nodes are plain objects and arrays; extents are skipped). */
function collect(node: unknown, seen: Set<unknown>): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const child of node) collect(child, seen);
    return;
  }
  if (Object.getPrototypeOf(node) !== Object.prototype) return;
  const record = node as Record<string, unknown>;
  if (record.kind === 'Variable') inString.add(node as A.VariableExpr);
  for (const key of Object.keys(record)) if (key !== 'ext') collect(record[key], seen);
}
