import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksForPersonInWords } from '../../src/engine/human-words.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;

describe('asking for a person in words', () => {
  it.each(['帮我转人工吧', '你们有没有客服', '听不明白 叫个人来跟我讲', '让个人回我电话'])(
    '「%s」 asks for a person',
    (text) => expect(asksForPersonInWords(text)).toBe(true),
  );

  it.each(['我个人', '就我本人', '个人情况比较特殊'])('「%s」 does not', (text) =>
    expect(asksForPersonInWords(text)).toBe(false),
  );

  it('reads any text within its bound without throwing', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        withinBound(BOUND_MS, () => asksForPersonInWords(text));
      }),
      runs(300),
    );
    fc.assert(
      fc.property(pumpedText(2000), (text) => {
        withinBound(BOUND_MS, () => asksForPersonInWords(text));
      }),
      runs(100),
    );
  });
});
