// Round 47 (form-answer sets FD and FC): what a form answer holds that looks like a question and asks nothing.
// A denial said twice to take back a slip (「哦不是不是」「不行不行」) holds 是不是 / 行不行
// inside it, but asks nothing, so a form answer that takes back its first words is read as the answer, not set aside
// as a question asked back. Sentences written here.
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';

describe('round 47: a denial said twice asks nothing', () => {
  it.each([
    '给我闺女哦不是不是是给我自己办的',
    '帮我妈申请 不是不是 我说错了 是我本人',
    '不行不行 写错了 是亲属代办',
    '不要不要 还是填我自己',
  ])('「%s」 asks nothing back', (text) => {
    expect(readMessageParts(text).askedBack).toEqual([]);
  });

  it.each(['要不要带户口本', '是不是得本人去', '这个能不能代办'])('「%s」 still asks', (text) => {
    expect(readMessageParts(text).askedBack.length).toBeGreaterThan(0);
  });
});

describe('round 47: pay that cannot be told asks nothing', () => {
  it.each(['跑车的 一天也说不准能赚多少钱', '打零工 不晓得一个月挣多少', '活时有时无 搞不清能挣多少'])(
    '「%s」 asks nothing back',
    (text) => {
      expect(readMessageParts(text).askedBack).toEqual([]);
    },
  );

  it.each(['不知道能挣多少吗', '不知道能领多少', '低保一个月能领多少'])('「%s」 still asks', (text) => {
    expect(readMessageParts(text).askedBack.length).toBeGreaterThan(0);
  });
});
