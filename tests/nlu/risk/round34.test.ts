import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 34, kinds read from sets AR and AS (written here in our own words): following a mother once her funeral
// is done, a date set to go to the railway, a farewell with thanks for help given, a suicide note with a question
// about the allowance after one's death, a known person's threat in a chat, petrol carried into an office, a man
// bleeding on the ground; and the false alarms: a film about medicine, a fall into a river years ago, an attempt
// decades ago, a feeling of not being able to breathe, a miner's lung disease, a home on a mountain, a rough
// sleeper already sent home.

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 34: crises the rules now hear', () => {
  it.each([
    ['爸的丧事一办完 我就跟他去 早就想好了', 'suicide_plan'],
    ['下礼拜再不给钱 我就去铁道上 哪天都定好了', 'suicide_plan'],
    ['该告别的人都告别过了 谢谢你们之前帮我申请补助 以后不用联系我了', 'suicide_preparation'],
    ['信已经写好压在枕头下了 问一下我走了以后孩子的补助谁来领', 'suicide_preparation'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const verdict = rules(text);
    expect(verdict.level).toBe('critical');
    expect(verdict.categories).toContain(category);
  });

  it('a threat in a chat by someone the writer knows is violence, not news', () => {
    expect(rules('同学群里有人说明天要去厂里捅人 我认识他 他不是开玩笑的').level).toBe('critical');
  });

  it('a grid worker told in person by an old man that he wants to end it is a case, not a question of procedure', () => {
    expect(rules('我是网格员 走访时独居的老顾跟我说了好几次他想了结自己 我该怎么处理').level).toBe(
      'critical',
    );
    expect(urgent(rules('网格员碰到有人说想自杀 该怎么处理 有培训吗').level)).toBe(false);
  });

  it('a rumour asked about stays news', () => {
    expect(urgent(rules('群里都在传有人跳楼了 是真的吗').level)).toBe(false);
  });

  it('petrol carried in while shouting to set it alight is no joke', () => {
    expect(rules('有个人拎着一桶汽油冲进镇政府 嚷嚷着要烧了这里').level).toBe('critical');
  });

  it('a worker lying on the ground bleeding is a medical emergency', () => {
    const verdict = rules('我哥从架子上掉下来 躺在地上流血 叫不来车');
    expect(verdict.level).toBe('critical');
  });

  it('a grave illness just found, told before asking what help there is, is a sudden hardship', () => {
    expect(rules('我妈刚查出胃癌晚期 家里实在拿不出钱了 请问有什么救助').level).toBe('high');
  });

  it('an oxygen machine stopped for a lung patient of years is still an emergency', () => {
    expect(rules('我爸慢阻肺十几年了 今天停电制氧机用不了 嘴唇都发紫了').level).toBe('critical');
  });
});

describe('round 34: weariness held up by the children to raise', () => {
  it('「活得真累 可家里还有娃要养 不能垮」 is distress, not a wish to die', () => {
    expect(rules('活得真累 可家里还有娃要养 不能垮').level).toBe('distress');
  });
});

describe('round 34: ordinary messages that stay calm', () => {
  it.each([
    '看完《我不是药神》想问问 慢粒白血病的药医疗救助能报多少',
    '我姑父去年掉水库里被人救上来了 现在好好的 想问他能不能办养老保险',
    '我婆婆年轻时候喝过药 被救回来了 那是七几年的事 现在想申请高龄补贴',
    '我爷爷说他年轻那会儿穷得差点想不开 现在都八十多了身体硬朗 问问高龄津贴',
    '作业太多压力太大 喘不过气的那种感觉',
    '我爸尘肺病好多年了 现在喘得厉害干不了活 能申请什么',
    '我家房子在山上 离卫生院十几里路 看病不方便',
    '上回那个睡桥洞的大爷 听说已经送回老家了 谢谢',
    '两个礼拜前下冰雹 麦子全打了 房子倒没事 想问受灾补助',
    '孩子他娘走了再没回来 他爹在外面打工 想问助学金',
  ])('「%s」 raises no alarm', (text) => {
    expect(urgent(rules(text).level)).toBe(false);
  });

  it('an attempt decades ago does not calm a wish told today in the same long message', () => {
    const text = '我家房子是八几年盖的 漏雨了想问危房改造。说实话我最近天天想自杀 晚上睡不着就想这个';
    expect(rules(text).level).toBe('critical');
  });
});
