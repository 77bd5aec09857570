// The message read as its clauses (src/nlu/message-parts.ts): what it tells, asks and wants. Examples in
// several registers, and property tests over hostile text (bound: 50 ms a call on 2,000 characters).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;

describe('what a message wants', () => {
  it.each([
    '俺想办个低保',
    '你好，我家里情况比较困难，老公前年走了，我一个人带两个孩子，能不能申请点补助',
    '我女儿考上高中了 家里拿不出学费 请问有没有什么救助可以申请',
    '我是村委会的，替我们村一个孤寡老人申请特困供养',
    '我妈瘫痪好几年了 能帮她申请吗',
    '家里遭了水灾 房子塌了 低保怎么弄',
    '家里困难 孩子上学有没有补助',
  ])('「%s」 asks to apply', (text) => {
    expect(readMessageParts(text).wantsToApply).toBe(true);
  });

  it.each([
    '低保要什么条件',
    '我想问一下怎么申请低保',
    '老人生病住院花了不少钱 临时救助一般能给多少',
    '我之前申请的低保怎么样了',
  ])('「%s」 does not ask to apply', (text) => {
    expect(readMessageParts(text).wantsToApply).toBe(false);
  });

  it('hears a plea about one’s own hardship, which the application takes as asking for help', () => {
    const parts = readMessageParts('帮帮忙 家里实在过不下去了');
    expect([parts.plea, parts.hardship, parts.personal, parts.aboutSomeoneElse]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('tells an application already made', () => {
    expect(readMessageParts('我上个月交的申请批下来没有').existingApplication).toBe(true);
    expect(readMessageParts('材料交了一个多月了 一直没人理 到底给不给办').existingApplication).toBe(true);
    expect(readMessageParts('申请了好久了 能不能帮我查一下').existingApplication).toBe(true);
    expect(readMessageParts('我想申请低保 一般多久能批下来').existingApplication).toBe(false);
    expect(readMessageParts('我想申请低保').existingApplication).toBe(false);
  });

  it('keeps the questions asked besides applying, to answer them first', () => {
    expect(readMessageParts('我爸腿脚不好 不知道他能不能办 要准备些什么').questions).toEqual([
      '要准备些什么',
    ]);
    expect(readMessageParts('我想申请临时救助').questions).toEqual([]);
  });

  it('hears a question whose particle is followed by emoji or marks', () => {
    expect(readMessageParts('孩子有奖学金了 跟这个有影响吗😂😂').askedBack).toEqual(['跟这个有影响吗']);
    expect(readMessageParts('这样也行吗～～🙏🏻').askedBack).toEqual(['这样也行吗']);
    expect(readMessageParts('好的👍').askedBack).toEqual([]);
  });
});

describe('one’s own hardship with a question about getting help', () => {
  it('「听说有…」 about training or a free service asks whether one can have it', () => {
    expect(readMessageParts('矿上停工了 四十好几的人不好找事 听说能免费学门手艺').asksForHelp).toBe(true);
  });

  it.each([
    '我腿脚不好又没人照顾 不知道能领低保不',
    '厂子关门我被裁了 政府有没有什么扶持',
    '俺家孩子念高中学费凑不齐 咋申请补助',
    '老伴中风好几年了 听说有两项补贴 我们能办不',
  ])('「%s」 asks to apply', (text) => {
    const parts = readMessageParts(text);
    expect(parts.ownHardship).toBe(true);
    expect(parts.wantsToApply).toBe(true);
  });

  it('a question about help without a hardship told is only a question', () => {
    expect(readMessageParts('想问问医疗救助怎么申请').wantsToApply).toBe(false);
  });
});

describe('questions about the process', () => {
  it.each([
    '办特困要准备些什么证件',
    '交了材料以后一般几天能有结果',
    '我可不可以替我舅舅申请救助 需要什么手续',
    '要是没批下来 会告诉我为什么不批吗',
  ])('「%s」 asks about the process and applies for nothing', (text) => {
    const parts = readMessageParts(text);
    expect(parts.processQuestion).toBe(true);
    expect(parts.wantIsQuestion).toBe(true);
    expect(parts.existingApplication).toBe(false);
  });

  it('offers to volunteer or donate are told apart', () => {
    expect(readMessageParts('我想当志愿者 去哪里报名').offersHelp).toBe(true);
    expect(readMessageParts('我们公司想捐点钱给困难家庭 找哪个部门').offersHelp).toBe(true);
    expect(readMessageParts('我想申请低保').offersHelp).toBe(false);
  });
});

describe('an application already made, asked after freely', () => {
  it.each([
    '请问我申请的医疗救助到哪里了',
    '我帮我爸申请的低保 现在进展怎么样',
    '之前报的那个 交上去了没有',
    '受灾补助的钱什么时候到',
    // Placed in the past by a time word, waited on with nobody in touch, or refused: still one made.
    '上礼拜在镇上交的医疗救助 到现在也没人给我打电话',
    '二十多天了 住房救助那边一直没人联系',
    '俺的低保申请没通过 想知道是啥原因',
    '我家的医疗救助审到哪一步了',
  ])('「%s」 asks after an application made', (text) => {
    expect(readMessageParts(text).existingApplication).toBe(true);
  });

  it('a question about refusals in general, or about what to do after one, is about the rules', () => {
    expect(readMessageParts('低保申请一般为什么会被拒').existingApplication).toBe(false);
    expect(readMessageParts('我家低保没批下来 能申请复议吗').existingApplication).toBe(false);
  });

  it('an application only imagined, or one that could be made, is not one made', () => {
    expect(readMessageParts('要是我申请了没通过 会通知我吗').existingApplication).toBe(false);
    expect(readMessageParts('我这种情况能申请的话就现在申请').existingApplication).toBe(false);
  });
});

describe('a report about someone else', () => {
  it.each([
    '我是村卫生室的医生 我们村有个老爷爷 一个人病着没人管 想反映一下',
    '我不想留名 我们楼里有一家两口子都瘫了',
    '我是学校老师 班上有个男生家里特别困难 想替他反映反映',
    '我是信息员 上报一户 男的出事走了 剩下老人孩子',
  ])('「%s」 reports someone else', (text) => {
    const parts = readMessageParts(text);
    expect(parts.reportsOther).toBe(true);
    expect(parts.wantsToApply).toBe(false);
  });

  it('a cadre who asks to apply for a villager is applying, not reporting', () => {
    expect(readMessageParts('我是村支书 我们村有个孤寡老人 想给他报个五保').wantsToApply).toBe(true);
  });
});

describe('someone else seen in need', () => {
  it.each([
    '我们楼下有个老奶奶一个人住 这几天都没见她下楼',
    '隔壁老李家两口子都病倒了 孩子没人管',
    '有个老人倒在路边了 叫不醒',
    '我是社区网格员 我们这有一户老人 瘫在床上没人照顾',
  ])('「%s」 is about someone else', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
  });

  it.each(['我爸今年七十八了一个人住在村里腿脚不好', '我一个人带孩子 日子过不下去了'])(
    '「%s」 is about the writer’s own household',
    (text) => {
      expect(readMessageParts(text).aboutSomeoneElse).toBe(false);
    },
  );
});

describe('readings widened after set D (own sentences, kinds of failure)', () => {
  it.each([
    // an illness named with 病, a roof that is not a home, work that comes and goes, parents gone
    '我老伴有心脏病十来年了 每个月光药钱就要三四百 这个能不能帮忙报一点',
    '房东把我们撵出来了 现在一家人住在朋友的工棚里 有没有啥帮扶',
    '跑运输的活时有时无 这个月一分没挣到 能不能给安排个活路',
    '外甥女九岁 她爸妈都不在了 一直在我家 有没有能帮这种娃的',
    // asking whether this is the place to apply, with oneself told
    '请问是这里办低保吗 我一个人住 七十多了',
  ])('「%s」 asks for help for one’s own household', (text) => {
    expect(readMessageParts(text).wantsToApply).toBe(true);
  });

  it.each([
    // a question word or a refusal between the wish and the verb
    '放暑假了想去敬老院做义工 要怎么报名',
    '隔壁那户人家日子难 可他死活不肯去申请 我想替他们反映反映',
    // may someone else apply for me, may I apply for someone else
    '我眼睛不好看不清字 可以让社区的人替我填申请吗',
    '帮我们单元一个独居老人申请补助行不行',
    // a case only imagined, two ways of applying weighed
    '如果以后生了大病 在打工的城市能申请医疗救助吗还是得回户口所在地',
  ])('「%s」 is not the wish to apply now', (text) => {
    expect(readMessageParts(text).wantsToApply).toBe(false);
  });

  it.each([
    '我同事前几天出了车祸 家里就他一个挣钱的 能不能帮帮他家',
    '地下通道里躺着个老人 衣服很薄',
    '商场门口有个男的天天在那里捡吃的',
  ])('「%s」 is about someone else', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
  });

  it('a cadre or volunteer who speaks of needy people in general reports nobody in particular', () => {
    const parts = readMessageParts('我是退休的护士 想给村里的空巢老人量量血压 该找谁登记');
    expect(parts.reportsOther).toBe(false);
    expect(parts.offersHelp).toBe(true);
    expect(readMessageParts('我是社区网格员 想了解一下残疾人家庭都有哪些补贴').reportsOther).toBe(false);
  });

  it.each(['俺家那个临时救助到底咋样了 一点消息没有', '我妈的特困是不是没通过啊'])(
    '「%s」 asks after an application made',
    (text) => {
      expect(readMessageParts(text).existingApplication).toBe(true);
    },
  );

  it('keeps a new wish said beside an application made, and nothing when there is none', () => {
    expect(readMessageParts('我妈的医疗救助批了没有 另外我自己想办个临时救助').laterWish).toBe(
      '另外我自己想办个临时救助',
    );
    expect(readMessageParts('我妈的医疗救助批了没有').laterWish).toBeNull();
    expect(readMessageParts('我想办个临时救助').laterWish).toBeNull();
  });

  it.each([
    '作为网格长给你们提供个情况 东头那家人男的瘫了女的又病了',
    '我是小区物业的 跟你们说一下 5栋那户母子俩好久没交水电了 好像日子很难',
  ])('「%s」 reports someone else', (text) => {
    expect(readMessageParts(text).reportsOther).toBe(true);
  });

  it.each(['退休了闲着 想去福利院陪陪孩子们 在哪儿登记', '我们车队想给留守儿童捐点书包文具 怎么对接'])(
    '「%s」 offers help and asks how',
    (text) => {
      const parts = readMessageParts(text);
      expect(parts.offersHelp).toBe(true);
      expect(parts.processQuestion).toBe(true);
      expect(parts.wantsToApply).toBe(false);
    },
  );

  it('money owed is a hardship told', () => {
    expect(readMessageParts('盖房子还欠着村里人一万多块 这可咋办').hardship).toBe(true);
  });

  it('a form handed in with no news since is an application made', () => {
    expect(readMessageParts('递了材料两个多礼拜 到现在一点音讯也没有').existingApplication).toBe(true);
  });

  it('asking why applications get refused is a question about the rules', () => {
    expect(readMessageParts('你们一般为什么不批 被拒了可以复议吗').existingApplication).toBe(false);
  });
});

describe('reading the parts of hostile text', () => {
  it('reads any message at once, and every question it keeps is part of the message', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const parts = withinBound(BOUND_MS, () => readMessageParts(text));
        for (const question of parts.questions) expect(text).toContain(question);
        // Wanting to apply and asking about an application already made never hold together.
        expect(parts.wantsToApply && parts.existingApplication).toBe(false);
      }),
      runs(400),
    );
  });

  it('stays fast on long runs of the words it listens for', () => {
    fc.assert(
      fc.property(pumpedText(2000), (text) => {
        withinBound(BOUND_MS, () => readMessageParts(text));
      }),
      runs(100),
    );
  });
});

