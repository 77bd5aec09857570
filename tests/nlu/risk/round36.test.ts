import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 36, kinds read from sets AV and AW (written here in our own words): wanting to kill oneself said plainly (and
// in traditional characters), a whole strip of pills in Cantonese, the means bought and hidden, pills made up to be
// taken later, the garage shut with the engine started, a drop from the river bank set for a day, the place fixed, the
// last weekend, at the water and going in, a car running with its windows taped; someone fallen into a cesspit or the
// river, a face covered in blood, a dog that bit a child, a breached river bank, pinned under a cart, not answering
// when called, pain too bad to stand now; and the false alarms: firewood burnt for warmth, a job no one will give, a
// jump heard of in a group chat.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 36: crises the rules now hear', () => {
  it.each([
    ['这阵子老是想杀了自己 一闭眼就是这个念头', 'suicide_active'],
    ['我常常想殺了自己', 'suicide_active'],
    ['我啱啱食咗成樽藥 头好晕', 'suicide_attempt'],
    ['敌敌畏我前天就买回来了，藏在柜子顶上', 'suicide_preparation'],
    ['绳子买好了 放在床底下', 'suicide_preparation'],
    ['后天一早趁他们都去上班 在车库里把门关上再发动车', 'suicide_plan'],
    ['等过完年我就从村后那个崖上跳下去', 'suicide_plan'],
    ['想好了 礼拜六 老桥那边', 'suicide_plan'],
    ['已经到江边了 风好大 我要下去了', 'suicide_attempt'],
    ['楼下有辆车一直开着 车窗都用胶带封了 里头有人', 'suicide_attempt'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });

  it('this weekend called one’s last is a farewell', () => {
    expect(rules('今天是我最后一个生日了 谢谢你们').level).toBe('critical');
  });

  it.each([
    '快来人 有个小孩掉进粪坑里了',
    '有人掉江里了 在水里扑腾',
    '我家的狗把隔壁孩子咬了 手上一直在流血',
    '娃被人打了 满脸都是血',
    '我爷爷开三轮翻到田沟里 压在车下面起不来',
    '我爸倒在院子里 喊都喊不答应',
    '家里就我和孩子 刚才突然肚子疼得直不起腰',
    '镇东头的河堤决口了',
  ])('「%s」 is critical', (text) => {
    expect(rules(text).level).toBe('critical');
  });
});

describe('round 36: a death told is no emergency of the one who died', () => {
  it('a widow with no money after her husband died in a crash is no medical emergency', () => {
    const verdict = rules(
      '隔壁家男的上礼拜骑摩托出车祸没了 留下老婆和两个娃 老婆这几天哭得起不来 家里一分钱都没有',
    );
    expect(verdict.level).not.toBe('critical');
    expect(verdict.categories).not.toContain('medical_emergency');
  });
});

describe('round 36: false alarms the rules no longer raise', () => {
  it.each([
    '买不起煤 冬天就捡点柴火烧烧取暖',
    '我腿脚不好 想找工作 没人要',
    '听说隔壁单元有人跳楼了 是真的吗',
    '我家的狗昨天把拖鞋咬坏了',
  ])('「%s」 is not urgent', (text) => {
    expect(urgent(rules(text).level)).toBe(false);
  });

  it('a real fire is still heard beside firewood', () => {
    expect(rules('柴房着火了 火烧到屋里来了 我妈还在里面').level).toBe('critical');
  });
});
