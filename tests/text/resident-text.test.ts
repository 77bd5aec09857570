import { describe, expect, it } from 'vitest';
import { isStorableId, residentText } from '../../src/text/resident-text.js';

describe('resident text at the channel boundary', () => {
  it('drops NUL and turns lone surrogates into U+FFFD, keeping emoji, rare characters and marks', () => {
    expect(residentText('我\u0000想申请\u0000低保')).toBe('我想申请低保');
    expect(residentText('\ud800你好\udc00')).toBe('\ufffd你好\ufffd');
    expect(residentText('🙏𠀀👨‍👩‍👧\u202e\u200b')).toBe('🙏𠀀👨‍👩‍👧\u202e\u200b');
  });

  it('refuses ids that cannot be stored as they are', () => {
    expect(isStorableId('resident-1')).toBe(true);
    expect(isStorableId('a\u0000')).toBe(false);
    expect(isStorableId('\ud800')).toBe(false);
  });
});
