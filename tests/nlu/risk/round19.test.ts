import { beforeAll, describe, expect, it } from 'vitest';
import { type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 19, kinds read from set R (written here in our own words): an English word in a message that has English in
// it stays English, even when it spells like pinyin (here → 河热 read as a river); a low mood the rules calmed as a
// figure of speech or a hard negative (活成了笑话, a carer's tiredness) is still heard as distress when the net is all
// but sure of it. Pinyin written as pinyin is still read.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 19: English in a Chinese message', () => {
  it.each([
    'hello 我在杭州打工 老家是四川的 can I apply 低保 here? 还是要回户口所在地',
    'I live here 三年了 没有本地户口 想问 temporary assistance 能不能在这边申请',
    'my mother 一个人在老家 she 七十多了 能申请高龄补贴吗',
  ])('「%s」 is no emergency', (text) => {
    expect(assess(text).level).toBe('none');
  });

  it.each(['wo bu xiang huo le', 'jin wan qu tiao he'])('pinyin 「%s」 is still read as pinyin', (text) => {
    expect(assess(text).level).toBe('critical');
  });
});

describe('round 19: distress the rules calmed as a figure of speech', () => {
  it.each([
    '申请没批 村里人都说我懒 好几个月睡不着觉 心里憋得慌 觉得自己活得像个笑话',
    '照顾瘫在床上的公公五年了 男人在外地 今天洗碗的时候突然就哭了 止都止不住 就是太累了',
  ])('「%s」 is heard as distress, and no case is opened', (text) => {
    expect(assess(text).level).toBe('distress');
  });

  it.each(['笑死我了 这个表格填了三遍', '累死了 排了一上午队 还要什么材料'])(
    'hyperbole 「%s」 stays calm',
    (text) => {
      expect(assess(text).level).toBe('none');
    },
  );
});
