// Round 45: the kinds of misreading that set BM's misses showed (development data now, in-sample); every sentence is
// written here, every person fictional. A writer asking for their own parent is applying, not reporting; 「不知道行不行」
// after a wish doubts the help, it asks no permission; 「问个事」 alone opens the conversation (a rule, not the classifier); a bare count closed by a
// comma is the household's; a sum to pay is no income; a long story that asks only at its end is the hardship asked
// for; 「十来天」 and 「没一个人」 tell a wait; a night in a station's waiting room without a ticket home points to the
// help for people stranded; 大小便都得人伺候 is full dependence; 「某某老两口」 names the couple by one of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksInWords } from '../../src/engine/handlers/asides.js';
import { likelyTypes } from '../../src/flows/application/likely-types.js';
import { appliedBefore } from '../../src/nlu/applied-before.js';
import { onlyAnnouncesAsking } from '../../src/nlu/bare-ask.js';
import { namesOnlyCosts } from '../../src/nlu/entities/costs-only.js';
import { leadingName } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import type { FlowHarness } from './harness.js';
import { readField } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

describe('round 45: a writer asking for their own parent applies, whatever places and 一个人 the story names', () => {
  const FOR_FATHER =
    '您好我是替我爸问的我爸在乡下镇上一个人住腿脚不好一个月就六百块养老金我想给他申请低保不知道行不行';

  it('the parts: nobody else seen, a wish to apply, no permission asked', () => {
    const parts = readMessageParts(FOR_FATHER);
    expect(parts.aboutSomeoneElse).toBe(false);
    expect(parts.wantsToApply).toBe(true);
    expect(parts.asksPermission).toBe(false);
  });

  it('starts the application, not a report', async () => {
    const h = await shippedReader();
    await h.say(FOR_FATHER);
    expect(h.flow?.name).toBe('application');
  });

  it.each(['我能不能替她申请', '帮我奶奶申请低保可以吗', '给她申请个低保行不行'])(
    '「%s」 still asks whether one may apply for her',
    (text) => {
      expect(readMessageParts(text).asksPermission).toBe(true);
    },
  );

  it('a neighbour seen in need is still someone else', () => {
    expect(readMessageParts('我们楼下有个老奶奶一个人住 好几天没见她出门了').aboutSomeoneElse).toBe(true);
  });
});

describe('round 45: 「问个事」 alone is a greeting that asks what is needed', () => {
  it.each(['问个事', '打听个事儿'])('「%s」 is answered with what the bot can do', async (text) => {
    const h = await shippedReader();
    await h.say(text);
    expect(h.publicState.expecting).toEqual(['need']);
  });

  it('the reader hears only a question announced, nothing asked or told', () => {
    expect(onlyAnnouncesAsking('问个事')).toBe(true);
    expect(onlyAnnouncesAsking('您好 想咨询个事情')).toBe(true);
    expect(onlyAnnouncesAsking('我想问个事 低保怎么申请')).toBe(false);
    expect(onlyAnnouncesAsking('问个事跟审犯人似的')).toBe(false);
  });

  it('the reader takes any text and returns a boolean in time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(100, () => onlyAnnouncesAsking(text), 'onlyAnnouncesAsking')).toBe(
          'boolean',
        );
      }),
      runs(200),
    );
  });
});

describe('round 45: a bare count closed by a comma answers 几口人', () => {
  it.each([
    ['2，我爸和我妈，我户口早迁出去了', 2],
    ['3，我和老伴还有孙女', 3],
    // Spaces are breaks: 「二 两个人…」 is two, said twice, not twenty-two.
    ['长泾镇新泾村 二 两个人养老金一共三千八', 2],
  ])('「%s」 → %d', async (answer, size) => {
    expect(await readField('minimum_living', 'household_size', answer)).toEqual({ ok: true, value: size });
  });
});

