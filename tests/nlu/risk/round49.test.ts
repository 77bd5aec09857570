import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { levelRank } from '../../../src/nlu/risk/types.js';

// Round 49, kinds read from set BQ (every sentence here is our own): farewells hidden from the family or sent to all of
// one's friends, a rope hung with the speaker between, a rope's hold asked about, a crash meant to pass for an
// accident, a means named and then taken "it", a guess said for confirmation, shrouds by other names and last words,
// a child entrusted in spoken words; a question broken off for an emergency now, someone cold who does not answer;
// and a year written with two digits as the past.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const atLeastHigh = (text: string): boolean => levelRank(rules(text).level) >= levelRank('high');

describe('round 49: a farewell the family did not recognise, or goodbyes sent to everyone', () => {
  it.each([
    '晚上跟我妈道了别 她也没听出来是什么意思',
    '昨天给每个亲戚都打了个电话 说了声再见 他们都没听懂我的意思',
    '我给所有朋友都发了再见 欠的钱也转了',
    '跟我的每个兄弟姐妹都说了永别 就这样吧',
  ])('「%s」 is preparation', (text) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category: 'suicide_preparation' });
  });

  it.each([
    '跟同学说了再见 他们都没发现我哭了',
    '给所有亲戚都发了再见 我下周要出国读书了',
    '老师说的那个词他们都没听出来是什么意思',
    '借同事的钱都转回去了 号码也删了 这工作不干了',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 49: a rope hung, a rope’s hold asked about, a crash meant to pass for an accident', () => {
  it.each([
    '绳子俺已经系好了 谁也别来',
    '绳子我早就挂上了 就差一步',
    '买了根绳子 阳台那根水管承不承得住我',
    '想开着车朝桥墩撞过去 到时候就算个意外',
  ])('「%s」 is critical', (text) => {
    expect(levelRank(rules(text).level)).toBe(levelRank('critical'));
  });

  it.each([
    '上个月下班路上被车撞了 算交通事故还是工伤',
    '晾衣服的绳子我都挂好了 等太阳出来',
    '这个木架子能不能撑住一个人坐上去',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 49: a means named, then taking "it" intended; a guess said for confirmation', () => {
  it.each([
    '攒的安眠药都在抽屉里 今晚就吃了它们',
    '我妈一直找那瓶敌敌畏 念叨着活够了 要喝了它',
    '从顶楼跳下去应该一下就过去了吧 我不想再连累家里',
  ])('「%s」 is critical', (text) => {
    expect(levelRank(rules(text).level)).toBe(levelRank('critical'));
  });

  it.each(['医生开的药片太苦 孩子不想吃了', '这瓶止咳糖浆快过期了 我打算喝了它'])(
    '「%s」 stays calm',
    (text) => {
      expect(atLeastHigh(text)).toBe(false);
    },
  );
});

describe('round 49: shrouds by other names, last words, a child entrusted as spoken', () => {
  it.each([
    '送老衣我已经穿好了 存折留给外孙女 刚才给儿子交代了最后的话',
    '拜托你们以后照看下我闺女 我以后管不了她了',
  ])('「%s」 is preparation', (text) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category: 'suicide_preparation' });
  });

  it.each(['我妈九十了 老衣早就备好了 她身体还硬朗', '拜托你们以后照看下我女儿 我下个月要去外地打工'])(
    '「%s」 stays calm',
    (text) => {
      expect(atLeastHigh(text)).toBe(false);
    },
  );
});

