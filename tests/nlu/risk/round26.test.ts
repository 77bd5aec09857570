import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 26, kinds read from sets AA and AB (written here in our own words), read by the rules alone: self-harm told
// by its count or its force, slang for suicide after a wish (想zs, 想重开, 自傻), a death threatened at the office's
// door, pets and a mother entrusted for good, stroke and scald and a fall into water; sudden hardship when money
// or an operation falls due within days, when a death is told as sudden, or when a funeral is still to be held; a
// breadwinner taken by the police is no missing person, 「有事打我这个」 no blow, and a child with autism who hits
// the mother who cares for him is her hard lot, not violence to send the police to.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 26: crises at critical', () => {
  it.each([
    ['今天晚上已经是第三道了 手腕上都是血', 'self_harm'],
    ['控制不住 一直扇自己嘴巴子', 'self_harm'],
    ['我最近一直想zs 没人知道', 'suicide_active'],
    ['活着太累了 想直接重开', 'suicide_active'],
    ['再不给我解决 我就死在你们乡政府门口', 'suicide_active'],
    ['往后麻烦你们帮我照看下我家的猫 我以后喂不了它了', 'suicide_preparation'],
    ['我爸刚才突然嘴歪了 右边半个身子动不了', 'medical_emergency'],
    ['锅里的热油泼到孩子脸上了 孩子哭都哭不出声', 'medical_emergency'],
    ['沼气池里掉进去了个老人 下去拉他的人也没上来', 'medical_emergency'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });

  it('a passive wish that the family would be freer without one is high', () => {
    const verdict = rules('要是我消失了 爸妈都省心');
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('suicide_passive');
  });
});

describe('round 26: sudden hardship due within days', () => {
  it.each([
    '网上被人骗走了六万块 那是我爸做手术的钱 手术定在下周二',
    '羊得了病一夜死了二十多只 买羊的钱是借的 过几天就要还',
    '孩子他爸突发心梗走了 家里就他一个人挣钱',
    '他爹在矿上出事没了 丧事还没办 钱都是借的',
    '我男人被派出所带走了 说要拘留 房租下礼拜就得交',
    '上个月从架子上掉下来摔伤了 现在一分钱进项都没有 房租也交不起',
  ])('「%s」 is high: sudden hardship', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('sudden_hardship');
  });
});

describe('round 26: calm messages the rules leave calm', () => {
  it.each([
    '我们单位有个同事突发疾病的时候应该先打什么电话',
    '我爹去年从房顶掉下来摔断了腿 现在走路还有点瘸',
    '村支书说可以先在网上登个记 有事打我这个电话 13800000000',
    '我妈很早就离家出走了 不知道去哪了 现在跟着奶奶过',
    '又被他抓了好几下 他是重度孤独症 力气越来越大 我一个人带他真累',
    '心里跟压了块大石头一样 睡不好',
    '也不是说过不下去 就是上个月看病花了不少 想问问能补点不',
  ])('「%s」 is below high', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });
});
