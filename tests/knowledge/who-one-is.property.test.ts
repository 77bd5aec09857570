// blankWhoOneIs (src/knowledge/scope.ts): words saying who the resident is are blanked next to another
// department's service, except where the resident asks to be counted as one (round 15).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankWhoOneIs, createScopeReader } from '../../src/knowledge/scope.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const WORDS = ['残疾人', '残疾', '低保户', '低保家庭', '五保户', '特困户', '特困家庭'];
const ASKING = ['能不能算', '算不算', '评得上', '够不够', '想申请', '能评上'];
const SAYING = ['我是', '我们家是', '俺爹是', '作为', '身为'];
const filler = fc.constantFrom('', '我', '家里', '一个月三百块养老金 ', '老伴走了 ', '请问', '😭', ' ');

describe('who one is, and asking to be one', () => {
  it('is total, bounded and keeps the length class of any resident text', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const start = performance.now();
        const out = blankWhoOneIs(text);
        expect(performance.now() - start).toBeLessThan(50);
        // Each blanked word becomes one space: never longer than the text.
        expect(out.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a text without any of the words exactly as it was', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        fc.pre(!WORDS.some((w) => text.includes(w)));
        expect(blankWhoOneIs(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('blanks the word where the resident says who they are', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...SAYING), fc.constantFrom(...WORDS), filler, (before, say, word, after) => {
        const out = blankWhoOneIs(`${before}${say}${word}${after}`);
        expect(out).toBe(`${before}${say} ${after}`);
      }),
    );
  });

  it('keeps the word where the resident asks to be counted as one', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...ASKING), fc.constantFrom(...WORDS), filler, (before, ask, word, after) => {
        const text = `${before}${ask}${word}${after}`;
        expect(blankWhoOneIs(text)).toContain(`${ask}${word}`);
      }),
    );
  });

  it('keeps a question asking to be a 五保户 ours beside another department’s word; saying one is does not', () => {
    const read = createScopeReader(['养老金'], [], [], new Map(), []);
    expect(read('每月只有几百块养老金 我这样够不够五保户').outOfScope).toBe(false);
    expect(read('我是五保户 养老金怎么领').outOfScope).toBe(true);
  });
});
