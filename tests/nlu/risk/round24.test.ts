import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 24, kinds read from sets W and X (written here in our own words), read by the rules alone: an acute illness
// treated in hospital now with the money gone is the household's emergency (high); a disaster of the last days that
// took everything is too, the people unhurt; a word that only looks like a danger word (打工, 火车,
// 打车) is a word sense, not a calm message; and calm messages no longer raised: 打死我也想不到, a house sold to pay
// for treatment, floods every year, 出不去打工, 到底有人管没人管 about an application.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

describe('round 24: the bill is the emergency', () => {
  it.each([
    '我爸前几天突然脑溢血 现在还在县医院ICU 家里存款全掏空了 医院天天催',
    '媳妇生孩子大出血 现在在市医院住着 我们没有钱交押金',
    '我外公被车撞了 人在医院等着做手术 要两万 我们实在拿不出来',
  ])('「%s」 is high: sudden hardship', (text) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('sudden_hardship');
  });

  it('an illness of years treated in hospital is not', () => {
    expect(rules('我妈瘫了好几年了 现在在医院住着 没钱').level).toBe('none');
  });
});

describe('round 24: a disaster of the last days that took everything', () => {
  it('is high when the household has nothing left', () => {
    const verdict = rules('昨天山洪把我家的牛和口粮全冲走了 人倒是没事 屋里啥都没了');
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('sudden_hardship');
  });
});

describe('round 24: calm messages the rules no longer raise', () => {
  it.each([
    '打死我都想不到 低保还要每年复核',
    '闺女得了白血病 化疗两年多 为治病把房子卖了 现在租房子住',
    '我家就在江边 年年发大水都要进水 墙都泡坏了',
    '我爸瘫在床上好几年了 我出不去打工 就靠种点地',
    '给我爸交的低保申请都一个月了还没人来 到底有人管没人管',
    '我在外地打工 我人回不去 想让村里帮我奶奶办个五保',
  ])('「%s」 is below high', (text) => {
    expect(['none', 'distress']).toContain(rules(text).level);
  });
});

describe('round 24: an accident that happened is no wish', () => {
  it('「被摩托车撞了 …等着做手术」 is not a passive wish to be dead', () => {
    expect(rules('我外公被摩托车撞了 人在医院等着做手术 要两万').category).not.toBe('suicide_passive');
    expect(rules('要是哪天出门被车撞了 也算是个了结').category).toBe('suicide_passive');
  });
});

describe('round 24: a stove that fell in is no disaster', () => {
  it('is not a fire or a flood to call 119 for', () => {
    expect(rules('今天去看了独居的刘大爷 他家炉子塌了 煤也没了').category).not.toBe('fire_disaster_now');
    expect(rules('昨晚雨太大 后墙塌了').categories).toContain('fire_disaster_now');
  });
});

describe('round 24: word senses and hard negatives', () => {
  it('a word sense is blanked for the rules but calms nothing', () => {
    const verdict = rules('孙女喝了打的药水 吐白沫了 她爸妈在外地打工');
    expect(verdict.signals).toContain('word-sense');
    expect(verdict.signals).not.toContain('hard-negative');
  });

  it('a figure of speech is still a hard negative', () => {
    expect(rules('饿死我了 中午吃啥').signals).toContain('hard-negative');
  });
});
