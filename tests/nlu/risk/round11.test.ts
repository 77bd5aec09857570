import { beforeAll, describe, expect, it } from 'vitest';
import { levelRank, type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 11: kinds of miss set H showed, checked with our own sentences (never a benchmark's, nor those of
// risk/examples/dev-n.yaml): plans said with 打算 and a poison named after a few words, money and benefits
// handed to the family, acute signs in plain or dialect words, carbon monoxide told by the stove and the
// symptoms, a dependent left unable to move, someone shut in a car, threats with a target, a death wish that
// comes back, self-harm told by its marks, neglect by the family, grooming, and a professional telling of a
// child in danger now; and the calm look-alikes of each (a move, an errand, a refill, a claim settled).

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 11: crises of the new kinds reach critical', () => {
  it.each([
    '我奶奶在路边晕倒了 怎么叫都叫不醒',
    '我爸喝完酒吐了好多血 现在靠在墙上不说话',
    '我们宿舍用电炉烧炭取暖 现在三个人都头晕想吐',
    '我妈卧床三年了 照顾她的我哥昨天住院了 她一个人在家起不来',
    '大热天 有个老人被锁在车里 已经没动静了',
    '他在电话里说我今晚要是不开门 就把孩子从阳台扔下去 他正往家赶',
    '戒酒以后 想死的念头又冒出来了',
    '我女儿腿上一道一道的 有几条是新划的',
    '我是网格员 看到一户人家把孩子锁在阳台上 孩子一直在哭',
    '我在工地上 听说我妈又被我继父打了 她在电话里一直哭',
    '卡里的钱都转给我女儿了 麻烦帮我问问 我的低保是不是可以停了',
  ])('「%s」 is critical', (text) => {
    expect(assess(text).level).toBe('critical');
  });
  it('reads an unresponsive person as a medical emergency, not a method question', () => {
    expect(assess('我奶奶在路边晕倒了 怎么叫都叫不醒').category).toBe('medical_emergency');
  });
});

describe('round 11: urgent messages of the new kinds reach at least high', () => {
  it.each([
    '我准备今晚等室友出去 把那瓶百草枯兑着饮料喝掉',
    '存款我都转到我儿子卡上了 以后我那份养老金就发给他吧 别等我了',
    '催收的说再不还钱就打断我儿子的腿',
    '她老公放话说要是她敢跑 就拉着全家一起死',
    '我姥爷被我舅舅关在后院 饭也不给吃 天天喊饿',
    '我外甥女说网友让她发照片 还约她下周见面',
    '隔壁大叔趁家里没人摸了我妹妹',
    '我拿头撞墙撞得起了包 控制不住',
  ])('「%s」 is at least high', (text) => {
    expect(levelRank(assess(text).level)).toBeGreaterThanOrEqual(levelRank('high'));
  });
});

describe("round 11: the new signals' calm look-alikes stay below high", () => {
  it.each([
    '我打算下个月带孩子去外婆家住几天',
    '我把工资转给我妈了 让她帮我还信用卡',
    '老人家的遗嘱已经公证了 想问问房子过户要交什么税',
    '去年我爸工伤断了两根手指 厂里赔了钱 现在想申请残疾证',
    '家里被小偷偷了 已经报了案 想问能不能申请临时救助',
    '我爸手抖得厉害 医生说是帕金森 想问药费能报多少',
    '我妈的胰岛素快用完了 周末去医院再开',
    '我儿子这次考试差死了 气得我',
    '我们社区想组织一次防烧炭的宣传 海报怎么写',
    '冬天屋里冷 老母亲手脚冰凉 想申请取暖补贴',
    '我把钥匙交给物业了 以后不回来住了 搬去儿子家',
    '网上认识了个朋友 约好周末一起去爬山',
    '叔叔摸摸我的头说我长高了',
    '车里锁着的是我的行李 钥匙丢了怎么办',
    '听说我儿子的学校要收补课费 有补助吗',
    '听说我爸住院了 我在外地回不去 医药费能报销多少',
  ])('「%s」 stays below high', (text) => {
    expect(levelRank(assess(text).level)).toBeLessThan(levelRank('high'));
  });
  it('still reads a refill with no money for it as a treatment about to stop', () => {
    expect(assess('胰岛素明天就用完了 没钱买 下周才能去开').level).toBe('high');
  });
});
