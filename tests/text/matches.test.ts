import { describe, expect, it } from 'vitest';
import { allMatches, nextIndex } from '../../src/text/matches.js';

describe('allMatches', () => {
  it('regression: an emoji at the start of a message no longer loops for ever on an empty match', () => {
    const matches = allMatches(/x?/gu, '🙏求求你们帮帮我');
    // One empty match before each code point and one at the end: 8 code points, 9 matches.
    expect(matches).toHaveLength(9);
    expect(matches.map((m) => m.index)).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('steps over astral characters, lone surrogates and runs of emoji', () => {
    expect(allMatches(/x?/gu, '😭😭😭')).toHaveLength(4);
    expect(allMatches(/x?/gu, '\ud800')).toHaveLength(2);
    expect(allMatches(/x?/gu, '\udc00\ud800')).toHaveLength(3);
    expect(allMatches(/x?/gu, '𠀀')).toHaveLength(2);
  });

  it('still steps by code unit without the u flag', () => {
    expect(allMatches(/x?/g, '🙏')).toHaveLength(3);
  });

  it('finds non-empty matches as before', () => {
    expect(allMatches(/帮/gu, '🙏帮帮我').map((m) => m.index)).toEqual([2, 3]);
  });

  it('refuses a regular expression without the g flag', () => {
    expect(() => allMatches(/x/u, 'x')).toThrow(TypeError);
  });

  it('nextIndex moves past a whole surrogate pair only in Unicode mode', () => {
    expect(nextIndex('🙏a', 0, true)).toBe(2);
    expect(nextIndex('🙏a', 0, false)).toBe(1);
    expect(nextIndex('a', 0, true)).toBe(1);
  });
});
