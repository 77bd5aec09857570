import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 17: kinds of miss and of false alarm read from set P once it became development data
// (risk/examples/writers-p.yaml) and from earlier readings, written here in our own words (never a sentence of
// any set). Calm: a minor hurt told as borne, a harvest (割完) heard as a wrist, tiredness or old age (走不动了),
// a lawsuit still being fought, a boss's threat over lateness, first aid learnt, a form that is hard to fill,
// water fetched from the river, a relative away for years. Urgent: bleeding in pregnancy, poisoning at farm
// work, a place of danger asked about for when nobody is there, a time and a place named with a last look,
// a child entrusted before not coming home, a child's things handed out before leaving school for good.

let assess: RiskAssessor;
let rulesOnly: RiskAssessor;

beforeAll(async () => {
  const loaded = await shippedAssessor();
  assess = loaded.assess;
  rulesOnly = createRiskAssessor({ data: loaded.data });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 17: calm messages that only sound urgent (rules and shipped detector)', () => {
  it.each([
    '上个月骑电动车被车撞了一下 腿现在还有点疼 不影响干活 想问医疗救助怎么报',
    '天冷了 早上起来嘴唇有点发紫 穿厚点就好了 想问取暖补贴什么时候发',
    '刚割完麦子 累得腰都直不起来 想问农机补贴',
    '年纪大了走不动了 去镇上办事太远 能不能上门',
    '我女儿在深圳打工 三年没回来了 想问她的户口能不能迁回来',
    '厂子欠我们半年工资 官司一直还在打 我现在在别处干活',
    '幼儿园让家长学习海姆立克急救 噎住了应该怎么拍背',
    '救命啊 这个申请表好难填 收入那一栏写什么',
    '我们寨子在半山腰 喝水要下到河边去挑 年轻人都走了 想问搬迁政策',
    '领导说下次再迟到就弄死我 吓得我今晚通宵加班',
    '怀孕八个月了 一直挺好的 想问生育补贴',
    '今晚八点 江边见 带上烧烤架',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(false);
    expect(urgent(assess(text).level)).toBe(false);
  });
});

describe('round 17: crises in plain words (rules alone)', () => {
  it.each([
    ['我怀孕七个月了 肚子一阵一阵疼 下面在流血 家里就我一个', 'medical_emergency'],
    ['喷完除草剂手上没洗 现在头晕想吐 浑身冒汗 一个人在田里', 'medical_emergency'],
    ['天桥那边晚上几点以后就没人了 没人拦吧', 'suicide_method'],
    ['药我存了一抽屉了 过几天他们出门我就都吃了', 'suicide_preparation'],
    ['明晚十点 楼顶 最后看一眼星星', 'suicide_plan'],
    ['跟闺女说了以后要听她舅舅的话 我今天就不回家了', 'suicide_plan'],
    ['我把文具和书包都分给同学了 以后就不来学校了', 'suicide_preparation'],
    ['我要是哪天也没了 娃能不能算孤儿 已经跟我姐讲好让她领走 东西都收拾好了', 'suicide_preparation'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe(category);
  });
});

describe('round 17: a wish to be dead in the past tense, in envy or as a good thing (rules alone)', () => {
  it.each([
    '真羡慕那些睡着了就再也没醒过来的人 我每天一睁眼就是还债',
    '要是当年那场火里没出来的是我就好了 剩我一个活着有啥意思',
    '有时候我想 要是我死了 我爸妈会不会后悔 不过我也不会真干什么',
    '活着好没劲 有时觉得die了也不错 放心我不会乱来',
  ])('「%s」 is at least high', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(true);
  });

  it.each(['我爸走的那年我才十岁 要是他还在就好了', '那场火里没出来的是隔壁老李 想问遗属能领什么'])(
    '「%s」 is no emergency',
    (text) => {
      expect(urgent(rulesOnly(text).level)).toBe(false);
    },
  );
});

describe('round 17: self-harm, a wound going bad, a home made unlivable, a night in the open (rules alone)', () => {
  it('a cut told without its object, still bleeding, is self-harm now', () => {
    const r = rulesOnly('划了两道 没想寻死 就是想让自己疼 现在拿毛巾捂着还在往外渗');
    expect(r.level).toBe('critical');
    expect(r.category).toBe('self_harm');
  });

  it.each([
    ['我是志愿者 碰到一个拾荒的老太太 脚上的伤口烂了流脓 发臭了 她说没钱不去医院', 'illness_worsening'],
    ['昨天刮大风下冰雹 我们组有三户的房顶砸穿了 住不了人 暂时挤在村部 我是组长', 'sudden_hardship'],
    ['我十九岁 出来找活没找着 钱用完了 昨晚在公园长椅上睡的 想问救助站在哪', 'homeless_tonight'],
  ])('「%s」 is %s', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('high');
    expect(r.category).toBe(category);
  });

  it.each(['切菜的时候划了一下 贴了创可贴', '冰雹把车窗砸坏了一块 想问保险'])(
    '「%s」 is no emergency',
    (text) => {
      expect(urgent(rulesOnly(text).level)).toBe(false);
    },
  );
});

describe('round 17: low moods in plain words are a kind word, not a case (rules alone)', () => {
  it.each([
    '闺女嫁到外省 大半年没来个电话 我就是惦记她 不晓得她好不好',
    '压力太大了 老公瘫着 婆婆糊涂了 我还要上班 一个帮手都没有',
    '我爸我妈都在外地上班 我跟外婆过 别人家长会都有爸妈来 我好想他们',
    '他又去赌了 一晚上输了三千 家底都快输光了 吵也没用 不知道这日子还怎么过',
  ])('「%s」 is distress', (text) => {
    expect(rulesOnly(text).level).toBe('distress');
  });
});
