// Round 15 of the dialogue (development set Q): a name told with the spelling of its characters (三横王, 破晓的晓);
// regional kin words (崽, 孙儿, 堂客); the writer's own name beside the applicant's; an income bound before the
// figure; a household count after the household book and its people; a figure forgotten and added at a later
// question or at the review; a child living with the grandparents; a certificate on its way; where to apply asked
// as an alternative; a diagnosis (查出) that is no look-up and a look-up whose help is named elsewhere.
// Played with the shipped classifier and crisis reader; every sentence is written here.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { played } from './form-answer-risk.js';
import { applicationOf as application } from './shipped-harness.js';

/** A 低保 application for oneself, its identity question answered. */
function identified() {
  return played('我想申请低保', '同意', '本人申请', `桂秋生 ${fakeIdNumber('19520909', 5)} 13600001357`);
}

const household = (text: string) => extractEntities(text).find((e) => e.type === 'household_size')?.value;

describe('names and who applies', () => {
  it('a name followed by the spelling of its characters is the name alone', async () => {
    const id = fakeIdNumber('19850612', 41);
    const h = await played(
      '我想申请低保',
      '同意',
      '本人申请',
      `张丽萍弓长张美丽的丽浮萍的萍 ${id} 13900002468`,
    );
    expect(application(h)?.fields.applicant_name).toBe('张丽萍');
    expect(application(h)?.fields.id_number).toBe(id);
  });

  it('a kin word of the writer right before the name is not part of it', async () => {
    const id = fakeIdNumber('19480817', 27);
    const h = await played('想帮我婆婆申请低保 她七十多了', '同意 她也同意');
    await h.say(`我婆婆马金花 ${id} 电话打我的 13600002244`);
    expect(application(h)?.fields.applicant_name).toBe('马金花');
  });

  it('on a form about a student, who applies is asked when the writer’s own child is the one at school', async () => {
    const h = await played('我女今年考上县里的高中了 学费生活费要好多 有冇什么补助可以申请', '好的 帮我申请');
    if (h.publicState.expecting.includes('type')) await h.say('教育救助');
    if (h.publicState.expecting.includes('consent')) await h.say('同意');
    expect(h.publicState.expecting).toContain('field:applicant_relation');
    await h.say('给我女儿申请');
    expect(application(h)?.fields.applicant_relation).toBe('亲属代为申请');
  });

  it('a village cadre reporting a household and applying for it applies as the committee', () => {
    expect(inferApplicantRelation('石门村支部书记反映：上周冰雹 村民老冯家玉米全倒了 申请受灾救助')).toBe(
      '村（居）委会代为申请',
    );
    expect(inferApplicantRelation('村支书让我反映一下我家的情况 想申请低保')).not.toBe(
      '村（居）委会代为申请',
    );
  });

  it('regional kin words name a relative the help is for', () => {
    expect(inferApplicantRelation('想给我崽申请个医疗救助 他摔断了腿')).toBe('亲属代为申请');
    expect(inferApplicantRelation('帮我屋里堂客问一下低保')).toBe('亲属代为申请');
  });

  it('「给我孙儿申请」 to whom the help is for is a relative, not oneself', async () => {
    const h = await played('我孙儿在读初中 家里困难 想申请低保', '同意');
    if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('给我孙儿申请');
    expect(application(h)?.fields.applicant_relation).toBe('亲属代为申请');
  });

  it('the writer naming themself beside the applicant leaves the applicant’s name', async () => {
    const id = fakeIdNumber('19460215', 13);
    const h = await played('想帮我大伯申请特困 他一辈子没成家', '同意 他本人也同意');
    await h.say(`韩有福 ${id} 电话留我的 13700004455 我叫韩建军`);
    expect(application(h)?.fields.applicant_name).toBe('韩有福');
  });
});

