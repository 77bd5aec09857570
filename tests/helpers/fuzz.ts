import type { Parameters as FcParameters } from 'fast-check';

/**
 * Runs `call` and fails when it takes longer than `boundMs` (measured with performance.now). A call over
 * the bound is run once more before failing: a garbage collection or the other processes on this shared
 * 2-core machine can stall any one call, but an input that is really slow is slow twice. An exception
 * from `call` propagates, so the property fails with the input that threw.
 */
export function withinBound<T>(boundMs: number, call: () => T, what = 'call'): T {
  let started = performance.now();
  let result = call();
  let took = performance.now() - started;
  if (took <= boundMs) return result;
  started = performance.now();
  result = call();
  took = performance.now() - started;
  if (took > boundMs)
    throw new Error(`${what} took ${took.toFixed(1)} ms, more than its bound of ${boundMs} ms`);
  return result;
}

/** fast-check settings for the property tests: a fixed number of runs, and the failing input printed whole. */
export function runs(numRuns: number): FcParameters<unknown> {
  return { numRuns, endOnFailure: true };
}
