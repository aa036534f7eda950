// Tab completion: what the word under the cursor can become. Everything comes from small metadata
// (registered commands, the generated cmdlet index, variables, the file system); no SDK is loaded.

import type { CompletionEnvironment, CompletionParameter, CompletionResult } from './types.js';
import { completionTarget, type CompletionTarget } from './line-context.js';
import { matcherFor, quoteIfNeeded, sortedUnique } from './matching.js';
import { memberNames, memberPathValue } from './members.js';
import { completePath } from './paths.js';

export function complete(line: string, cursor: number, env: CompletionEnvironment): CompletionResult {
  const target = completionTarget(line.slice(0, cursor));
  return { start: target.start, end: cursor, matches: matchesFor(target, env) };
}

function isPathLike(word: string): boolean {
  return /^[.~/'"]/.test(word) || word.includes('/');
}

function matchesFor(t: CompletionTarget, env: CompletionEnvironment): string[] {
  switch (t.kind) {
    case 'command': {
      if (isPathLike(t.word)) return completePath(t.word, env.cwd, env.home);
      const matches = matcherFor(t.word);
      return sortedUnique([...env.commandNames()].filter(matches));
    }
    case 'parameter': {
      const cmd = env.command(t.command);
      if (!cmd) return [];
      const matches = matcherFor(t.word);
      const names = visible(cmd.parameters).map((p) => p.name).filter(matches);
      return [...new Set(names)].map((n) => `-${n}`);
    }
    case 'value': {
      const values = parameterValues(t.command, t.parameter, env);
      if (values === undefined) return completePath(t.word, env.cwd, env.home);
      const bare = t.word.replace(/^['"]/, '').replace(/['"]$/, '');
      const matches = matcherFor(bare);
      return values.filter(matches).map(quoteIfNeeded);
    }
    case 'argument':
      return completePath(t.word, env.cwd, env.home);
    case 'variable': {
      const matches = matcherFor(t.word);
      return sortedUnique([...env.variableNames()].filter(matches)).map((n) => `$${n}`);
    }
    case 'member': {
      const [name, ...path] = t.base.slice(1).split('.');
      const root = env.variableValue(name);
      if (root === undefined) return [];
      const matches = matcherFor(t.word);
      return sortedUnique(memberNames(memberPathValue(root, path)).filter(matches));
    }
  }
}

function visible(params: readonly CompletionParameter[]): CompletionParameter[] {
  return params.filter((p) => !p.hidden && !p.name.startsWith('__'));
}

/** A parameter's known values, or undefined when it has none (then paths are offered, as pwsh does). */
function parameterValues(command: string, parameter: string, env: CompletionEnvironment): readonly string[] | undefined {
  const cmd = env.command(command);
  const lower = parameter.toLowerCase();
  let param: CompletionParameter | undefined;
  if (cmd) {
    const params = visible(cmd.parameters);
    param = params.find((p) => p.name.toLowerCase() === lower || p.aliases?.some((a) => a.toLowerCase() === lower));
    // A unique prefix names a parameter too (-Buc for -BucketName).
    if (!param) {
      const byPrefix = params.filter((p) => p.name.toLowerCase().startsWith(lower));
      if (byPrefix.length === 1) param = byPrefix[0];
    }
  }
  if (param?.type === 'switch') return [];
  if (param?.values && param.values.length > 0) return param.values;
  return env.wellKnownValues(param?.name ?? parameter);
}