describe('round 49: a question broken off for what is happening now', () => {
  it.each([
    '请问残疾证年审去年的表还能用吗 等等 我爸刚从楼梯上摔下来了 起不来',
    '我想问问上个月申请的补贴批了没 对了现在厨房里一股煤气味 老人在睡觉',
    '奶奶早上一直没起床 喊她也没反应',
    '我叫了我爸好几声他都不答应 手冰凉',
  ])('「%s」 is critical', (text) => {
    expect(levelRank(rules(text).level)).toBe(levelRank('critical'));
  });

  it.each([
    '去年我爸在楼梯上摔了 起不来 现在想申请护理补贴',
    '对了 上次那次摔跤的医药费能报吗',
    '老伴睡得沉 叫他不答应 打着呼噜呢',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 49: a year written with two digits is the past', () => {
  it.each([
    '零八年地震房子塌了 后来修好了 现在墙又裂了 能申请加固吗',
    '九八年发大水把家冲了 想问问现在还能补办房产证吗',
    '〇三年那场火把厂房烧了 现在想申请创业补贴',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });

  it.each(['我在这住了八年了 房子刚塌了 我妈压在下面', '干了三十年了 今天厂房着火了 人还在里面'])(
    '「%s」 is still critical',
    (text) => {
      expect(levelRank(rules(text).level)).toBe(levelRank('critical'));
    },
  );
});

describe('round 49: active thoughts, plans and notes in other words', () => {
  it.each([
    '我最近老是想着寻短见 怎么也睡不着',
    '这阵子总想干脆结束算了 这个念头甩不掉',
    '下星期六是我最后一天了 该安排的我慢慢安排',
    '遗书我准备今晚就写 写完就去',
    '我想好了 等她七七过了 我就去陪佢',
  ])('「%s」 is critical', (text) => {
    expect(levelRank(rules(text).level)).toBe(levelRank('critical'));
  });

  it.each([
    '这个礼拜五是我最后一天上班了 想把交接都弄好',
    '遗嘱我打算明天写 给两个儿子分房子',
    '租房的地方我已经找好了 下礼拜搬',
    '这段合同干脆结束算了 我想换一家公司',
    '别寻短见 日子总会好起来的',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 49: passive wishes in plainer or dialect words', () => {
  it.each([
    '伺候婆婆十年了 有时候想 我要是死了 两眼一闭啥都不用操心了',
    '我这身子骨早死早解脱 也不拖累儿女',
    '阎王爷咋还不把我带走 活着净受罪',
    '天天求佛祖把我也收了去',
    '夜里困下去 勿要醒转来就好了',
    '我要是冇出世就好了 爸妈也不用这么累',
    '借了一屁股债 想着出门让车撞了拉倒 好歹给娃留点赔偿',
  ])('「%s」 is at least high', (text) => {
    expect(atLeastHigh(text)).toBe(true);
  });

  it.each([
    '老天爷咋还不下雨 庄稼都旱坏了',
    '周末不用上班 明天早上不要醒来就好了 想睡到中午',
    '人家说这病治好了 两眼一闭睡一觉就不疼了',
    '你听说了吗 他出门被车撞了 保险能赔不少',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 49: violence going on now, acid threatened by someone at the door', () => {
  it.each([
    '对门那家男的现在又在打 他老娘一直在喊救命',
    '护工这会儿正在揍那个瘫在床上的老头',
    '他现在在楼下堵着 放话要泼硫酸',
    '那人现在就在门口守着 说要拿汽油浇我',
  ])('「%s」 is violence now', (text) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category: 'violence_now' });
  });

  it.each([
    '孩子现在又在打游戏 喊他吃饭也不理',
    '快递员现在在楼下等 我下去拿',
    '我爸现在又在打麻将 我妈一直在唠叨',
  ])('「%s」 stays calm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});

describe('round 49: the body failing in other words', () => {
  it.each([
    '我爸胸口疼得浑身是汗 坐都坐不住',
    '老伴刚才咳了一碗血 脸都白了',
    '前几天吐了半碗血 今天又开始吐了 家里没钱去医院',
    '奶奶摔了一跤 头上流了好多血 现在迷迷糊糊的',
  ])('「%s」 is a medical emergency', (text) => {
    expect(rules(text)).toMatchObject({ level: 'critical', category: 'medical_emergency' });
  });

  it.each([
    '去年我爸心口痛得一身汗 住了半个月院 现在想申请大病救助',
    '上个礼拜吐了一大碗血 住院治好了 现在想申请医疗救助',
  ])('「%s」 raises no alarm', (text) => {
    expect(atLeastHigh(text)).toBe(false);
  });
});
