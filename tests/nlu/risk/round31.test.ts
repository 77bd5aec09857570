import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 31, kinds read from sets AL and AM (written here in our own words), read by the rules alone: an attempt
// survived in the last weeks is critical, a history of years is not; a vulnerable person out in the cold under a
// bridge, on a bench or on a highway; insulin run out with the body failing; threatened and hiding now, or choked
// the night before; cutting tonight in English; wishing to join the one who died; a painless way asked with the word
// left out; a dated act left unnamed; a pyramid scheme is no rumour and a game account given away no game; a job
// lost told as low mood; and a widower with no one to talk to, or an application nobody seems to handle, are nobody
// abandoned.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 31: an attempt survived in the last weeks', () => {
  it.each([
    '我弟大前天喝了农药 洗了胃 人救回来了 现在住在我家',
    '上个礼拜我吞了一把安眠药 被我妈发现送去医院了',
    '前天晚上上吊 绳子断了 没人知道',
    '我女儿上周割腕被同学发现 缝了针 今天接回家了',
  ])('「%s」 is critical', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain('attempt_recent');
  });

  it('an attempt years ago, told as over, is not', () => {
    expect(rules('十几年前我喝过一回农药 洗了胃 现在早就好了 想问问医疗救助').level).not.toBe('critical');
  });

  it('a child who drank something by mistake is no attempt', () => {
    expect(rules('孩子刚才误喝了一口洗衣液 现在在医院洗胃').category).not.toBe('attempt_recent');
  });
});

describe('round 31: out in the cold', () => {
  it.each([
    '天桥底下有个老大爷 盖着一床薄被子 今晚零下五度',
    '桥洞下面有三个小孩 穿得很少 外面下着雪',
    '我们一家现在在公园长椅上 下雪了 孩子才两岁',
    '我和宝宝被关在门外了 外面-8度',
    '国道边有个老太太一个人在走 穿着单衣 天快黑了',
    '孩子被罚站在阳台上 外面零下 没穿棉袄',
  ])('「%s」 is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });

  it('a teenager in a park after a quarrel, or a stall on the street, is not', () => {
    expect(rules('跟我爸吵架了 现在坐在公园里 不想回家').level).not.toBe('critical');
    expect(rules('我现在在街上摆摊卖烤红薯 一个月挣两千 能申请什么').level).toBe('none');
  });

  it('speech gone thick is the cold only in an unheated home', () => {
    expect(rules('炉子灭了两天 屋里水都结冰了 老爷子说话都不利索了').level).toBe('critical');
    expect(rules('我妈中风以后说话不利索 想申请护理补贴').level).toBe('none');
  });
});

describe('round 31: the body failing', () => {
  it.each([
    '儿子是一型糖尿病 胰岛素用完三天了 没钱买。今天一直吐 喊肚子疼',
    '我怀孕七个月 刚才被他推倒了 现在肚子一阵一阵地疼',
    '阿爷突然讲唔到嘢 半边身郁唔到',
    '楼下老奶奶躺在地上 叫她只哼哼 不睁眼',
  ])('「%s」 is critical', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain('medical_emergency');
  });
});

describe('round 31: violence that can kill', () => {
  it.each([
    '他说今天要整死俺 俺躲在柴房里不敢出声',
    '要债的说不还钱就打断我的腿 他们有刀 我现在躲在亲戚家',
    '昨晚他掐我脖子 差点没上来气 刚发消息说下班回来收拾我',
  ])('「%s」 is critical', (text) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category: 'violence_now' });
  });
});

describe('round 31: the suicide ladder in other words', () => {
  it.each([
    ['cutting again tonight 停不下来', 'self_harm'],
    ['有没有什么不痛的办法 就那个 你懂的', 'suicide_method'],
    ['周日我就去做那件事 都决定了', 'suicide_plan'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category });
  });

  it('a paper cut is nothing', () => {
    expect(rules('paper cut again lol').level).toBe('none');
  });

  it.each([
    '老伴走了两年了 我天天盼着早点去找他',
    '我每晚求老头子把我也接走',
    '真想一觉睡过去别醒了 这个月房租又交不起了',
  ])('「%s」 is a passive wish (high)', (text) => {
    expect(rules(text)).toMatchObject({ level: 'high', category: 'suicide_passive' });
  });

  it('going to see someone about wages is no wish to die', () => {
    expect(rules('我明天去找他问问工钱的事').level).toBe('none');
  });

  it('giving away a game account because it will not be needed is preparation', () => {
    expect(rules('我把游戏账号都送给同桌了 以后也用不上了').level).toBe('critical');
  });

  it('held in a pyramid scheme is a confinement, not a rumour', () => {
    expect(rules('我在传销窝点里 他们二十四小时看着我 这是偷偷发的').level).toBe('critical');
  });
});

describe('round 31: a job lost', () => {
  it('told as a blow to the mood, with no money pressing, is low mood', () => {
    expect(rules('这阵子好丧 工作没了 对象也分了 觉得自己真没用').level).toBe('distress');
  });

  it('with the rent due and nothing left, still presses', () => {
    expect(rules('刚被辞退了 心情很差 房租下周就要交了 一分钱没有').level).toBe('high');
  });
});

describe('round 31: nobody abandoned', () => {
  it('a widower with no one to talk to is low mood', () => {
    expect(rules('老伴走了两年了 一个人在家说话都没人应 心里空得很 也不知道该跟谁说').level).toBe('distress');
  });

  it('an application nobody seems to handle is a complaint', () => {
    expect(rules('我爸的低保申请交上去十来天了 说转到县里了 是不是就没人管了').level).toBe('none');
  });
});
