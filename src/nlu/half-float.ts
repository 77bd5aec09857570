/**
 * IEEE 754 half precision (binary16) for the learned weights kept in memory: 2 bytes a weight instead of 4.
 * Node 20 has no Float16Array, so a table is kept as 16-bit patterns and read through HALF_VALUES. A half keeps
 * 11 significant bits (a relative error of at most 1/2048), enough for weights whose sum decides a softmax;
 * bench/models/compare-decisions.mjs shows what it changes on the development messages.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The binary16 pattern nearest to `x` (ties to even; beyond ±65504 infinity; NaN stays NaN). */
export function toHalfBits(x: number): number {
  f32[0] = x;
  const bits = u32[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const e = exponent - 127 + 15;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal in half precision (or zero): the implicit bit becomes explicit and is shifted out as needed.
    if (e < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - e;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const midpoint = 1 << (shift - 1);
    if (rest > midpoint || (rest === midpoint && (half & 1) === 1)) half++;
    return sign | half;
  }
  let half = sign | (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  // A carry out of the mantissa rightly moves to the next exponent (or to infinity).
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half++;
  return half;
}

/** The number a binary16 pattern stands for. */
export function fromHalfBits(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >>> 10) & 0x1f;
  const mantissa = half & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 31) return mantissa ? Number.NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** Every binary16 pattern's value (256 KB), so that reading a weight is one look-up. */
export const HALF_VALUES: Float32Array = Float32Array.from({ length: 0x10000 }, (_, h) => fromHalfBits(h));

/** `values` rounded to half precision, as patterns (read them through HALF_VALUES). */
export function halfArrayFrom(values: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = toHalfBits(values[i] ?? 0);
  return out;
}
