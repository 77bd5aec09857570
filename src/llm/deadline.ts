import { LlmUnavailableError } from './errors.js';

/**
 * Runs `task` with a signal that aborts after `timeoutMs` or when `outer` aborts, and rejects with
 * LlmUnavailableError at that moment whatever the task is doing, so no caller ever waits longer.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  task: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onOuterAbort: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    const stop = (error: LlmUnavailableError): void => {
      // Reject first, then abort: the caller must see our error, not whatever the aborted task throws.
      reject(error);
      controller.abort(error);
    };
    timer = setTimeout(() => stop(new LlmUnavailableError('timeout')), timeoutMs);
    onOuterAbort = () => stop(new LlmUnavailableError('aborted', { cause: outer?.reason }));
    if (outer?.aborted) onOuterAbort();
    else outer?.addEventListener('abort', onOuterAbort, { once: true });
  });
  try {
    return await Promise.race([task(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    if (onOuterAbort) outer?.removeEventListener('abort', onOuterAbort);
  }
}
