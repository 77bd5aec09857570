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

describe('round 19: hardship told while applying, in words that looked like danger', () => {
  it.each([
    '我在西宁上学 家里就奶奶一个人 想帮奶奶申请特困供养 please help',
    '邻居刘大爷去年脑梗 在县医院住了两个多月院 现在刚回家 半边身子动不了 想帮他问问医疗救助',
    '我表妹生下来就听不见 也说不了话 三十多了 想给她办残疾人补贴',
    '我在广东打工 过年一时回不去 老家的房子漏雨 能不能先在网上帮我爸报危房改造',
  ])('「%s」 is not critical', (text) => {
    expect(assess(text).level).not.toBe('critical');
  });

  it.each([
    'please help 他拿着刀在砍门',
    '我爸突然说不了话了 嘴也歪了',
    '车坏在山路上了 回不去了 天快黑了 还带着孩子',
  ])('danger now 「%s」 stays urgent', (text) => {
    expect(['high', 'critical']).toContain(assess(text).level);
  });
});

describe('round 19: beatings told as a habit, and a beating now', () => {
  it.each([
    '我是楼长 对门那个大姐她男人喝了酒就打她 昨天见她眼睛又青了 她不敢报警 我能做点啥',
    '孩子他爸三天两头动手打我 这两天没打 我躲在我姐家不敢回去',
  ])('「%s」 is urgent (high): abuse going on, nobody hurt this minute', (text) => {
    const verdict = assess(text);
    expect(verdict.level).toBe('high');
    expect(verdict.category).toBe('violence_ongoing');
  });

  it.each(['他又喝醉了 正在踹门 我和孩子躲在厕所里', '我男人一喝酒就打人 现在拿着菜刀在院子里'])(
    '「%s」 is critical',
    (text) => {
      expect(assess(text).level).toBe('critical');
    },
  );

  it('a village cadre asking in general what can be done is no case', () => {
    expect(
      assess('我是妇女主任 村里有户人家男的经常喝酒打老婆 那个女的不愿报警 我们能做些什么').level,
    ).not.toBe('critical');
  });
});

describe('round 19: a thing dropped into a well', () => {
  it('「钥匙掉井里了」 is no one in the water; a child fallen in still is', () => {
    expect(assess('家里的钥匙掉井里了 有没有办法捞').level).toBe('none');
    expect(assess('孩子掉井里了 快来人').level).toBe('critical');
  });
});

describe('round 19: a death in Wu words, and someone who looks in', () => {
  it.each([
    '阿拉爷叔上个号头突然心脏病走脱了 屋里就靠阿姨一个人 想问问临时救助哪能申请',
    '我大姑八十多了 一个人在家住 我们几个侄子轮流照顾 想问问能不能申请特困',
    '邻居王奶奶一个人住 儿子在外地 我隔三差五过去看看她 她这种能申请低保吗',
  ])('「%s」 is no emergency', (text) => {
    expect(['none', 'distress']).toContain(assess(text).level);
  });
});

describe('round 19: hail of yesterday that has flattened the sheds', () => {
  it('is a loss to help with, not a disaster to flee; someone under the roof still is', () => {
    expect(assess('前天下午下冰雹 村里老刘家的大棚全砸塌了 想帮他申请受灾救助').level).not.toBe('critical');
    expect(assess('昨晚大雪把房顶压塌了 老人还压在下面').level).toBe('critical');
  });
});
