// A clause the resident takes back in the same message (「…哦不对 是…」, 「…说错了 …」) is dropped before the question
// is read; a complaint that something is wrong keeps every word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutTakenBack } from '../../src/knowledge/taken-back.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import { runs, withinBound } from '../helpers/fuzz.js';

// A stand-in for the knowledge base's own reading: the words after the slip name a kind of help.
const namesHelp = (_taken: string, meant: string): boolean => /救助|改造|低保/u.test(meant);

describe('withoutTakenBack', () => {
  it.each([
    ['问问廉租房 哦不对 是危房改造要啥条件', '危房改造要啥条件'],
    ['我想办临时救助，说错了，是医疗救助', '医疗救助'],
    ['五保 不对不对 低保怎么申请', '低保怎么申请'],
  ])('「%s」 keeps only what was meant', (text, meant) => {
    const read = withoutTakenBack(text, namesHelp);
    expect(read).toContain(meant);
    expect(read.length).toBeLessThan(text.length - 2);
  });

  it.each(['钱数不对 少发了', '这样算不对吧', '他说的不对 我想申请低保', '材料交错了 怎么办'])('「%s」 is left as it is', (text) => {
    expect(withoutTakenBack(text, () => true)).toBe(text);
  });

  it('keeps the clause when what follows names nothing in its place (a slip about who asks)', () => {
    const text = '我想申请低保 哦不对 是给我爸申请';
    expect(withoutTakenBack(text, namesHelp)).toBe(text);
  });

  it('never throws, never grows the text and stays fast on any text', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const read = withinBound(20, () => withoutTakenBack(text, () => true), 'withoutTakenBack');
        expect(typeof read).toBe('string');
        expect(read.length).toBeLessThanOrEqual(text.length);
      }),
      runs(300),
    );
  });
});
