// Round 33 of the dialogue (development sets AP and AQ), every sentence written here, every person fictional.
// A reporter who knows only the surname, or who says who the person is in the household before the full name; the
// Wu 勒 (at) in a correction of a household's size is no strangling, and a mother renting with her children is no
// child out in the street.
import { describe, expect, it } from 'vitest';
import { addressedName } from '../../src/nlu/entities/person-name.js';
import { played } from './form-answer-risk.js';

describe('round 33: the person a report is about', () => {
  it.each([
    ['一个七十多岁的孤老头 姓滕', '滕'],
    ['捡瓶子的老太太，她说自己姓岑', '岑'],
  ])('「%s」: only the surname is known, and staff ask after it', (answer, surname) => {
    expect(addressedName(answer)).toBe(surname);
  });

  it('「姓名不详」 and a surname said with a title keep their old readings', () => {
    expect(addressedName('姓名不详')).toBeUndefined();
    expect(addressedName('姓顾的老爷子')).toBe('顾老爷子');
  });

  it.each([
    ['一个八十多岁的独居老太太 姓芮', '芮'],
    ['甘家 户主甘海波 五十一岁', '甘海波'],
  ])('the report filed for 「%s」 names %s', async (answer, name) => {
    const h = await played('我是网格员 想报一户困难人家的情况', answer);
    expect(h.flow?.name).toBe('report');
    expect(h.flow?.state.name).toBe(name);
  });
});

describe('round 33: ordinary answers stay ordinary', () => {
  it('a Wu correction with 勒 (at) is read as an answer, not as violence', async () => {
    const h = await played('我想申请低保', '同意 本人申请', '外婆户口也勒阿拉屋里 是五个人');
    expect(h.state.urgency).toBe('none');
  });
});
