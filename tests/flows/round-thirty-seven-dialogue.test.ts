// Round 37 of the dialogue (development sets AX and AY), every sentence written here, every person fictional.
// Wu 呒没人管 and north-eastern 自个儿整 / 整得明白 are read in the form's choices; 自已 (a slip for 自己), a husband or
// a wife in polite words, 当家的 and the Minnan 囝 say whom the help is for, and 「自己和孩子」 is still oneself; a child
// named after 囝 is a name; 深情一下, 五宝户 and 乳线癌 are slips for 申请, 五保户 and 乳腺癌; a teacher who reports a
// pupil's household, property staff who report a household, and a delivery rider who tells of an old couple file
// reports.
import { describe, expect, it } from 'vitest';
import { proxyAgreementInConsent } from '../../src/flows/application/proxy-agreement.js';
import { forOwnChild, inferApplicantRelation } from '../../src/forms/infer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fixSlips } from '../../src/text/typing-slips.js';
import { readField as read } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

describe('round 37: choices read in regional words', () => {
  it('an old woman nobody looks after, in Wu, is 有老人无人赡养', async () => {
    expect(await read('minimum_living', 'special_members', '我就是个老太婆 呒没人管')).toEqual({
      ok: true,
      value: '有老人无人赡养',
    });
  });

  it('cooking and washing done oneself, in north-eastern words, is 能自理', async () => {
    expect(await read('extreme_poverty', 'self_care', '饭和衣裳都自个儿整')).toEqual({
      ok: true,
      value: '能自理',
    });
    expect(await read('extreme_poverty', 'self_care', '他啥事都整得明白')).toEqual({
      ok: true,
      value: '能自理',
    });
  });
});

describe('round 37: whom the help is for', () => {
  it.each([
    ['替我先生申请一下', '亲属代为申请'],
    ['给当家的申请', '亲属代为申请'],
    ['阮囝', '亲属代为申请'],
    ['我自已', '本人申请'],
    ['就给我自己和孩子申请', '本人申请'],
  ])('「%s」 is %s', async (answer, value) => {
    expect(await read('medical', 'applicant_relation', answer)).toEqual({ ok: true, value });
  });

  it('the Minnan 囝 is a child of the writer’s: who applies is asked, and the child at school applies', () => {
    expect(inferApplicantRelation('阮囝出世就心脏不好 想申请医疗救助')).toBeUndefined();
    expect(forOwnChild('阮囝读高一 学费交不起')).toBe(true);
  });

  it('a child named after 囝叫 is a name', () => {
    const names = extractEntities('好 阮囝叫许文博 电话13900001234').filter((e) => e.type === 'person_name');
    expect(names.map((e) => e.value)).toEqual(['许文博']);
  });
});

describe('round 37: typing slips', () => {
  it('深情一下, 五宝户 and 乳线癌 are 申请一下, 五保户 and 乳腺癌', () => {
    expect(fixSlips('我想深情一下')).toBe('我想申请一下');
    expect(fixSlips('五宝户怎么办')).toBe('五保户怎么办');
    expect(fixSlips('她得了乳线癌')).toBe('她得了乳腺癌');
  });

  it('leaves feelings and a fall alone', () => {
    expect(fixSlips('他深情地看着我')).toBe('他深情地看着我');
    expect(fixSlips('深情下去')).toBe('深情下去');
  });

  it('an old woman who asks about 五宝户 and wants to 深情一下 is applying', async () => {
    const h = await shippedReader();
    await h.say('我问一下那个五宝户我这种能不能办 老头子走了好几年了 没有孩子 就我一个 我想深情一下');
    expect(h.flow?.name).toBe('application');
  });
});

describe('round 37: reports about someone else', () => {
  it('a teacher who reports a pupil’s household files a report', async () => {
    const h = await shippedReader();
    await h.say('您好，我是一名初中班主任，想反映我班一个学生家庭的困难情况。');
    expect(h.flow?.name).toBe('report');
  });

  it('property staff who report a household file a report', async () => {
    const h = await shippedReader();
    await h.say('物业这边想反映一户：5号楼的租户老人常年卧床，房租欠了好几个月，不知道找哪个部门。');
    expect(h.flow?.name).toBe('report');
  });

  it('a delivery rider who tells of an old couple reports them; one who tells of his own round does not', async () => {
    const h = await shippedReader();
    await h.say('问个事 我跑外卖的 有对老两口常点我送的饭 老太太腿脚不好 最近说钱不够了 能不能有人去看看');
    expect(h.flow?.name).toBe('report');
    expect(
      readMessageParts('我是送外卖的 跑了两年了 今年单子少 一个月才一千多 老婆孩子在老家').aboutSomeoneElse,
    ).toBe(false);
  });

  it('「我们老两口」 is the writer’s own household', () => {
    expect(readMessageParts('昨晚发大水 我们老两口现在住在村部 不知道怎么办').aboutSomeoneElse).toBe(false);
  });

  it('「阮自己」 (myself, in Minnan) is no name', () => {
    const names = extractEntities('阮自己').filter((e) => e.type === 'person_name');
    expect(names).toEqual([]);
  });
});

describe('round 37: third pass', () => {
  it('words someone is quoted as saying are not their name', async () => {
    expect(
      await read(
        'extreme_poverty',
        'applicant_name',
        '同意 老人家点头了，她说“麻烦你们了”。 顾阿珍 13900004521',
      ),
    ).toEqual({ ok: true, value: '顾阿珍' });
  });

  it('a landlord who tells of the young mother renting a room reports her', () => {
    const parts = readMessageParts(
      '我是房东 楼上租出去的一间住了个小姑娘带着孩子 男人跑了 她一分钱都没有了 你们能帮帮她吗',
    );
    expect(parts.aboutSomeoneElse).toBe(true);
    expect(parts.reportsOther).toBe(true);
  });
});

describe('round 37: a status check in Cantonese', () => {
  it('「我想查下我个…申请去到边度」 asks where one’s own application stands', () => {
    expect(readMessageParts('唔该 想查下我个医疗救助申请去到边度').existingApplication).toBe(true);
  });

  it('asking the conditions of an application is no status check', () => {
    expect(readMessageParts('我想问下我的低保申请要什么条件').existingApplication).toBe(false);
  });
});

describe('round 37: a mother agrees for a son who cannot say it himself', () => {
  it('「孩子说不明白 俺是他娘」 is the person’s agreement given by his guardian', () => {
    expect(proxyAgreementInConsent('同意 孩子说不明白 俺是他娘 俺做主')).toBe(true);
    expect(proxyAgreementInConsent('同意 孩子还不知道')).toBe(false);
  });
});
