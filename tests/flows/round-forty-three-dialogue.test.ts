// Round 43 of the dialogue (development sets BJ and BK, and the form answers of set FA), every sentence written here,
// every person fictional. A choice typed as the answer (「正在办理」) never cancels the application; the same words
// sent again after they were answered as a question are the answer; 「补课啥的」 and 「老了靠谁」 ask nothing; north-western
// 俺大 / 额大 is one's father; a type thought over and dropped (「寻思寻思算了」) gives way to the one after; the place a
// household shelters (在邻居家挤着) and 一家人 after 我家 are the writer's own story. In form answers: a cadre who says
// their post answers for the committee; what follows 「哦不是」 is the answer; financial numerals count; 老娘 is a
// member; a month reckoned after a day's pay restates it; a sum paid back later comes off one's own share; the school
// stage the child goes on to next is not the stage now.
import { describe, expect, it } from 'vitest';
import { withTold } from '../../src/flows/application/fill.js';
import { proxyAgreementInConsent } from '../../src/flows/application/proxy-agreement.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { extractAssistanceTypes } from '../../src/nlu/entities/assistance-type.js';
import { countListedMembers } from '../../src/forms/household-members.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { withoutIndefinites } from '../../src/nlu/question-words.js';
import { plainNumerals } from '../../src/text/chinese-number.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { readField } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

const ID = fakeIdNumber('19620411', 318);

describe('round 43: the application keeps going', () => {
  it('typing the choice 「正在办理」 answers the certificate question and cancels nothing', async () => {
    const h = await shippedReader();
    await h.say('申请残疾人救助');
    await h.say(`同意 龚晓云 ${ID} 13900002716`);
    await h.say('河塘街道秦望山村 3口人 每月一千二');
    await h.say('腿脚不好 干不了重活');
    expect(h.publicState.expecting).toEqual(['field:disability_certificate']);
    await h.say('正在办理');
    expect(h.flow?.name).toBe('application');
    expect((h.flow?.state as { fields: Record<string, unknown> }).fields.disability_certificate).toBe(
      '正在办理',
    );
  });

  it('「一级的 早就办了」 to the certificate question cancels nothing; 「不申请了」 still stops', async () => {
    const h = await shippedReader();
    await h.say('申请残疾人救助');
    await h.say(`同意 龚晓云 ${ID} 13900002716`);
    await h.say('河塘街道秦望山村 3口人 每月一千二');
    await h.say('腿脚不好 干不了重活');
    await h.say('二级的 早就办了');
    expect(h.flow?.name).toBe('application');
    await h.say('算了 不申请了');
    expect(h.flow).toBeNull();
  });

  it('a hardship sent again after it was answered as a question is taken as the answer', async () => {
    const h = await shippedReader();
    await h.say('申请低保');
    await h.say(`同意 龚晓云 ${ID} 13900002716`);
    await h.say('河塘街道秦望山村 2口人 每月一千五');
    expect(h.publicState.expecting).toEqual(['field:hardship']);
    const story = '身体不好干不了重活 前夫不给抚养费 孩子上学吃饭啥的都要钱 不知道低保能给多少';
    await h.say(story);
    // Its question was answered first, and the hardship asked again …
    expect(h.publicState.expecting).toEqual(['field:hardship']);
    // … and the same words once more are the answer.
    await h.say(story);
    expect(h.publicState.expecting).not.toContain('field:hardship');
  });
});

describe('round 43: words that ask nothing', () => {
  it.each(['孩子补课啥的都要钱', '看病吃药什么的，全靠借', '以后老了不晓得靠哪个'])(
    '「%s」 asks nothing',
    (text) => {
      expect(withoutIndefinites(text)).not.toMatch(/啥|什么|哪个/u);
    },
  );

  it('「这是什么的？」 still asks', () => {
    expect(withoutIndefinites('这是什么的？')).toContain('什么');
  });
});

describe('round 43: who applies and whose story it is', () => {
  it.each(['额大上个月中风了 想问咋申请医疗救助', '俺大前年走了 俺妈一个人'])(
    '「%s」 names the father',
    (text) => {
      expect(normalizeDialect(text)).toContain('我爸');
    },
  );

  it.each(['俺大哥在外地打工', '额大概五十岁', '俺大儿子在读书', '俺大病一场'])(
    '「%s」 names no father',
    (text) => {
      expect(normalizeDialect(text)).not.toContain('我爸');
    },
  );

  it('a relative named by 额大 leaves who applies to ask', () => {
    expect(inferApplicantRelation('额大前几天摔了一跤住院了 想问咋申请救助')).toBeUndefined();
  });

  it('the neighbour’s house the family shelters in is no one else’s story', () => {
    const parts = readMessageParts('前天夜里灶房起火 房子烧没了 一家五口在邻居家挤着 孩子连棉袄都没有');
    expect(parts.aboutSomeoneElse).toBe(false);
  });

  it('一家人 after 我家 is the writer’s family', () => {
    const parts = readMessageParts('前天山洪 我家房子冲垮了一半 现在一家人住在镇上的安置点 受灾救助咋申请');
    expect(parts.aboutSomeoneElse).toBe(false);
  });

  it('a household of the village still is someone else’s', () => {
    expect(readMessageParts('我们村有一家人 房子塌了 住在镇上').aboutSomeoneElse).toBe(true);
    expect(readMessageParts('我邻居家着火了 一家人都跑出来了').aboutSomeoneElse).toBe(true);
  });
});

