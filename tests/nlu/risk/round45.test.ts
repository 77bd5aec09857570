import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 45, kinds read from sets BL and BM (written here in our own words), the rules alone: an urge to walk on into
// the water and be done, the urge told before the rooftop, dying to make someone sorry, one's own burial clothes beside a
// means kept, an errand done beside nothing left to hold one, farewells that others took for a joke, self-harm of a
// moment ago told as better now, chest pain alone ending with "I don't know whom to turn to". Calm: how an allowance is
// reckoned, where the rescue station is, an old man sleeping rough seen in good spirits, a child found again, parents'
// worry about disabled children after their death, an injury laid up with for months, a stroke with weeks in hospital
// since, a kitchen burnt last month with the family lodging with kin, vegetables grown that were lost.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (text: string): boolean => ['high', 'critical'].includes(rules(text).level);

describe('round 45: the suicide ladder in other words', () => {
  it.each([
    ['天天路过水库那段堤 总想着就这样走下去算了', 'suicide_active'],
    ['我老是想着从楼顶跳下去 一闭眼就是那个画面', 'suicide_active'],
    ['吵完架我真想死了给他们看 让他们知道后悔', 'suicide_active'],
    ['寿衣我已经试好了 敌敌畏就藏在床底下', 'suicide_preparation'],
    ['银行卡密码写给我儿子了，欠的账也都还清了，现在一点牵挂都没有了', 'suicide_preparation'],
    ['社保卡的事也办好了，存折密码写给闺女了，没啥牵挂了', 'suicide_preparation'],
    ['昨晚在群里跟同学一个个道了别，他们都以为我在开玩笑', 'suicide_preparation'],
  ])('「%s」 is critical (%s)', (text, category) => {
    expect(rules(text).level).toBe('critical');
    expect(rules(text).categories).toContain(category);
  });

  it('self-harm of a moment ago told as better now is still urgent', () => {
    expect(urgent('刚才又用刀片划了自己几下 现在好多了 不是想死')).toBe(true);
  });

  it('chest pain alone, ending with not knowing whom to turn to, is a medical emergency', () => {
    expect(rules('胸口疼得厉害喘不上气 家里就我一个 也不知道该找谁').level).toBe('critical');
  });

  it.each([
    '日子再难也得走下去',
    '我妈七十多了 寿衣早就准备好了 身体还硬朗',
    '我们几个打算周末去河边钓鱼 想着走下去看看水深不深',
    '孩子老跟我说想死了给我看 其实就是耍脾气 这周已经好了 学校说吃得好睡得好',
    '房子过户的事办好了，想问一下低保要不要重新申请',
    '我想申请临时救助 不知道该找谁办',
  ])('「%s」 stays below critical', (text) => {
    expect(rules(text).level).not.toBe('critical');
  });

  it('a purchase in one clause does not reach a means named in the next', () => {
    expect(rules('衣服给孙子买好了 农药是打麦子用的').level).toBe('none');
  });
});

describe('round 45: hardship coped with and policy questions stay calm', () => {
  it.each([
    '洪灾的补助是按人头发还是按户发',
    '救助管理站在哪 过年的时候能不能去住几天',
    '桥边有个捡废品的老爷子 看着精神挺好 想问问救助站收不收 怎么联系',
    '孩子走丢又找回来以后 学校那边有没有心理辅导',
    '我们老两口就怕以后我们不在了没人管这个傻闺女',
    '我在工地摔断了胳膊 在家养了三个月了 老板一分钱没给',
    '我爸脑梗了 在县医院住了半个月 现在回家养着 想问慢病补贴怎么申请',
    '上个月灶房烧了 人都没事 现在住在我姐家 能申请啥补助',
  ])('「%s」 is no alarm', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('vegetables grown that were lost are no food run out', () => {
    expect(rules('棚里的菜都没了 今年白干了').categories).not.toContain('no_food');
    expect(rules('家里的米和菜都没了 孩子饿了一天').categories).toContain('no_food');
  });

  it.each([
    '我妈刚才中风了 现在倒在床上叫不醒',
    '房子昨晚烧没了 一家人今晚不知道住哪',
    '我走了 谁也别找我 药已经吃下去了',
  ])('「%s」 is still urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('round 45: passive wishes in plainer words', () => {
  it.each([
    '带孩子带得我跟老天爷说 干脆让我死了算了',
    '有时候觉得那年发大水把我也冲走了就好了',
    '我要是从来没存在过就好了 爸妈也不用跟着我丢人',
    '我要是不在了 孩子们是不是能少遭点罪',
    '这辈子活得没意思 哪天腿一蹬死了算了',
  ])('「%s」 is a wish to be dead (high or more)', (text) => {
    expect(urgent(text)).toBe(true);
    expect(rules(text).categories).toContain('suicide_passive');
  });

  it.each(['我要是没存在感就好了 开会总被点名', '那年发大水把我家的牛冲走了 现在想申请点补助'])(
    '「%s」 is no alarm',
    (text) => {
      expect(urgent(text)).toBe(false);
    },
  );
});

describe('round 45: threats with a target', () => {
  it.each([
    '隔壁那家人放话要来我家放把火 说到做到',
    '他扬言要把我们家的店给烧了',
    '前男友说我敢报警就弄死我全家',
    '催债的在我家门口写了不还钱死全家',
    '那帮人说下个月再不还就把我闺女带走抵债',
    '有人在网上说要来收拾我 还把我单位发出来了',
  ])('「%s」 is urgent (a threat)', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each(['网上说要来寒潮了 老人要注意保暖', '邻居家装修 墙上刷了红油漆 味道好大 想问问找谁管'])(
    '「%s」 is no alarm',
    (text) => {
      expect(urgent(text)).toBe(false);
    },
  );
});
