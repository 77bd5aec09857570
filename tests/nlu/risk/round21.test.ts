import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 21, kinds read from set T and the dialogues of set T (written here in our own words), read by the rules
// alone so that no net can hide a rule's gap: poison bought and a burden lifted by drinking it, told in
// north-western dialect (额 for I); a beam judged strong and a rope at hand; following the dead one; a fire or gas
// told by where it has reached; a fit now; someone shut in and beaten. And calm: children who live away and have
// not come home for long; a son who died years ago; the hours a carer is at work; an old man who will not come
// down from his mountain home to live with his children; a chronic illness and its medicine.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 21: crises the rules now hear', () => {
  it.each([
    '药额都买下了 搁在柜子顶上 明儿黑了喝了就不拖累娃们了',
    '柴房那根横梁挺结实的 我看了好几回 绳子也是现成的',
    '等把我爸后事办完 我也跟着他去',
    '邻居家草垛着了 火都烧到我家后墙了 我爷爷还在屋里',
    '屋里一股子煤气味 我头好晕 站不稳',
    '孙女刚才抽了 眼睛往上翻 叫也不应',
    '她男人把她锁屋里打 电话打了一半就断了',
    '家里人都在外地 我真想把自己噶了',
    '每回看病都跟大夫多要几片安眠药 攒了五十多片了',
  ])('「%s」 is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });

  it('a widow wishing to follow her husband is heard as a passive wish (high)', () => {
    expect(rules('老伴走了半年 有时候就想跟着他走了算了').level).toBe('high');
  });

  it('a child not home by now in a storm is missing, whatever game took her out', () => {
    expect(rules('刮台风 儿子去同学家玩 到现在也没到家 外面电线杆都倒了').category).toBe(
      'missing_vulnerable',
    );
  });
});

describe('round 21: hardship the rules no longer take for a crisis', () => {
  it.each([
    '我是村里的网格员 有个老爷子八十多了 一个人住 儿女都在外地打工 好久没回来了 日子挺难',
    '老伴身体不好天天吃药 儿子前几年在外面出事走了 我七十多了种不动地',
    '我在厂里上班 娃放学没人管 想问问有没有托管的补助',
    '我出去做工他就没人管 他是智力残疾 只能打点零工',
    '我妈八十了 一个人住在老家山上 不肯下来跟我们住 有啥补贴没有',
    '我有矽肺 以前下过井 现在干不了活 喘得厉害 一直在吃药',
    '我爸脑梗以后能拄拐走了 就是干不了活',
    '这个月燃气费怎么这么贵 是不是漏了',
    '孩子们过年都说忙不回来了 老伴也走了 我一个人坐在屋里 越想越难受',
    '老头子七十多了 儿子五年没回来一趟 电话也不打 心里堵得慌',
    '闺女是孤独症 今天在幼儿园又打人了 老师让我去接 我真的好累',
    '这么晚了睡不着 男人瘫了两年 天天伺候 今天一个人哭了一场',
  ])('「%s」 is no emergency', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });

  it('「俺儿没了没人管俺」 tells who is left to care, not a wish to die', () => {
    expect(rules('俺儿没了没人管俺').category).not.toBe('suicide_passive');
  });
});