describe('counts and amounts', () => {
  it('a bound before the figure is no second amount', () => {
    expect(extractMonthlyIncome('两个人一个月不到六百 大概五百五')[0]?.value).toBe(550);
  });

  it('the household book, its people, then their count', () => {
    expect(household('不对 大女儿户口迁出去了 户口本上现在就我跟老伴两个人')).toBe(2);
  });

  it('a couple named beside someone else of the household is not its size', () => {
    expect(household('想给我婆婆申请医疗救助 我们两口子挣的钱都给她看病了')).toBeUndefined();
    expect(household('俺家就俺老两口 地种不动了')).toBe(2);
  });

  it('俩人 counts two beside a rate per person, and an address number is no count', async () => {
    const h = await identified();
    await h.say('石桥镇南湾村五组 俩人 我和老伴 俺俩养老金一人一个月一百六');
    expect(application(h)?.fields.household_size).toBe(2);
    const g = await identified();
    await g.say('石桥镇南湾村 五组 1 每月残疾补贴九十');
    expect(application(g)?.fields.household_size).toBe(1);
  });

  it('a pension a head, told beside the couple in the household answer, is two pensions', async () => {
    const h = await identified();
    await h.say('石桥镇南湾村 我跟老伴两个人 一年卖核桃三千六 老两口养老金一人一百二');
    expect(application(h)?.fields.monthly_income).toBe(540);
  });

  it('a child living with the grandparents makes three', () => {
    expect(household('外孙女在镇上读初中 她爸妈不管 就跟着我们老两口过 日子紧巴')).toBe(3);
  });

  it('a figure forgotten, told at the description, corrects the income and the description is asked again', async () => {
    const h = await identified();
    await h.say('南坡镇石门村 2口 老两口养老金三百');
    await h.say('哦 还有个高龄补贴 我搞忘记了 加起来一个月大概四百五');
    expect(application(h)?.fields.monthly_income).toBe(450);
    expect(application(h)?.fields.hardship).toBeUndefined();
  });

  it('an illness of the household said in plain words is a seriously ill member', async () => {
    const h = await identified();
    await h.say('南坡镇石门村 2口 老两口养老金三百');
    await h.say('年纪大了 地种不动了');
    if (h.publicState.expecting.includes('field:special_members')) await h.say('老伴肝不好 药断不了');
    expect(String(application(h)?.fields.special_members)).toContain('有重病病人');
  });
});

describe('what caused the hardship', () => {
  it('the accident told first is the cause, the injury after it its effect', async () => {
    const h = await played(
      '我想申请临时救助',
      '同意',
      '本人申请',
      `龙建华 ${fakeIdNumber('19900321', 9)} 13500006677`,
    );
    while (!h.publicState.expecting.includes('field:hardship_cause') && h.publicState.expecting.length > 0) {
      const asked = h.publicState.expecting;
      if (asked.includes('confirm')) break;
      await h.say(asked.includes('field:hardship') ? '干不了活 房租交不上' : '城西街道 1口 0');
    }
    if (h.publicState.expecting.includes('field:hardship_cause'))
      await h.say('骑电动车上班被车撞了 小腿骨折');
    expect(application(h)?.fields.hardship_cause).toBe('意外事故');
  });
});

describe('what the first message asks', () => {
  it('a lawyer wanted and not affordable is legal aid asked for', async () => {
    const h = await played('工地老板欠我一万八工钱不给 想找个律师告他 可是请不起');
    expect(application(h)?.assistanceType).toBe('legal_aid');
  });

  it('two children of a neighbour, told by the one who saw them, is a report', () => {
    expect(
      readMessageParts('我们隔壁两个孩子 爹妈都在外地 跟着爷爷过 爷爷病了 不知道找谁').aboutSomeoneElse,
    ).toBe(true);
  });

  it('a disability certificate assessed and not yet issued is being issued', async () => {
    const h = await played(
      '前年在厂里左手被机器轧了 残疾证上个月去评过了 还没发下来 想申请残疾人补贴',
      '同意',
    );
    expect(application(h)?.fields.disability_certificate).toBe('正在办理');
  });

  it('a diagnosis (查出) beside a question whether one may apply is no look-up', () => {
    expect(
      readMessageParts('我在水泥厂干了十几年 今年老婆查出肺癌 听说有困难职工帮扶 我家能不能申请')
        .existingApplication,
    ).toBe(false);
  });

  it('an application made, and how far it has got, is a status check though the help is named apart', () => {
    expect(
      readMessageParts('上个月帮组里一户孤寡老人报了危房改造，想问问现在到哪一步了').existingApplication,
    ).toBe(true);
  });

  it('here, or back at home, is a question about where to apply', () => {
    const parts = readMessageParts(
      '户口在老家 人在省城打工 腰扭伤了 临时救助 在这边能申请吗 还是得回老家申请',
    );
    expect(parts.asksBesidesApplying).toBe(true);
  });
});
