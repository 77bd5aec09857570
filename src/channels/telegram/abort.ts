/**
 * Runs `task` with a signal that aborts after `ms` or when `parent` aborts, whichever comes first. The timer
 * is cleared when the task settles, so a finished call leaves nothing behind to keep the process alive.
 */
export async function withDeadline<T>(
  ms: number,
  parent: AbortSignal | undefined,
  task: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(parent?.reason ?? new Error('deadline passed'));
  const timer = setTimeout(abort, ms);
  parent?.addEventListener('abort', abort, { once: true });
  if (parent?.aborted) abort();
  try {
    return await task(controller.signal);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', abort);
  }
}

/** Waits `ms`, or less when `signal` aborts first; never rejects, and clears its timer either way. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** True for the error a call rejects with when its signal aborted (node-fetch and the platform both name it so). */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
