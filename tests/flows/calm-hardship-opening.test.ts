import { describe, expect, it } from 'vitest';
import { riskHarness } from './form-answer-risk.js';

// Openings that tell a hard life calmly while asking for help go to the application, not the urgent track;
// the same words about a danger now still get the safety reply. Played with the shipped risk detector.
describe('a calm hardship told while asking for help is the reason for the application', () => {
  it.each([
    '我们老两口七十多了 地也种不动了 想问问低保怎么申请',
    '大前天夜里家里失火 烧了两间房 衣服被子都没了 现在一家人住在我姐家 想申请临时救助',
    '我男人上个月在工地出事走了 家里就剩我跟两个孩子 想问问有没有啥救助',
    '我前几个月心梗放了支架 花了十几万 想申请医疗救助',
    // An illness told as the reason for a bill: the care has been had.
    '我爸脑梗躺了三个礼拜医院 自己掏了三万多 想问有没有什么救助',
    '我男人摔断了腿 打了钢钉 医药费都是借的 能申请临时救助吗',
    // Round 15: a fire or a landslide days ago with everyone unhurt and put up by family; months of unpaid wages.
    '我姐家前天夜里失火了 灶房烧光了 人倒是没伤着 一家人现在挤在我家 想帮她申请临时救助',
    '上礼拜山上的土垮下来把牛圈埋了 人冇事 现在住在村部 想申请受灾救助',
    '厂子倒闭老板跑了 四个月工资都没发 现在房租都交不起 能不能申请临时救助',
  ])('「%s」 is not flagged urgent', async (opening) => {
    const h = await riskHarness();
    await h.say(opening);
    expect(h.actions.some((a) => a.type === 'flag_urgent')).toBe(false);
    expect(h.text).not.toContain('加急');
    expect(h.text).not.toMatch(/120|119|110/);
  });

  it('a danger now in the same kind of opening still gets the safety reply and an urgent case', async () => {
    const h = await riskHarness();
    await h.say('家里着火了 我妈还在屋里出不来 想申请救助');
    expect(h.text).toContain('119');
    expect(h.actions.some((a) => a.type === 'handoff' && a.priority === 'critical')).toBe(true);
  });

  it('an illness happening now is still critical even when the bill is mentioned', async () => {
    const h = await riskHarness();
    await h.say('我爸突然脑出血倒在地上叫不醒 医药费怎么办 能申请救助吗');
    expect(h.text).toContain('120');
  });

  it('a recent loss with nowhere to stay is still flagged, even while applying', async () => {
    const h = await riskHarness();
    await h.say('昨天房子烧没了 今晚一家人不知道住哪 想申请临时救助');
    expect(h.actions.some((a) => a.type === 'flag_urgent')).toBe(true);
  });
});
