import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 17, read from the openings of dialogue set P (written here in our own words): applications and reports
// whose first message was taken for a crisis. A flock dying in the snow (羊 has an old reading xiang: 羊死 sounded
// like 想死); the sea as a fisher's work or a storm surge; the ground floor as a height; no answer to job letters
// (没回音) read as someone not come home; a wall with a crack and nothing worse; parents away working for years; a
// husband lost at sea months ago; gas once left on by a forgetful neighbour; a family put up at the village office
// after a typhoon. The same kinds told as danger now stay urgent.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 17: hardship and reports told in words that sounded like danger', () => {
  it.each([
    '今年雪下得早 羊死了一小半 饲料钱都是借的 能申请点啥',
    '上个月台风 海水倒灌进了院子 一楼的东西全泡坏了 网箱也冲走了 想问受灾补助',
    '我男人三个月前出海打鱼出了事 人没了 我带着两个娃 想问问临时救助',
    '找了半年工作 发了很多简历都没回音 心里很难受',
    '老房子 东边的墙裂了',
    '我跟奶奶过 爸妈在外地打工好几年不回来 奶奶问有没有过年的帮扶',
    '邻居家男的三个多月前出海没回来 船也没找到 现在她家里揭不开锅 想帮她反映',
    '对门老爷爷记性不好 上回煤气开着没关 幸好闻到了 想请社区多照看',
    '台风过后房顶被掀了 这些天住在村委会 想申请受灾救助',
    '早上喊儿子起床 喊了老半天才应 上学又要迟到',
  ])('「%s」 is not critical', (text) => {
    expect(assess(text).level).not.toBe('critical');
  });
});

describe('round 17: the same kinds told as danger now stay urgent', () => {
  it.each([
    '大水灌进屋里了 还在涨 我爸瘫在床上动不了',
    '我想从十一楼跳下去',
    '我不想活了 煤气已经开着了',
    '后墙裂开了 往下掉土 快塌了 孩子还在屋里',
    '我妈今早出门到现在没回来 她有老年痴呆 外面零下十几度',
    '上门走访看到隔壁老汉躺在炕上 三天没吃饭了 喊他老半天才应',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });
});
