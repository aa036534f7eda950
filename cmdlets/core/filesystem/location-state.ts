// Location bookkeeping that SessionStateApi does not carry: the Set-Location history that `cd -` and
// `cd +` walk (pwsh keeps 20 entries), and the Push-Location/Pop-Location stacks by name. It is kept per
// process, like the current directory the engine mirrors into process.chdir (the engine hands each
// command a fresh SessionStateApi object, so the session object cannot key it).

export const DEFAULT_STACK = 'default';
const HISTORY_LIMIT = 20;

export interface LocationState {
  back: string[];
  forward: string[];
  /** Stack name (lower-case) → stack, top last. */
  stacks: Map<string, { name: string; paths: string[] }>;
  /** The stack Push-Location/Pop-Location use when -StackName is not given (Set-Location -StackName changes it). */
  defaultStack: string;
}

const newState = (): LocationState => ({ back: [], forward: [], stacks: new Map(), defaultStack: DEFAULT_STACK });

let state = newState();

export function locationState(): LocationState {
  return state;
}

/** Forgets the history and the stacks (a new session; tests). */
export function resetLocationState(): void {
  state = newState();
}

/** Records a move away from `from` (a new location clears the forward history, as in pwsh). */
export function recordMove(state: LocationState, from: string): void {
  state.back.push(from);
  if (state.back.length > HISTORY_LIMIT) state.back.shift();
  state.forward.length = 0;
}

export function stackFor(state: LocationState, name: string | undefined, create: boolean): { name: string; paths: string[] } | undefined {
  const stackName = name && name !== '' ? name : state.defaultStack;
  const key = stackName.toLowerCase();
  let stack = state.stacks.get(key);
  if (!stack && create) {
    stack = { name: stackName, paths: [] };
    state.stacks.set(key, stack);
  }
  return stack;
}
