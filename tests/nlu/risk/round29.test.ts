import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 29, kinds read from sets AH and AI (written here in our own words), read by the rules alone: nothing left
// asks nothing; a flood a metre deep is no question of height; a stretch of land is no pills; the hit-and-run car
// not found is nobody missing; medicine one cannot afford is no means; the earner dead after an accident told
// between is the loss of the earner; last week said in 礼拜 is recent; once the form is filled is a time; the bot
// told to drop dead, weather that could freeze a man, a course on preventing suicide, a stall moved away, a smoky
// restaurant and a shelter against domestic violence are no emergency; a boss who just ran off with the wages is.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 29: words that look like danger and are not', () => {
  it.each([
    '大前天下暴雨 我们村东头那一片都淹了 我家进水半米多深 现在一家人住在亲戚家 什么都没了',
    '我男人上个月开三轮出车祸走了 撞他的车跑了到现在还没找到 想问问有什么补助',
    '被人骗了三万块 老伴的药也快买不起了 能不能帮帮我们',
  ])('「%s」 is not critical', (text) => {
    expect(rules(text).level).not.toBe('critical');
  });

  it('a flood with the family put up at the village school is sudden hardship', () => {
    expect(rules('前天发大水 房子冲垮了一半 什么都没抢出来 现在一家人暂时住在村小学').level).toBe('high');
  });

  it('the earner dead in an accident two weeks ago is sudden hardship', () => {
    expect(rules('我男人上上个礼拜开车拉货 车翻了 人没了 家里就靠他挣钱').level).toBe('high');
  });
});

describe('round 29: alarming words in ordinary messages', () => {
  it.each([
    '你这个破机器人去死吧 问三遍都答不上来',
    '今天冷得能冻死人 取暖补贴什么时候到账',
    '孩子学校发了个预防学生自杀的网课链接 家长要看完签字',
    '液化气站搬走了 以后去哪换气',
    '隔壁饭店天天冒烟 油烟大得很 找谁管',
    '我们是社区的 想问问反家暴庇护所现在收不收人',
  ])('「%s」 raises no alarm', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });

  it('a voice that says 你去死吧 is still heard', () => {
    expect(rules('这几天脑子里老有个声音说你去死吧 我好害怕').level).not.toBe('none');
  });
});

describe('round 29: the employer gone with the wages', () => {
  it('months of wages owed when the boss has just run off is sudden hardship', () => {
    expect(rules('上周厂子突然关门 老板跑路了 欠了我们两个月工资 房租下礼拜到期').level).toBe('high');
  });
});

describe('round 29: a loss told with what it leaves unpaid', () => {
  it.each([
    '我妈前天走了 拿不出钱办后事 火化费都不够',
    '儿子刚查出先天性心脏病 医生说这个月就得手术 要十几万',
    '骑电动车送外卖摔了 手腕骨折 平台说不归他们管 房租下礼拜到期',
  ])('「%s」 is sudden hardship', (text) => {
    expect(rules(text).level).toBe('high');
  });
});

describe('round 29: a plan put off until the form is done', () => {
  it('「药买好了 填完这个我就吃」 is critical', () => {
    expect(rules('什么都没了 药买好了 填完这个我就吃').level).toBe('critical');
  });

  it('a knife wished on oneself is critical, with nothing asked', () => {
    expect(rules('喝多了 越想越憋屈 真想拿把刀给自己来一下 一了百了').level).toBe('critical');
  });

  it('a question about height or depth still asks', () => {
    expect(rules('这楼多高 跳下去会死吗').level).toBe('critical');
  });
});