describe('round 45: a sum to pay is no income', () => {
  it('「医院催着再交两万 这钱啥时候能批下来」 answers nothing about income', async () => {
    const read = await readField('temporary', 'monthly_income', '医院催着再交两万 这钱啥时候能批下来');
    expect(read).toMatchObject({ ok: false });
  });

  it.each([
    ['房租一个月八百 我一个月挣两千', 2000],
    ['三千五', 3500],
  ])('「%s」 still reads the income (%d)', async (answer, value) => {
    expect(await readField('temporary', 'monthly_income', answer)).toEqual({ ok: true, value });
  });

  it('the reader hears costs only when no sum comes in', () => {
    expect(namesOnlyCosts('还欠医院三万')).toBe(true);
    expect(namesOnlyCosts('下个月还要交两千五的房租')).toBe(true);
    expect(namesOnlyCosts('欠了三万 一个月两千')).toBe(false);
    expect(namesOnlyCosts('退休金两千 药费一个月八百')).toBe(false);
    expect(namesOnlyCosts('能不能先垫一点')).toBe(false);
  });

  it('the reader takes any text and returns a boolean in time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(100, () => namesOnlyCosts(text), 'namesOnlyCosts')).toBe('boolean');
      }),
      runs(200),
    );
  });
});

describe('round 45: a long story that asks only at its end is the hardship asked for', () => {
  /** A legal-aid application brought to its question about the hardship. */
  async function atHardship(): Promise<FlowHarness> {
    const h = await shippedReader();
    await h.say('我想申请法律援助');
    await h.say('同意 郑志强 320281198807150019 13900001234');
    await h.say('江阴市青阳镇悟空村 三口人 没有收入');
    expect(h.publicState.expecting).toContain('field:hardship');
    return h;
  }

  it('the story fills the hardship, its question is answered, and the form goes on', async () => {
    const h = await atHardship();
    await h.say(
      '我在镇上的厂里做了半年工老板一直说月底给结后来厂门关了人也找不着了家里孩子上学老人看病全指着这点钱我也不知道该去哪里告要不要自己花钱请律师',
    );
    expect(h.publicState.expecting).not.toContain('field:hardship');
  });

  it('a long message that opens by saying it asks is still a question: the hardship is asked again', async () => {
    const h = await atHardship();
    await h.say('对了 我还想问一下 我家孩子明年要上高中了 学费到时候也交不起 能不能一起申请教育救助啊');
    expect(h.publicState.expecting).toContain('field:hardship');
  });

  it('the reader of words that ask', () => {
    expect(asksInWords('我也不知道该去哪里告')).toBe(true);
    expect(asksInWords('在镇上的厂里做了半年工')).toBe(false);
  });

  it('the reader takes any text and returns a boolean in time', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(100, () => asksInWords(text), 'asksInWords')).toBe('boolean');
      }),
      runs(200),
    );
  });
});

describe('round 45: about so many days waited (十来天) and nobody at all in touch (没一个人) tell a wait', () => {
  it.each(['申请低保都二十来天了 也没一个人来问过', '交了医疗救助的申请一个来月了 没一个人给我打电话'])(
    '「%s」 is an application waited on',
    (text) => {
      expect(appliedBefore(text)).toBe(true);
    },
  );

  it('a status check starts', async () => {
    const h = await shippedReader();
    await h.say('申请住房救助都十来天了 没一个人给我回话 到底有没有人管');
    expect(h.flow?.name).toBe('status_check');
  });

  it('「想申请低保 等了十来天才轮到我」 tells no application made', () => {
    expect(appliedBefore('想申请低保 排队排了十来天')).toBe(false);
  });
});

describe('round 45: stranded in a station without a ticket home points to the help for people stranded', () => {
  it.each(['钱被偷了 这几天睡在火车站候车室', '想回去 可是没钱买票了'])('「%s」 → vagrant', (text) => {
    expect(likelyTypes(text)).toContain('vagrant');
  });

  it('a job sought is no pointer to it', () => {
    expect(likelyTypes('来城里找活 一直没找到')).not.toContain('vagrant');
  });
});

describe('round 45: waited on for everything is full dependence', () => {
  it.each(['起不来 大小便都得人伺候', '吃喝拉撒都要人伺候'])('「%s」 → 完全不能自理', async (answer) => {
    expect(await readField('extreme_poverty', 'self_care', answer)).toEqual({
      ok: true,
      value: '完全不能自理',
    });
  });

  it('help to the toilet only is still partly', async () => {
    expect(await readField('extreme_poverty', 'self_care', '上厕所得人扶 别的自己来')).toEqual({
      ok: true,
      value: '部分自理',
    });
  });
});

describe('round 45: a couple named by one of them', () => {
  it.each([
    ['孙德贵老两口 都八十多了', '孙德贵'],
    ['赵长林两口子', '赵长林'],
  ])('「%s」 → %s', (answer, name) => {
    expect(leadingName(answer)).toBe(name);
  });
});
