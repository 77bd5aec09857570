import { describe, expect, it } from 'vitest';
import { cutText, isWellFormedText, toWellFormedText } from '../../src/text/well-formed.js';

describe('well-formed text', () => {
  it('tells a lone surrogate from a whole emoji or rare character', () => {
    expect(isWellFormedText('🙏求求你们 𠀀')).toBe(true);
    expect(isWellFormedText('a\ud800b')).toBe(false);
    expect(isWellFormedText('\udc00')).toBe(false);
    expect(isWellFormedText('\ud83d')).toBe(false);
  });

  it('replaces only the lone halves with U+FFFD and keeps everything else', () => {
    expect(toWellFormedText('🙏\ud800好\udc00')).toBe('🙏\ufffd好\ufffd');
    expect(toWellFormedText('\udc00\ud800')).toBe('\ufffd\ufffd');
    expect(toWellFormedText('普通的话')).toBe('普通的话');
  });

  it('cuts between characters, never inside an emoji', () => {
    expect(cutText('ab😭', 3)).toBe('ab');
    expect(cutText('ab😭', 4)).toBe('ab😭');
    expect(cutText('abc', 2)).toBe('ab');
    expect(cutText('😭', 1)).toBe('');
  });
});
