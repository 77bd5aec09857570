// Round 48: the kinds of misreading in applications that sets BP and FE showed (development data now, in-sample),
// one describe for each kind; every sentence is written here, every person fictional.
import { describe, expect, it } from 'vitest';
import { shippedReader } from './shipped-reader.js';

describe('round 48: a parent’s or cadre’s opening starts an application, not a report', () => {
  it.each([
    '孩子上礼拜查出来脑瘤 在市一院住着 手术费还差好多 求你们看看有啥救助',
    '俺是村里的妇女主任 俺村有个妇女男人跑了 一个人带两个娃 想帮她申请个救助 不知道算哪种',
  ])('「%s」 opens an application', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.flow?.name).toBe('application');
  });

  it('a building head who only wants "some help" for a neighbour still reports', async () => {
    const h = await shippedReader();
    await h.say('我是楼栋长 我们楼里有个独居老人生活挺难 想帮她申请点救助');
    expect(h.flow?.name).toBe('report');
  });
});
