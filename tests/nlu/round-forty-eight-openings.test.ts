// Round 48 (conversation set BP): who an opening is about. A parent or spouse who opens on a bare 孩子 / 老公 tells
// their own household's story; a committee cadre who wants to apply for a villager applies, even without knowing
// which kind of help. Sentences written here.
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';

describe('round 48: a bare word for a child or spouse opens the writer’s own story', () => {
  it.each([
    '娃上个月查出来肾衰竭 在市医院住着 钱都花光了 有啥救助吗',
    '孩子在省儿童医院做手术，押金交不上了，求求你们帮忙看看',
    '老公前几天在厂里被机器轧了手 还在医院躺着 家里没收入了',
    '闺女生下来就是脑瘫 在县医院做康复 一个月好几千 能申请点啥不',
  ])('「%s」 is about the writer’s own household', (text) => {
    const parts = readMessageParts(text);
    expect(parts.aboutSomeoneElse).toBe(false);
    expect(parts.reportsOther).toBe(false);
  });

  it.each([
    '我是村小的老师 孩子在学校里晕倒好几次了 家里很困难 想反映一下',
    '村里有个孩子爹妈都不在了 跟着奶奶在镇上住',
  ])('「%s」 stays about someone else', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
  });
});

describe('round 48: a committee cadre who wants to apply applies', () => {
  it.each([
    '俺是村里的妇女主任 俺们村有个妇女一个人带俩娃 男人跑了 想帮她申请个救助 也不知道是哪一类',
    '我是前进村的会计，村里有户人家男的瘫在床上，想替他们家申请救助',
    '额是村支书 额们村有个老汉一个人过 房子漏了 想给他申请点补助',
  ])('「%s」 is no report', (text) => {
    const parts = readMessageParts(text);
    expect(parts.wantsToApply).toBe(true);
    expect(parts.reportsOther).toBe(false);
  });

  it.each([
    '我是楼栋长 我们楼里有个老人生活很困难 想帮她申请点救助',
    '我是村里的妇女主任 想反映一下我们村有个妇女的情况 看看能不能帮她申请',
  ])('「%s」 still reports', (text) => {
    expect(readMessageParts(text).reportsOther).toBe(true);
  });
});