describe('round 43: form answers', () => {
  it.each([
    ['我是北山村的村会计 替我们村的柯大娘申请', '村（居）委会代为申请'],
    ['我是网格员小蒋，报的是网格里独居的常老伯', '村（居）委会代为申请'],
    ['我是村里的妇女主任 替东头的罗婶办', '村（居）委会代为申请'],
    ['我是网格员 这次是给我妈申请', '亲属代为申请'],
    ['我自己…哦不是 是给我老公申请 住院的是他', '亲属代为申请'],
    ['给我爸申请 不是我自己', '亲属代为申请'],
    ['帮我家那口子弄 他腿断了', '亲属代为申请'],
    ['就是我啊', '本人申请'],
    ['同意 我自己和闺女', '本人申请'],
  ])('「%s」 is %s', async (text, value) => {
    expect(await readField('minimum_living', 'applicant_relation', text)).toEqual({ ok: true, value });
  });

  it('financial numerals are read as the numbers they are, surnames and places stay', async () => {
    expect(plainNumerals('家庭人口：肆人。月收入：贰仟叁佰元。')).toBe(
      '家庭人口：四人。月收入：二千三百元。',
    );
    expect(plainNumerals('伍家村 陆家嘴')).toBe('伍家村 陆家嘴');
    expect(
      await readField('minimum_living', 'household_size', '新桥村。家庭人口：肆人。月收入：贰仟叁佰元。'),
    ).toEqual({ ok: true, value: 4 });
  });

  it('老娘 is a member of the household', () => {
    expect(countListedMembers('我 我媳妇 三个娃 还有我老娘')).toBe(6);
  });

  it.each([
    ['我摆摊一天挣七八十 一个月大概两千', 2000],
    ['打零工一天一百 养老金一个月两百', 3200],
    ['我一天一百五 老婆一个月两千', 6500],
  ])('「%s」 is %d a month', (text, value) => {
    expect(extractMonthlyIncome(text)[0]?.value).toBe(value);
  });

  it.each([
    ['肺癌 在市一院住院 自费两万 后来大病保险又给返了五千', 15000],
    ['自己付了两万 哦不 我翻了下单子 是两万三千六', 23600],
    ['一共花了六万 报销了四万', 20000],
  ])('「%s」 costs %d', async (text, value) => {
    expect(await readField('medical', 'medical_costs', text)).toEqual({ ok: true, value });
  });

  it.each([
    ['大班 明年九月上一年级', '学前教育'],
    ['在镇小学读六年级 下学期就要升初中了', '小学'],
    ['刚上初中', '初中'],
  ])('「%s」 is at %s', async (text, value) => {
    expect(await readField('education', 'student_stage', text)).toEqual({ ok: true, value });
  });
});

describe('round 43: kinds of help and agreement', () => {
  it('a cadre naming the women’s federation’s help for a woman names a programme', () => {
    const parts = readMessageParts(
      '我是村里的妇女主任 村里有个妇女男人瘫在床上 想帮她申请妇联的困难妇女救助',
    );
    expect(parts.namesProgramme).toBe(true);
    expect(readMessageParts('能不能给他家申请点救助').namesProgramme).toBe(false);
  });

  it('a free lawyer is legal aid', () => {
    expect(extractAssistanceTypes('老板欠了工钱 听说有免费的律师 想告他')[0]?.value).toBe('legal_aid');
  });

  it('a parent who says the child is small agrees for the child', () => {
    expect(proxyAgreementInConsent('同意 我是他妈 他还小 我替他申请')).toBe(true);
  });

  it('「我自己跟两个伢」 is the writer’s own application', async () => {
    expect(await readField('women_children', 'applicant_relation', '同意 我自己跟两个伢')).toEqual({
      ok: true,
      value: '本人申请',
    });
  });
});

describe('round 43: supporters and causes', () => {
  it.each([
    ['一辈子没娶 有个外甥 偶尔来看看 平时不管', '没有赡养扶养人'],
    ['有个闺女 嫁得远 顾不上我', '有但没有能力赡养'],
  ])('「%s」 is %s', async (text, value) => {
    expect(await readField('extreme_poverty', 'supporters', text)).toEqual({ ok: true, value });
  });

  it.each(['孩子他爸在矿上出了事 送到医院人没救回来', '老公上个月突然过咗身 屋企冇人揾钱'])(
    '「%s」 is the earner’s death',
    async (text) => {
      expect(await readField('temporary', 'hardship_cause', text)).toEqual({
        ok: true,
        value: '家里主要劳力去世',
      });
    },
  );
});

describe('round 43: what the opening told, and an answer that says there is nothing else', () => {
  it('「别的没有」 keeps only what the answer names; without it the opening’s choices are added', async () => {
    const forms = await loadForms('forms', { warn: () => undefined });
    const definition = forms.forType('minimum_living');
    const told = { special_members: '有老人无人赡养' };
    const answered = ['special_members'];
    const fields = { special_members: '有重病病人' };
    expect(
      withTold(definition, fields, told, answered, [], '老伴有心脏病 常年吃药 别的没有').special_members,
    ).toBe('有重病病人');
    expect(withTold(definition, fields, told, answered, [], '老伴有心脏病 常年吃药').special_members).toBe(
      '有重病病人、有老人无人赡养',
    );
  });
});
