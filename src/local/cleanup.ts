// Makes sure helper processes and temporary files never outlive awsps: whatever ends the process (a
// normal exit, an uncaught error, SIGINT/SIGTERM/SIGHUP), the registered clean-ups run first.
// Clean-ups must be synchronous: on 'exit' Node runs no more asynchronous work.

type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

/** Runs cleanup once when the process ends; the returned function cancels it (e.g. after a normal stop). */
export function onProcessEnd(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

function runAll(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: one failing clean-up must not keep the others from running.
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  // 'exit' also fires after an uncaught exception or unhandled rejection has been reported.
  process.on('exit', runAll);
  for (const signal of SIGNALS) {
    const handler = (): void => {
      // Another listener (say, one that cancels the running pipeline on Ctrl+C) owns what the signal
      // means: the process goes on, and 'exit' cleans up when it really ends.
      if (process.listenerCount(signal) > 1) return;
      runAll();
      // Alone, this listener took away Node's default of dying by the signal: restore it and re-raise,
      // so that the exit status still says which signal ended the process.
      process.removeListener(signal, handler);
      process.kill(process.pid, signal);
    };
    process.on(signal, handler);
  }
}
