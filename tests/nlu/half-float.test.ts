// Half precision for the risk net's kept weights (src/nlu/half-float.ts): every pattern reads back as itself,
// a number rounds to the nearest half (within 1/2048 of its size in the normal range), and the table of values
// agrees with the decoder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHalfBits, HALF_VALUES, halfArrayFrom, toHalfBits } from '../../src/nlu/half-float.js';
import { runs } from '../helpers/fuzz.js';

describe('half precision', () => {
  it('reads known patterns as IEEE binary16 does', () => {
    expect(fromHalfBits(0x3c00)).toBe(1);
    expect(fromHalfBits(0xc000)).toBe(-2);
    expect(fromHalfBits(0x7bff)).toBe(65504);
    expect(fromHalfBits(0x0001)).toBe(2 ** -24);
    expect(fromHalfBits(0x7c00)).toBe(Infinity);
    expect(Number.isNaN(fromHalfBits(0x7e00))).toBe(true);
    expect(toHalfBits(1 / 3)).toBe(0x3555);
    expect(toHalfBits(-0)).toBe(0x8000);
    expect(toHalfBits(1e6)).toBe(0x7c00);
    expect(toHalfBits(1e-9)).toBe(0);
    expect(Number.isNaN(fromHalfBits(toHalfBits(Number.NaN)))).toBe(true);
  });

  it('gives every pattern back unchanged, and the table holds each one’s value', () => {
    const wrong: number[] = [];
    for (let h = 0; h < 0x10000; h++) {
      const value = fromHalfBits(h);
      const same = Number.isNaN(value)
        ? Number.isNaN(HALF_VALUES[h])
        : HALF_VALUES[h] === value && toHalfBits(value) === h;
      if (!same) wrong.push(h);
    }
    expect(wrong).toEqual([]);
  });

  it('rounds any number to the nearest half, never throwing', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const back = fromHalfBits(toHalfBits(x));
        if (Number.isNaN(x)) return Number.isNaN(back);
        const size = Math.abs(Math.fround(x));
        if (size > 65519) return Math.abs(back) === Infinity && Math.sign(back) === Math.sign(x);
        // Within half a step of the half grid: 2^-11 relative when normal, 2^-25 absolute below 2^-14.
        return Math.abs(back - Math.fround(x)) <= Math.max(size * 2 ** -11, 2 ** -25);
      }),
      runs(2000),
    );
  });

  it('packs an array pattern by pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true })), (values) => {
        const packed = halfArrayFrom(values);
        return packed.length === values.length && values.every((v, i) => packed[i] === toHalfBits(v));
      }),
      runs(200),
    );
  });
});
