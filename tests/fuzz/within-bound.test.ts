import { describe, expect, it } from 'vitest';
import { withinBound } from '../helpers/fuzz.js';

/** Spends `ms` of this process's CPU time, as a backtracking blow-up does (counted in CPU, not wall time, so a
 * busy machine that deschedules the loop cannot make it spend less than the bound). */
function burn(ms: number): number {
  const start = process.cpuUsage();
  let spins = 0;
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return spins;
    spins++;
  }
}

/** Waits `ms` without spending CPU, as a process the shared machine does not schedule does. */
function stall(ms: number): string {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return 'answered';
}

describe('the time bound of the property tests', () => {
  it('fails a call that spends its time computing', () => {
    expect(() => withinBound(10, () => burn(150))).toThrow(/more than its bound/);
  });

  it('passes a call that was only kept waiting, and returns its result', () => {
    expect(withinBound(10, () => stall(60))).toBe('answered');
  });
});
