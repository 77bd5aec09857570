// The kinds of help a resident's own words point to when they name no programme
// (src/flows/application/likely-types.ts); several point → the form asks which.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likelyTypes } from '../../src/flows/application/likely-types.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

describe('what the words point to', () => {
  it.each([
    ['公公前几天突然走了 办丧事借了不少钱', ['temporary']],
    ['四十多了没啥手艺 想学个育婴师出去挣钱', ['employment']],
    ['my son needs help with his school tuition', ['education']],
  ])('「%s」 → %j', (text, types) => {
    expect(likelyTypes(text)).toEqual(types);
  });

  it('a death long ago is the household’s story, not a sudden hardship', () => {
    expect(likelyTypes('老伴十年前就去世了 我一个人过')).not.toContain('temporary');
  });

  it('a loss and school fees together point to both, so the form asks which', () => {
    expect(likelyTypes('孩子他爸上个月没了 老大还在读高中').sort()).toEqual(['education', 'temporary']);
  });

  it('reads any text within its bound', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(Array.isArray(withinBound(50, () => likelyTypes(text)))).toBe(true);
      }),
      runs(200),
    );
  });
});
