import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 43, pass c: urgency in conversations (the dialogue sets BJ and BK), kinds written here in our own words. Calm by
// the domain's rule: a roof lost with the household taken in by kin, savings lost to a scam asked about as an
// application, months out of work told with money worries, a boarding pupil home alone at the weekend. High, not critical: children alone while the one who looks after them is in hospital and a neighbour feeds
// them (and the same children told again), a household put up in a tent or the ancestral hall after a landslide, things
// (not people) buried under a house.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 43c: losses the household is coping with are calm', () => {
  it.each([
    '上周刮台风把房顶掀了 人都好好的 这阵子住在我三叔家 想问问受灾补助咋申请',
    '前些天刮大风 房顶的瓦全刮没了 现在一家住我小姨家 人都没事 想问问补助',
    '我们家的存款被骗子骗光了 九万多 报了警也没追回来 现在有没有什么补助可以申请',
    '我十五岁 在县里住校 周末回来家里没大人 自己煮面吃 想问问助学补助',
  ])('「%s」 is not urgent', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });

  it('a job lost months ago with money worries is no sudden hardship', () => {
    const verdict = rules('最近压力好大 工作丢了四个多月 车贷也快还不上了 晚上睡不着 觉得自己没出息');
    expect(['none', 'distress']).toContain(verdict.level);
  });

  it.each([
    // more than the roof lost, someone hurt, a fraud of last week, a need this month
    ['前天台风把房顶掀了 衣服被子全泡了 现在住我大姑家', 'high'],
    ['前天大风把屋顶掀了 现在借住在我二哥家 我爸腿砸伤了', 'high'],
    ['老伴的存款上礼拜被骗子骗光了 九万多 报了警也没追回来', 'high'],
    ['我们家的存款被骗子骗光了 九万多 报了警也没追回来 下个月的药钱都没了 有没有什么补助可以申请', 'high'],
    ['昨天刚被厂里辞退 家里明天就断粮了', 'high'],
  ])('「%s」 stays %s', (text, level) => {
    expect(rules(text).level).toBe(level);
  });
});

describe('round 43c: children left while their carer is in hospital', () => {
  it.each([
    '对门那家的俩娃没人管了 娃他爷爷前天中风送县医院了 他爸妈在深圳打工 电话一直没人接 这两天是我给娃送饭',
    '俺家隔壁俩小子没人管了 他姥姥前几天摔了住院了 他爹妈在外头打工联系不上 俺给送了几回饭',
  ])('「%s」 is a gap in care (high), not an abandonment', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.categories).not.toContain('abandoned');
    expect(verdict.categories).not.toContain('missing_vulnerable');
  });

  it('the same children told again after it stay high', () => {
    const first = rules('孩子他爹前天让车撞了在医院躺着 家里俩孩子没人管 晚上就他俩睡 我能帮着照看一下');
    expect(first.level).toBe('high');
    expect(rules('挺着急的 孩子没人管可不行', { previous: first }).level).toBe('high');
    // told alone, it is still an abandonment
    expect(rules('挺着急的 孩子没人管可不行').level).toBe('critical');
  });

  it.each([
    '孩子妈住院了 家里就剩三岁的娃一个人',
    '奶奶住院了 俩孩子自己在家 屋里没生火 外头下着大雪',
    '奶奶住院了 孩子一个人在家两天没吃饭了',
    '我妈住院了 我哥瘫在床上一个人在家 没人喂饭',
  ])('「%s」 stays critical (a small child, the cold, no food, someone who cannot move)', (text) => {
    expect(rules(text).level).toBe('critical');
  });
});

describe('round 43c: after a landslide or a flood, sheltered', () => {
  it.each([
    '山洪冲垮了房子 这几天一家人暂时住在村里祠堂',
    '泥石流冲了房子 衣服粮食都埋在底下了 人都出来了 住在镇上的帐篷里',
  ])('「%s」 is sudden hardship (high), not a disaster now', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('sudden_hardship');
  });

  it('things buried under a fallen house are no one trapped', () => {
    expect(rules('锅碗被子都埋在里面了 孩子的书也没了').level).not.toBe('critical');
  });

  it.each(['泥石流把房子埋了 我妈还埋在里面', '山洪把房子冲塌了 我们还困在屋顶上'])(
    '「%s」 stays critical',
    (text) => {
      expect(rules(text).level).toBe('critical');
    },
  );
});
