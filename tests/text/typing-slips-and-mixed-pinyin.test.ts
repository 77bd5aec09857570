// What the dialogue reads of a typed message (src/text/typing-slips.ts, src/text/pinyin-reader.ts through
// the text reader): slips of the pinyin keyboard in the names of help are corrected where they cannot be
// meant as typed, and pinyin runs inside a message with characters are spelt out. Hostile text never throws
// and is read within a bound.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTrainingData } from '../../src/nlu/training-data.js';
import { createTextReader, type TextReader } from '../../src/text/text-reader.js';
import { fixSlips } from '../../src/text/typing-slips.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

let read: TextReader;

beforeAll(async () => {
  const training = await loadTrainingData('intents');
  read = createTextReader(training.examples.map((e) => e.text));
});

describe('typing slips in the names of help', () => {
  it.each([
    ['家里困难 想办个低宝', '家里困难 想办个低保'],
    ['我要身请临时就住', '我要申请临时救助'],
    ['能不能申清大病就助', '能不能申请大病救助'],
    ['孩子住院了 有医疗的救主吗', '孩子住院了 有医疗救助吗'],
    ['想给我妈申请一下地保', '想给我妈申请一下低保'],
    ['我们这种能吃地保不', '我们这种能吃低保不'],
  ])('「%s」 is read as 「%s」', (typed, meant) => {
    expect(fixSlips(typed)).toBe(meant);
  });

  it.each(['我就住在城东街道', '他本身请不起保姆', '旧社会村里的地保管事'])(
    '「%s」 is left as typed',
    (typed) => {
      expect(fixSlips(typed)).toBe(typed);
    },
  );
});

describe('pinyin mixed with characters', () => {
  it('spells out the pinyin runs and keeps the characters', () => {
    expect(read('bang wo cha yi xia 医疗救助 jin du')).toContain('医疗救助');
    expect(read('bang wo cha yi xia 医疗救助 jin du')).toContain('进度');
  });

  it.each([
    ['想办个医疗jiu助', '医疗救助'],
    ['我要shen请低保', '申请'],
    ['这个月的di保还没到', '低保'],
  ])('completes a word half typed in pinyin in 「%s」', (typed, word) => {
    expect(read(typed)).toContain(word);
  });

  it('leaves a Latin word glued to a character alone when no known word completes it', () => {
    expect(read('手机app打不开')).toBe('手机app打不开');
    expect(read('好ok')).toBe('好ok');
  });

  it('leaves Latin words that are not pinyin as they are', () => {
    expect(read('我的 ID card 丢了')).toBe('我的 ID card 丢了');
  });
});

describe('pinyin with emoji beside it', () => {
  it.each([
    ['tong yi 👌', '同意'],
    ['👍 tong yi', '同意'],
    ['tong yi 🙏🏻', '同意'],
  ])('「%s」 is read as 「%s」', (typed, meant) => {
    expect(read(typed)).toBe(meant);
  });

  it('leaves emoji beside Latin words that are not pinyin as typed', () => {
    expect(read('ok 👌')).toBe('ok 👌');
  });
});

describe('reading hostile text', () => {
  it('never throws and stays within its bound', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        withinBound(50, () => fixSlips(text));
        withinBound(200, () => read(text));
      }),
      runs(300),
    );
  });
});
