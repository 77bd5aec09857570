// The packed vocabulary (src/nlu/feature-index.ts) answers exactly as the Map it replaced: the same row for every
// listed feature (a repeated one keeps its last row), nothing for any other text, and the list back in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureIndex } from '../../src/nlu/feature-index.js';
import { runs } from '../helpers/fuzz.js';
import { hostileText } from '../helpers/hostile-text.js';

const mapOf = (features: readonly string[]): Map<string, number> => new Map(features.map((f, j) => [f, j]));

// Features as the models make them (w:, c:, t: prefixes over words and characters), and arbitrary Unicode.
const feature = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('', 'w:低保', 'c:低', 'c:低保', 't:17', 'r:self_harm', 'w:\u{20000}'),
  hostileText(20),
);

describe('FeatureIndex', () => {
  it('finds each listed feature at its row and nothing else, as a Map of the list', () => {
    fc.assert(
      fc.property(
        fc.array(feature, { maxLength: 60 }),
        fc.array(feature, { maxLength: 20 }),
        (list, others) => {
          const index = new FeatureIndex(list);
          const map = mapOf(list);
          expect(index.size).toBe(list.length);
          for (const f of [...list, ...others]) expect(index.get(f)).toBe(map.get(f));
        },
      ),
      runs(300),
    );
  });

  it('gives the list back in row order, repeats and empty features included', () => {
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 60 }), (list) => {
        const index = new FeatureIndex(list);
        expect(index.features()).toEqual(list);
        list.forEach((f, j) => expect(index.at(j)).toBe(f));
      }),
      runs(300),
    );
  });

  it('tells apart features that are prefixes, suffixes or concatenations of each other', () => {
    const list = ['低保', '低', '保', '低保低保', 'c:低', 'c:低保', ''];
    const index = new FeatureIndex(list);
    for (const probe of ['低保低', '保低', 'c:', 'c:低保低', '低保低保低'])
      expect(index.get(probe)).toBeUndefined();
    list.forEach((f, j) => expect(index.get(f)).toBe(j));
  });

  it('answers a vocabulary the size of the risk net’s as the Map does', () => {
    const list = Array.from(
      { length: 50_000 },
      (_, j) => `w:${String.fromCodePoint(0x4e00 + (j % 20_000))}${j}`,
    );
    const index = new FeatureIndex(list);
    const map = mapOf(list);
    for (let j = 0; j < list.length; j += 7) expect(index.get(list[j] ?? '')).toBe(map.get(list[j] ?? ''));
    expect(index.get('w:不在其中')).toBeUndefined();
  });
});
