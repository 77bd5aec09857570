import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 22, kinds read from set U and its dialogues (written here in our own words), read by the rules alone so
// that no net can hide a rule's gap: a worker still inside a burning shed after a message that began with the
// past; the hour trains pass on a stretch of track; a rope from the washing line for hanging; charcoal bought with
// tape; the last call made, goodbye passed on, a payout weighed against one's own death; children shut out in the
// cold; a boat not back in a storm come early; a home burnt or crushed days ago, the family put up elsewhere. And
// calm: 救命 before asking whether a school grant can be applied for; a husband killed months ago; waiting long for
// a decision; not wanting to go home from a quarrelling house; a migrant not home for the new year; a check at the
// hospital that found nothing; the benefit of a father who died wound up; 没活路 as no work beside an income.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 22: crises the rules now hear', () => {
  it.each([
    '我以前在厂里干过 后来不干了……现在别的顾不上了 仓库起火了 我师傅还在里面 火太大冲不进去',
    '村后那条铁路 晚上一般几点有火车过',
    '想用阳台晾衣服那根绳子上吊 不知道够不够结实',
    '昨天去买了木炭 还买了宽胶带 都放在床底下了',
    '刚给闺女打完电话 她不知道是最后一个 存折在衣柜里',
    '替我跟老张他们说声再见 这些年麻烦大家了',
    '我要是死了 单位那份保险能赔不少 孩子学费就有了 我是认真在想这事',
    '后妈把两个娃关在门外头 外面零下十来度 小的冻得直哆嗦',
    '他天不亮就开船出海了 台风提前来了 别的船都回了 就他的船联系不上',
  ])('「%s」 is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });

  it.each([
    '前天夜里着火 房屋烧毁了 一家四口现在暂住亲戚家',
    '上个礼拜山洪把我家的小饭馆冲了 那是全部家当',
    '前天大雪把厨房压塌了 现在一家人住在村委会',
    '昨晚山洪把房子冲垮了一半 人都没事 一家人住在搭的塑料棚里',
  ])('「%s」 is sudden hardship (high): the home or the living lost', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('sudden_hardship');
  });
});

describe('round 22: calm messages the rules no longer raise', () => {
  it.each([
    '救命 娃考上大专了 学费差三千多 听说有教育救助 能申请吗',
    '我男人半年前骑摩托掉进沟里人没了 家里不晓得怎么办了 想申请临时救助',
    '从脚手架上摔下来 人没了 家里现在不知道咋过',
    '我家老头那个医疗救助批下来没有 等了好久了',
    '爸妈天天在家吵 吵得我好烦 不想回家',
    '在外地打工三年了 过年也没回家 看着别人团圆 心里不是滋味',
    '这阵子老是心慌 手发抖 去医院查了说没事 我好怕',
    '我妈上个月走了 她的低保怎么注销',
    '腿摔伤了 在出租屋养了四个月 一分钱收入没有',
  ])('「%s」 is below high', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });

  it('「没活路」 beside an income of 0 is no work, not a wish to die', () => {
    expect(rules('花溪区 租的房 三口人 现在没活路 0', { expecting: 'field:monthly_income' }).level).toBe(
      'none',
    );
    expect(rules('没活路了 不想活了').level).toBe('critical');
  });

  it('someone left waiting with nobody coming is still heard', () => {
    expect(rules('奶奶在车站等了一夜 没人来接').level).toBe('critical');
  });
});
