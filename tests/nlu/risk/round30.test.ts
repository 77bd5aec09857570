import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 30, kinds read from sets AJ and AK (written here in our own words), read by the rules alone: a boss or a
// contractor who does not answer the phone, and no news of an application, are nobody missing; how to get an old
// relative the care benefits is no abandonment; 这几天 counts no days without food; a boss gone last month with
// food running short now still presses; money taken by a bank, hands cut tapping rubber, a rumour asked about and a
// household register moved away are no danger; whether a jump surely kills, a way with no rescue and a child two
// hours late from school are.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 30: nobody is missing', () => {
  it.each([
    '我男人前天在厂里被机器轧了手 现在在医院 老板电话也不接了 孩子还小 家里没钱了',
    '去年夏天发大水把鱼塘冲了 村里说可以报受灾救助 登记过了 到现在也没消息 现在还能申请吗',
    '工头跑了 手机一直不通 欠我们四个月工钱',
  ])('「%s」 is not critical', (text) => {
    expect(rules(text).level).not.toBe('critical');
  });

  it('a son gone out who does not answer his phone is still missing', () => {
    expect(rules('我儿子昨天晚上出去到现在没回来 电话也不接 他才十四岁').level).toBe('critical');
  });
});

describe('round 30: an old relative alone, and the care benefits', () => {
  it('how to apply for 五保 for an aunt nobody looks after is no emergency', () => {
    expect(rules('想问下五保啷个申请 我大姑一个人在乡下 家里没人管她').level).toBe('none');
  });

  it('an old person down and alone is still one, whatever is asked besides', () => {
    expect(rules('我妈一个人在家 摔了起不来 没人管 特困供养怎么申请').level).toBe('critical');
  });
});

describe('round 30: days and the month before', () => {
  it('a household with no money for food this week is short of food, not abandoned', () => {
    const verdict = rules('邻居老黄上礼拜工地出事走了 他媳妇没工作 三个娃还小 家里这几天连买米的钱都没了');
    expect(verdict.level).toBe('high');
  });

  it('a baby two days without milk is still days without food', () => {
    expect(rules('孩子三个月大 奶粉昨天就没了 这两天只能喂点米汤 一直哭').level).not.toBe('none');
  });

  it('a boss gone last month with food running short now is sudden hardship', () => {
    expect(rules('上个月老板卷钱跑了 两个月工资没给 房租也到期了 饭都快吃不上了').level).toBe('high');
  });
});

describe('round 30: words of everyday life', () => {
  it.each([
    '我的养老金卡怎么被银行扣了二十块管理费',
    '割了一上午的胶 手上又多了几道口子 胶价还这么低',
    '听说后街有个人跳河的事是真的吗 群里都在说',
    '说错了 我们家是三口人 我闺女户口去年迁走了',
  ])('「%s」 is no emergency', (text) => {
    expect(rules(text).level).toBe('none');
  });

  it('an ID card held by the boss of a sweatshop is still confinement', () => {
    expect(rules('在砖厂干了两个月一分钱没拿到 身份证也被工头扣下了 不让走').level).not.toBe('none');
  });
});

describe('round 30: danger asked or told plainly', () => {
  it.each(['我家住十五楼 跳下去一定会死吧', '想找一种不会被人救回来的办法'])(
    '「%s」 seeks a method',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );

  it('a child two hours late from school is missing', () => {
    expect(rules('儿子放学都三个小时了还没到家 他才六岁 学校说早放了').level).toBe('critical');
  });
});