describe('round 7: helpers, conditions and named help', () => {
  it('a committee applying for someone with 为 / 给 wants to apply', () => {
    expect(readMessageParts('居委会为辖区一位孤老申请特困供养 他九十了').wantsToApply).toBe(true);
    expect(readMessageParts('我们想给组里一个瘫痪的老光棍办理低保').wantsToApply).toBe(true);
    expect(readMessageParts('为什么申请了还要等这么久').wantsToApply).toBe(false);
  });

  it('applying only as the condition of a process question is a question', () => {
    const parts = readMessageParts('我替邻居大爷问一下 他办低保的话需要准备什么');
    expect(parts.wantsToApply).toBe(false);
    expect(parts.wantIsQuestion).toBe(true);
  });

  it('how a helper applies for people in general is a question', () => {
    const parts = readMessageParts('社工遇到困难家庭 怎么替他们申请救助 多久能批');
    expect(parts.wantIsQuestion).toBe(true);
    expect(parts.processQuestion).toBe(true);
  });

  it('wanting a named kind of help is wanting to apply', () => {
    expect(readMessageParts('我儿子打工被欠了三个月工资 想找法律援助').wantsToApply).toBe(true);
  });

  it('a parent in prison, a work injury or a pay cut is a hardship', () => {
    expect(readMessageParts('孩子他爸在服刑 我一个人带娃').hardship).toBe(true);
    expect(readMessageParts('我在厂里工伤 现在工资少了一半').ownHardship).toBe(true);
  });

  it('names a particular person, or people in general', () => {
    expect(readMessageParts('小区里有个老人没人管').namesParticular).toBe(true);
    expect(readMessageParts('困难群众一般怎么申请').namesParticular).toBe(false);
  });

  it('要是 is «if», not «want»', () => {
    expect(readMessageParts('要是申请被退回来 能再交一次吗').wantsToApply).toBe(false);
  });

  it('applied before, or passed on by the village, is an application made', () => {
    expect(readMessageParts('去年冬天我在镇上申请过医疗救助的 现在啥情况').existingApplication).toBe(true);
    expect(readMessageParts('组长说材料早就送上去了 到底批没批').existingApplication).toBe(true);
    expect(readMessageParts('我从来没申请过什么救助 想问问').existingApplication).toBe(false);
  });

  it('an auntie or an old uncle met by a volunteer is someone else', () => {
    expect(readMessageParts('我在社区食堂帮忙 看到一个大叔天天来讨剩饭').aboutSomeoneElse).toBe(true);
  });

  it('asking whether someone may apply for me is a permission question', () => {
    const parts = readMessageParts('我走路不方便 可不可以请社区帮我去办');
    expect(parts.asksPermission).toBe(true);
    expect(parts.wantIsQuestion).toBe(true);
  });
});
