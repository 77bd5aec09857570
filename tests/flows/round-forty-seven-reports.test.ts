// Round 47: the kinds of misreading in reports about someone else that set BO's misses showed (development data now,
// in-sample), one describe for each kind; every sentence is written here, every person fictional.
import { describe, expect, it } from 'vitest';
import { extractPersonNames, leadingName } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { reportPlan } from './report-plan.js';
import { shippedReader } from './shipped-reader.js';

describe('round 47: a given name that opens with 伯, 叔, 姨 … is a name, a word of address is not', () => {
  it.each([
    ['老爷子叫林叔平，住三楼', '林叔平'],
    ['那个后生叫何伯涛 二十来岁', '何伯涛'],
    ['她叫黄姨芳', '黄姨芳'],
    ['老太太名字叫冯婶华 耳朵背', '冯婶华'],
  ])('「%s」 names %s', (text, name) => {
    expect(extractPersonNames(text).map((e) => e.value)).toContain(name);
  });

  it.each(['叫王伯伯', '名字叫李婶子', '叫张村长', '俺叫吴嫂', '他叫刘姐夫'])(
    '「%s」 names nobody',
    (text) => {
      expect(extractPersonNames(text)).toEqual([]);
    },
  );

  it.each([
    ['周伯年 八十三了', '周伯年'],
    ['郑叔良，七十多，一个人过', '郑叔良'],
  ])('an answer opening with 「%s」 names %s', (text, name) => {
    expect(leadingName(text)).toBe(name);
  });

  it.each(['王伯伯 八十岁', '陈伯娘 七十多', '张今年 八十'])(
    'an answer opening with 「%s」 names nobody',
    (text) => {
      expect(leadingName(text)).toBeUndefined();
    },
  );

  it('the report is filed under the name said after 叫', async () => {
    const plan = await reportPlan([
      '三楼的郑老先生 七十好几了 名字叫郑伯良',
      '江阴市澄江街道南街社区8栋301',
      '一个人住 最近总忘关煤气',
      '不算太急',
      '13900004411',
    ]);
    expect(plan?.fields.applicant_name).toBe('郑伯良');
  });
});

describe('round 47: the one reported, not the relative named beside them', () => {
  it.each([
    [['小伙叫孙家明 他爹叫孙大有 在外地打工'], '孙家明'],
    [['他娘叫吴秀兰 孩子叫吴小东 才九岁'], '吴小东'],
    [['姑娘叫韦丽娟 她妈是韦春花 瘫在床上'], '韦丽娟'],
  ])('「%s」 is about %s', async ([answer], name) => {
    const plan = await reportPlan([answer!, '江阴市月城镇双泾村', '没人照顾', '挺急的', '13900004412']);
    expect(plan?.fields.applicant_name).toBe(name);
  });

  it('with only the relative named, the relative is who staff ask after', async () => {
    const plan = await reportPlan([
      '他娘叫吴秀兰',
      '江阴市月城镇双泾村',
      '没人照顾',
      '挺急的',
      '13900004412',
    ]);
    expect(plan?.fields.applicant_name).toBe('吴秀兰');
  });
});

describe('round 47: a helper who says what they do with 做 / 当 watches over others, and offers nothing', () => {
  it.each([
    '我在镇上做社工 有个孩子爸妈都不在身边 跟着爷爷过 爷爷腿脚不好 我也不晓得该找谁',
    '俺在社区当网格员 俺们楼有个老头一个人住 这几天没见他下楼',
    '我平时在敬老院做义工 认识一个阿婆 儿女都不管她 想跟你们说说她的情况',
  ])('「%s」 reports someone else', (text) => {
    const parts = readMessageParts(text);
    expect(parts.reportsOther).toBe(true);
    expect(parts.offersHelp).toBe(false);
  });

  it.each(['我想当志愿者 陪陪村里的孤寡老人', '我在社区想当志愿者 怎么报名'])(
    '「%s」 still offers help',
    (text) => {
      expect(readMessageParts(text).offersHelp).toBe(true);
    },
  );

  it('the report is taken, not abstained on', async () => {
    const h = await shippedReader();
    await h.say(
      '我在镇上做社工 有个孩子爸妈都不在身边 跟着爷爷过 爷爷腿脚不好 孩子天天饿肚子 我也不晓得该找谁',
    );
    expect(h.flow?.name).toBe('report');
  });
});

describe('round 47: a watcher who tells of a flat by its number, and asks help for them, reports', () => {
  it.each([
    '我是这栋楼的楼长 1203的女主人前些天病倒住院了 家里就剩个上小学的孩子 你们能不能帮帮他们',
    '我是网格员，我们网格602那户的户主下岗半年了，老婆也有病，看他们实在困难，能不能给想想办法',
    '作为楼栋长反映一下，301的男主人瘫在床上，孩子还小，能不能帮她们一把',
  ])('「%s」 reports someone else', (text) => {
    const parts = readMessageParts(text);
    expect(parts.aboutSomeoneElse).toBe(true);
    expect(parts.reportsOther).toBe(true);
  });

  it("the writer's own flat is no one else's", () => {
    expect(readMessageParts('我住8栋502的 我老公瘫了 家里没收入 能不能帮帮我们').aboutSomeoneElse).toBe(
      false,
    );
  });

  it("the report is taken, not an application in the watcher's name", async () => {
    const h = await shippedReader();
    await h.say('我是这栋楼的楼长 1203的女主人前些天病倒住院了 家里就剩个上小学的孩子 你们能不能帮帮他们');
    expect(h.flow?.name).toBe('report');
  });
});
