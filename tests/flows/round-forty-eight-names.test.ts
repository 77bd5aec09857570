// Round 48 (form-answer set FE, in-sample): how a name is given with the identity question. A courtesy with its
// particle is no name; 姑妈 / 姨妈 are who the person is; a spelling runs on into the next field's words; a character
// taken back by spelling the wrong one and the right one. Sentences written here, people fictional.
import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { readField } from './read-field.js';

const id = fakeIdNumber('19820304', 21);

describe('round 48: a courtesy after the numbers is no name', () => {
  it.each([
    [`许晴 ${id} 13900004321 谢谢啦`, '许晴'],
    [`名字吕珊 身份证${id} 电话13900004321 多谢了`, '吕珊'],
    [`谢婷 ${id} 13900004321 麻烦了`, '谢婷'],
  ])('「%s」 names %s', async (answer, name) => {
    expect(await readField('temporary', 'applicant_name', answer)).toEqual({ ok: true, value: name });
  });
});

describe('round 48: 姑妈 and 姨妈 are who the person is', () => {
  it.each([
    ['我姑妈柏玉珍', '柏玉珍'],
    ['俺姨妈叫滕桂香', '滕桂香'],
    ['我舅妈芮红', '芮红'],
  ])('「%s」 names %s', async (answer, name) => {
    expect(await readField('extreme_poverty', 'applicant_name', answer)).toEqual({ ok: true, value: name });
  });
});

describe('round 48: a spelling runs on into the ID number’s words', () => {
  it('the name spelt is read before 身份证', async () => {
    const answer = `陈玉兰耳东陈玉米的玉兰花的兰身份证是${id}手机13900004321`;
    expect(await readField('medical', 'applicant_name', answer)).toEqual({ ok: true, value: '陈玉兰' });
  });
});

describe('round 48: a character taken back by spelling', () => {
  it.each([
    ['我叫葛建冬 不是冬天的冬 是东方的东', '葛建东'],
    ['罗丽不是美丽的丽 是茉莉的莉', '罗莉'],
    ['冯芳，不是芳香那个芳，是方向的方', '冯方'],
  ])('「%s」 names %s', async (answer, name) => {
    expect(await readField('minimum_living', 'applicant_name', answer)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['骆敏 不是我 是我妈', '骆敏'],
    ['不是黎晓华 是李晓华', '李晓华'],
  ])('「%s」 is left as it reads: %s', async (answer, name) => {
    expect(await readField('minimum_living', 'applicant_name', answer)).toEqual({ ok: true, value: name });
  });
});
