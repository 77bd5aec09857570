import { describe, expect, it } from 'vitest';
import { withinBound } from '../helpers/fuzz.js';

/** Spends `ms` of CPU, as a backtracking blow-up does. */
function burn(ms: number): number {
  const until = performance.now() + ms;
  let spins = 0;
  while (performance.now() < until) spins++;
  return spins;
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
