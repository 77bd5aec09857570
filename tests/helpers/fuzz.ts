import os from 'node:os';
import type { Parameters as FcParameters } from 'fast-check';

// Bounds are stated for a machine with its cores to itself. This one is shared: when its load average is
// above its core count every call is slower by about that ratio, so the bounds stretch with it (at most
// tenfold). A blow-up is still caught: the backtracking bugs these tests found cost 30 to 10,000 times more.
const LOAD_FACTOR = Math.min(10, Math.max(1, (os.loadavg()[0] ?? 0) / Math.max(1, os.cpus().length)));

/** How much slower than idle this shared machine is now (1 when idle, at most 10), for time bounds. */
export function loadFactor(): number {
  return LOAD_FACTOR;
}

/**
 * Runs `call` and fails when it takes longer than `boundMs` (stretched by LOAD_FACTOR) both in wall time and in
 * this process's CPU time. A blow-up spends CPU: the backtracking bugs these tests found burn the core for the
 * whole call. A process the shared machine does not schedule does not: CI found a 0.2 ms call at 54 ms three runs
 * in a row (2,000 byte-order marks, under the full suite's load), which only waiting for a core explains, and a
 * container's CPU quota stalls a process for tens of milliseconds at a time. A call over the bound is run up to
 * twice more and the fastest run counts. An exception from `call` propagates, so the property fails with the
 * input that threw.
 */
export function withinBound<T>(boundMs: number, call: () => T, what = 'call'): T {
  const bound = boundMs * LOAD_FACTOR;
  let fastest = Infinity;
  let fastestCpu = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = call();
    const wall = performance.now() - started;
    const cpuUsed = process.cpuUsage(cpuBefore);
    fastest = Math.min(fastest, wall);
    fastestCpu = Math.min(fastestCpu, (cpuUsed.user + cpuUsed.system) / 1000);
    if (fastest <= bound || fastestCpu <= bound) return result;
  }
  throw new Error(
    `${what} took ${fastest.toFixed(1)} ms (${fastestCpu.toFixed(1)} ms of CPU), more than its bound of ${bound.toFixed(0)} ms`,
  );
}

// FUZZ_RUNS_SCALE=10 npx vitest run tests/fuzz: a deeper search on demand (CI keeps the fixed counts, so a
// run stays within its time; a random seed each run still explores new inputs over time).
const RUNS_SCALE = Math.max(1, Number(process.env.FUZZ_RUNS_SCALE) || 1);

/** fast-check settings for the property tests: a fixed number of runs (times FUZZ_RUNS_SCALE), the failing input printed whole. */
export function runs(numRuns: number): FcParameters<unknown> {
  return { numRuns: Math.round(numRuns * RUNS_SCALE), endOnFailure: true };
}
