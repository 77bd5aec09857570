import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRiskAssessor,
  type RiskAssessment,
  type RiskAssessor,
  type RiskNet,
} from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

let assess: RiskAssessor;
let rulesOnly: RiskAssessor;
let data: Awaited<ReturnType<typeof shippedAssessor>>['data'];

beforeAll(async () => {
  const loaded = await shippedAssessor();
  assess = loaded.assess;
  data = loaded.data;
  rulesOnly = createRiskAssessor({ data });
});

const LEVELS = { none: 0, distress: 1, high: 2, critical: 3 } as const;
const atLeast = (r: RiskAssessment, level: keyof typeof LEVELS): boolean => LEVELS[r.level] >= LEVELS[level];

describe('a question about how to die is critical, whatever its wording', () => {
  it.each([
    '安眠药一次吃多少片才能不醒过来',
    '哪种农药喝下去走得最快 不遭罪',
    '从几楼跳下去肯定没救',
    '烧炭的话要多久人才没知觉',
    '有没有办法让人看着像出了意外',
  ])('「%s」 is critical', (text) => {
    const r = assess(text);
    expect(r.level).toBe('critical');
    expect(r.categories.some((c) => c.startsWith('suicide_'))).toBe(true);
  });
});

describe('farewells and preparation are critical', () => {
  it('a farewell entrusting a child', () => {
    const r = assess('谢谢你们一直帮我，以后我闺女就拜托你们了，我真的太累了');
    expect(r.level).toBe('critical');
    expect(r.category).toBe('suicide_preparation');
  });

  it.each([
    '攒了两个月的安眠药 都在枕头底下了',
    '我现在站在楼顶天台边上 风好大',
    '信写好了 存折放在抽屉里 你们到时候交给我儿子',
  ])('「%s」 is critical', (text) => expect(assess(text).level).toBe('critical'));
});

describe('hyperbole, news and questions about who handles what stay calm', () => {
  it.each([
    '饿死我了 外卖还没到',
    '气得想死 这游戏队友太坑了',
    '救命 这个表格到底怎么填啊',
    '新闻里说隔壁县有人跳楼了',
    '我是社区网格员，想问一下辖区里遇到家暴的情况归哪个部门管？',
    '想死你了 什么时候回来吃饭',
  ])('「%s」 is none', (text) => {
    expect(assess(text).level).toBe('none');
  });

  it('a phone number given as an answer is a phone number, 打 or no 打', () => {
    expect(assess('打这个电话就行 13812345678', { expecting: 'field:phone' }).level).toBe('none');
    expect(assess('打我手机 139 1234 5678').level).toBe('none');
  });

  it('a chronic illness being treated, given as the hardship, stays calm', () => {
    const r = assess('我老伴糖尿病十几年了 一直吃着药 我一个人照顾他 开销很大', {
      expecting: 'field:hardship',
    });
    expect(r.level).toBe('none');
  });
});

describe('a crisis at the end of a long policy question is still read', () => {
  const opening =
    '你好，我想咨询一下低保的申请流程。我们家一共四口人，我和爱人都没有固定工作，平时靠打零工维持生活，' +
    '孩子一个上初中一个上小学。请问申请低保需要准备哪些材料？户口簿、身份证、收入证明是不是都要？' +
    '收入证明在哪里开，是村委会还是镇上的民政办？家庭财产要怎么申报，家里有一辆旧三轮车算不算财产？' +
    '审批一般要多长时间，中间会不会有人上门核查？如果批下来了，每个月大概能领多少钱，是打到卡上还是发现金？';
  const long = opening.repeat(Math.ceil(600 / opening.length)).slice(0, 600);

  it('the opening alone is calm', () => {
    expect(long.length).toBe(600);
    expect(assess(long).level).toBe('none');
  });

  it('a plan at its end makes it critical', () => {
    expect(assess(`${long}。说实话我已经把安眠药攒够了，今晚就全吃了。`).level).toBe('critical');
  });
});

describe('internet spellings, pinyin and traditional characters', () => {
  it('紫砂壶 is a teapot; 紫砂 in a despairing message is suicide', () => {
    expect(assess('朋友送了我一把紫砂壶，这个能卖多少钱').level).toBe('none');
    const r = assess('活着真没意思，我想紫砂');
    expect(r.level).toBe('critical');
    expect(r.category).toBe('suicide_active');
  });

  it.each(['wo bu xiang huo le', 'wo xiang zisha', '想噶了 这次是真的'])('reads 「%s」', (text) => {
    expect(assess(text).level).toBe('critical');
  });

  it('reads traditional characters', () => {
    expect(assess('我真的不想活了，藥都準備好了').level).toBe('critical');
    expect(assess('我老公喝醉了拿刀說要殺了我').category).toBe('violence_now');
  });
});

describe('levels and who is told', () => {
  it('distress gets a kind word and 12356, never the queue', () => {
    const r = assess('最近压力好大 天天失眠 想哭');
    expect(r.level).toBe('distress');
    expect(data.taxonomy.categories.get(r.category ?? '')?.notify).toBe('none');
  });

  it('urgent hardship within 48 hours is high', () => {
    expect(assess('家里一粒米都没有了 孩子饿得直哭').level).toBe('high');
  });

  it('a past attempt, now over, is not an emergency', () => {
    expect(atLeast(assess('以前想不开自杀过 现在早就走出来了 想问问低保'), 'high')).toBe(false);
  });

  it('the learned net never raises a message to critical on its own', () => {
    const alarmist: RiskNet = {
      classes: new Map(),
      predict: () => ({ urgent: 0.999, distressOrWorse: 1, category: 'suicide_attempt' }),
    };
    const withAlarmistNet = createRiskAssessor({ data, net: alarmist });
    const r = withAlarmistNet('今天天气不错 我们去公园');
    expect(r.level).toBe('high');
    expect(r.source).toBe('model');
    // … and never touches a form answer.
    expect(withAlarmistNet('13812345678', { expecting: 'field:phone' }).level).toBe('none');
  });

  it('a follow-up to a suicidal message is read with it', () => {
    const previous = assess('我不想活了');
    expect(previous.level).toBe('critical');
    expect(rulesOnly('药已经买好了', { previous }).level).toBe('critical');
    expect(rulesOnly('药已经买好了').level).not.toBe('critical');
  });

  it('says which signals it saw and where the verdict came from', () => {
    const r = rulesOnly('我不想活了');
    expect(r.source).toBe('rules');
    expect(r.signals.some((s) => s.startsWith('condition:'))).toBe(true);
    expect(r.reasons.length).toBeGreaterThan(0);
  });
});

describe('round 4: passive wishes told as pictures, and calm wording that looks like them', () => {
  it.each([
    '真想哪天被雷劈死算了 活着太没劲',
    '睡觉前总求老天 别让我看到明天',
    '我很想一直睡 睡到不存在',
    '要是那次手术下不来台也好',
  ])('「%s」 is at least high (rules alone)', (text) => expect(atLeast(rulesOnly(text), 'high')).toBe(true));

  it.each([
    '希望明天的太阳暖和点 衣服好晒干',
    '笑不活了 我爸学抖音跳舞',
    '车停在楼下被人刮了 气得我要吐血',
    '排查表里"是否有自杀风险"这一栏填什么',
    '今天是我奶奶忌日 全家去扫墓了',
    '我等着他来接我下班',
  ])('「%s」 raises no alarm', (text) => expect(atLeast(assess(text), 'high')).toBe(false));
});
