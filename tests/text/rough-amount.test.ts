// The unit of a rough amount put back beside its figure (四十多万 → 四十万多): what every reader of money reads first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/text/chinese-number.js';
import { roughUnitsInPlace } from '../../src/text/rough-amount.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const BOUND_MS = 20;

describe('rough amounts with the unit said last', () => {
  it.each([
    ['六十多万', '六十万多', 600_000],
    ['十几万', '十万几', 100_000],
    ['三十来万', '三十万来', 300_000],
    ['二十余万', '二十万余', 200_000],
    ['一千多万', '一千万多', 10_000_000],
    ['50多万', '50万多', 500_000],
    ['十几千', '十千几', 10_000],
  ])('「%s」 becomes 「%s」, read as %d', (said, moved, value) => {
    const text = roughUnitsInPlace(said);
    expect(text).toBe(moved);
    // The figure is everything before the rough word, now with its unit.
    expect(parseChineseNumber(text.slice(0, -1))).toBe(value);
  });

  it('leaves amounts whose unit already stands beside the figure as they are', () => {
    for (const said of ['两万出头', '四千来块', '一万多点', '九百多', '三千多块钱', '二十万左右', '五六万']) {
      expect(roughUnitsInPlace(said)).toBe(said);
    }
  });

  it('moves every rough amount of a longer answer and keeps each character in its place', () => {
    const said = '住院前后花了三十多万，医保报了十几万，自己贷了二十来万';
    const moved = roughUnitsInPlace(said);
    expect(moved).toBe('住院前后花了三十万多，医保报了十万几，自己贷了二十万来');
    expect(moved.length).toBe(said.length);
  });

  it('needs a figure before the rough word: 好几万 and 几十万 name none and stay', () => {
    expect(roughUnitsInPlace('欠了好几万')).toBe('欠了好几万');
    expect(roughUnitsInPlace('要几十万')).toBe('要几十万');
    expect(roughUnitsInPlace('多万一点')).toBe('多万一点');
  });
});

describe('rough amounts on hostile text', () => {
  it('returns within its bound, never throws, keeps the length and changes nothing when run twice', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const moved = withinBound(BOUND_MS, () => roughUnitsInPlace(text), 'roughUnitsInPlace');
        expect(moved.length).toBe(text.length);
        expect([...moved].sort()).toEqual([...text].sort());
        expect(roughUnitsInPlace(moved)).toBe(moved);
      }),
      runs(200),
    );
  });

  it('handles a 2,000-character run of rough amounts', () => {
    const run = '四十多万'.repeat(500);
    const moved = withinBound(BOUND_MS, () => roughUnitsInPlace(run), 'roughUnitsInPlace');
    expect(moved).toBe('四十万多'.repeat(500));
  });
});
