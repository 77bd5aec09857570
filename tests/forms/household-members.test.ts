// The household size from a list of its members (src/forms/household-members.ts): examples, and property
// tests over hostile text (bound: 50 ms a call on 2,000 characters).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countListedMembers } from '../../src/forms/household-members.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

describe('counting the members a resident lists', () => {
  it.each([
    ['我、我老公、两个孩子，还有我婆婆', 5],
    ['我和老伴', 2],
    ['就我跟我妈', 2],
    ['老公 我 三个孩子', 5],
    ['我、老婆、儿子、儿媳妇、孙子', 5],
  ])('「%s」 → %d', (text, size) => {
    expect(countListedMembers(text)).toBe(size);
  });

  it.each(['三口人 我和老公还有孩子', '两个孩子', '我一个人', '家里五个人'])(
    '「%s」 leaves the count to what is said outright',
    (text) => {
      expect(countListedMembers(text)).toBeUndefined();
    },
  );

  it('reads any text at once, as a plausible household or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText(2000)), (text) => {
        const size = withinBound(50, () => countListedMembers(text));
        if (size !== undefined) expect(Number.isInteger(size) && size >= 2 && size <= 20).toBe(true);
      }),
      runs(400),
    );
  });
});
