import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskAssessor } from '../../../src/nlu/risk/index.js';

// Round 46, kinds read from set BN (written here in our own words), the rules alone. Calm: whether an office
// covers a case asked as "X not X" (政府管不管), a scheme someone named asked about (你们说的…是怎么回事), where to run
// "when" a disaster comes, the bill of someone else's attempt asked about (医保给报吗), a funeral's debt not yet
// repaid (还没还完 is no debt settled). Urgent: the family's whole living lost in the last days, said as a noun of
// livelihood (全部家当, 吃饭的家伙, 一年的指望) or as living on the thing (就靠这条船吃饭).

let rules: RiskAssessor;

beforeAll(async () => {
  rules = createRiskAssessor({ data: await loadRiskData('risk') });
});

const urgent = (text: string): boolean => ['high', 'critical'].includes(rules(text).level);

describe('round 46: policy and preparedness questions naming a danger stay calm', () => {
  it.each([
    '洪水把地里的房子冲垮了的话 国家赔不赔',
    '洪水要是把房子冲塌了 国家管不管',
    '房子叫泥石流埋了的话村里帮不帮',
    '你们说的大病救助是怎么回事 住院押金交不起能先治吗',
    '他们讲的先诊疗后付费是个啥 手术费交不上',
    '山洪来的时候往哪躲 我家就在河边',
    '地震时去哪 避难场所在哪',
    '着火的时候往哪逃 楼里的应急避难场所在几楼',
  ])('「%s」 is no alarm', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    '俺弟前年割腕住院花的钱 新农合能报不',
    '请问上吊被救下来住的院医保给报吗 我舅舅前年的事',
    '我堂姐去年割腕缝针的钱 医保给不给报',
  ])("the bill of someone else's attempt, asked about, is no alarm: 「%s」", (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    '房子刚塌了 我妈还压在下面 政府管不管啊',
    '着火了 我们被困在三楼 往哪跑',
    '我刚吞了一瓶安眠药 医保给报吗',
  ])('a danger told now beside such a question is still urgent: 「%s」', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('round 46: a debt not yet repaid is no affair settled', () => {
  it.each([
    '我爸的丧事欠的账还没还上 压力好大',
    '那几年做生意借的钱到现在还没还完 一到月底就心慌',
    '给老伴看病欠的债还没还清 睡不着觉',
  ])('「%s」 is no suicide preparation', (text) => {
    expect(rules(text).categories).not.toContain('suicide_preparation');
    expect(urgent(text)).toBe(false);
  });

  it('debts paid off beside nothing left to hold one still read as preparation', () => {
    expect(rules('欠别人的钱都还清了 没什么牵挂了 也不想活了').level).toBe('critical');
  });
});

describe("round 46: the family's whole living lost in the last days", () => {
  it.each([
    '昨天店被强拆了 那是我们全家的饭碗',
    '昨天三轮车被撞报废了 那是我挣钱的家伙 娃下礼拜要交学费',
    '台风把渔船打沉了 一家人就靠这条船吃饭',
    '拉货的面包车前几天撞坏了 全家就指着那辆车糊口',
  ])('「%s」 is urgent hardship', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    '年轻时候家里的牛全死了 那是全部家当 后来靠打工熬过来了 想问问养老补贴',
    '我们这的渔船都是靠打鱼吃饭 想问问渔业补贴怎么申请',
    '这车是我们全家吃饭的家伙 想问问营运证怎么年审',
  ])('「%s」 is no alarm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('round 46: a borrowed bed that ends within days', () => {
  it.each([
    '被房东赶出来了 先在老乡那打地铺 老乡说顶多住到下礼拜一',
    '我跟孩子暂时借住在同事宿舍 人家说只能待到周五',
    '表姐让我们住她家 但她老公说最多住到这个周末',
  ])('「%s」 is homelessness within days', (text) => {
    expect(rules(text).categories).toContain('homeless_tonight');
  });

  it('a stay with an end far off and no hurry is no alarm', () => {
    expect(urgent('我妈让我回家住到过年 不着急')).toBe(false);
  });
});

describe('round 46: a wish to be dead with the family spared, or death weighed as comfort', () => {
  it.each([
    '成日觉得自己系多余 少了我 他们日子过得更好',
    '活成这样 死了倒清净',
    '有时候想 死了反倒舒坦',
    '这日子窝囊 死球了倒安逸',
  ])('「%s」 is a wish to be dead (high or more)', (text) => {
    expect(rules(text).categories).toContain('suicide_passive');
  });

  it.each(['少了我一个人 活动照样办', '人死了也就安逸了 下辈子投个好胎 说的是我家那只老猫'])(
    '「%s」 is no alarm',
    (text) => {
      expect(urgent(text)).toBe(false);
    },
  );
});
