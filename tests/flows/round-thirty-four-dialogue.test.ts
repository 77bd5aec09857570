// Round 34 of the dialogue (development sets AR and AS), every sentence written here, every person fictional.
// A helper who is no relative (a doctor, a volunteer, a building head) asking for "some help" for a household reports
// it; the widow named after who she is, and the one who died passed over; an ID's last X said in words; 可 as yes;
// 帮不上多少 is no question; a grandfather's school-fee worry is an application; a family sheltering in the village
// committee's rooms is no committee applying; oneself in north-western speech; chores done alone beside help at bath
// time; a lonely old man named by surname and title is someone else.
import { describe, expect, it } from 'vitest';
import { inferApplicantRelation } from '../../src/forms/infer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { withoutIndefinites } from '../../src/nlu/question-words.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { played } from './form-answer-risk.js';
import { readField as read } from './read-field.js';
import { applicationOf as application } from './shipped-harness.js';
import { shippedReader } from './shipped-reader.js';

describe('round 34: helpers who report a household', () => {
  it.each([
    '我是镇卫生院的医生 我们这有个老病号 七十多了一个人过 药钱快付不起了 看看能不能给他申请点补助',
    '我是助老志愿队的 今天上门发现一户老两口 都八十多了 一个月就几百块 想替他们登记一下',
    '楼栋长反映个事 我们楼有户人家 男的瘫了女的没工作 孩子还在上学 能不能帮他们申请点啥',
  ])('「%s」 is a report, not an application in the helper’s name', async (opening) => {
    const h = await shippedReader();
    await h.say(opening);
    expect(h.flow?.name).toBe('report');
  });

  it('a cadre who names the kind of help still applies for the household', async () => {
    const h = await shippedReader();
    await h.say('我是村委会的会计 想帮我们村一户困难户申请低保 户主叫甘振华');
    expect(h.flow?.name).toBe('application');
  });

  it('a lonely old man named by surname and title is someone else, and the report takes him', async () => {
    const parts = readMessageParts(
      '我是网格员，报告个情况：片区独居的滕老伯，八十多了，三天没出门，敲门没人应',
    );
    expect(parts.aboutSomeoneElse).toBe(true);
    const h = await shippedReader();
    await h.say('我是网格员，报告个情况：片区独居的滕老伯，八十多了，三天没出门，敲门没人应');
    expect(h.flow?.name).toBe('report');
  });

  it.each([
    '我们楼下那户 男的上个礼拜出车祸没了 留下媳妇和两个小孩 家里快揭不开锅了 能不能来人看看',
    '俺家隔壁老钱太太前几天走了 她那个傻儿子一个人在家 天天吃泡面 能不能来个人看看',
    '帮邻居问一下 他是个哑巴 一直领低保 这两个月突然停了 也没人告诉他为啥 我替他反映一下',
    '我们村前几天出了个事 有户人家的男人开拖拉机翻了人没了 留下孤儿寡母 丧事都是村里凑钱办的',
  ])('「%s」 tells of a neighbour’s household: a report', async (opening) => {
    expect(readMessageParts(opening).aboutSomeoneElse).toBe(true);
    const h = await shippedReader();
    await h.say(opening);
    expect(h.flow?.name).toBe('report');
  });

  it('a question about how long approval takes, asked for a neighbour, is answered, not filed as a report', async () => {
    const h = await shippedReader();
    await h.say('问一下 医疗救助一般交上去多久能批下来？要跑几趟？我帮邻居问的');
    expect(h.flow?.name).not.toBe('report');
  });

  it('a full name then the title the reporter calls her by (「戚秀兰阿婆 快八十了」) is her name', async () => {
    const h = await played('我想反映一下我们小区一个独居老人的情况', '戚秀兰阿婆 快八十了');
    expect(h.flow?.state.name).toBe('戚秀兰');
  });

  it.each([
    ['男的叫莫建成 已经没了 现在家里就他媳妇邝丽珍和两个娃', '邝丽珍'],
    ['莫建成的老婆邝丽珍 带着两个娃', '邝丽珍'],
  ])('the report on 「%s」 is about the living widow, %s', async (answer, name) => {
    const h = await played('我想反映一下我们村一户人家的情况', answer);
    expect(h.flow?.name).toBe('report');
    expect(h.flow?.state.name).toBe(name);
  });
});

describe('round 34: answers in the resident’s own words', () => {
  it('an ID’s last character said in words after seventeen digits is X', () => {
    const id = Array.from({ length: 300 }, (_, i) => fakeIdNumber('19710304', i + 1)).find((n) =>
      n.endsWith('X'),
    );
    expect(id).toBeDefined();
    const found = extractEntities(`${id!.slice(0, 17)} 最后一位是叉`).find((e) => e.type === 'id_number');
    expect(found?.value).toBe(id);
  });

  it('seventeen digits and an X that makes no valid number are not taken for an ID', () => {
    const found = extractEntities('12345678901234567 最后一位是叉').find((e) => e.type === 'id_number');
    expect(found).toBeUndefined();
  });

  it('可 with who applies is consent and the answer', async () => {
    const h = await shippedReader();
    await h.say('就业救助能申请不 跑外卖单子时多时少 家里还有生病的老爹');
    await h.say('可 我自己');
    expect(application(h)?.fields.applicant_relation).toBe('本人申请');
  });

  it('帮不上多少 (not much help) asks nothing', () => {
    expect(withoutIndefinites('我自己也有两个孩子要养 帮不上多少')).not.toContain('多少');
  });

  it('a grandfather who cannot pay a school boarder’s living costs wants education help', async () => {
    const h = await shippedReader();
    await h.say(
      '我是外孙女的外公 她爸妈都不管她 今年初二住校 生活费一个月好几百 我们实在供不起了 想问下有没有教育方面的帮助',
    );
    expect(h.flow?.name).toBe('application');
    expect(application(h)?.assistanceType).toBe('education');
  });

  it('parents sheltering in the village committee’s rooms leave the writer a relative applying', () => {
    expect(
      inferApplicantRelation('我想帮我爸妈申请救助 老家前天失火了 两个老人现在暂时住在村委会的活动室'),
    ).toBe('亲属代为申请');
    expect(inferApplicantRelation('我是村委会的 想帮我们村一户申请低保')).toBe('村（居）委会代为申请');
  });

  it.each([
    ['我个家', '本人申请'],
    ['俺个家申请', '本人申请'],
  ])('「%s」 to who applies is %s', async (answer, choice) => {
    expect(await read('minimum_living', 'applicant_relation', answer)).toEqual({ ok: true, value: choice });
  });

  it.each([
    ['就我一家头', 1],
    ['两家头，我搭老头子', 2],
  ])('Wu 「%s」 counts %i in the household', async (answer, size) => {
    expect(await read('minimum_living', 'household_size', answer)).toEqual({ ok: true, value: size });
  });

  it('「2，我和儿子」 in the answer to address, household and income is a household of two', async () => {
    const h = await shippedReader();
    await h.say('我是单亲妈妈 带着儿子租房住 房租又涨了 想申请租房补贴');
    await h.say('同意 本人申请');
    await h.say(`邬海燕 ${fakeIdNumber('19870521', 44)} 13700006628`);
    await h.say('江阴市澄江街道南门社区 2，我和儿子 在超市上班，到手3900');
    expect(application(h)?.fields.household_size).toBe(2);
    expect(application(h)?.fields.monthly_income).toBe(3900);
  });

  it('「精神分裂 长期吃药 残疾证没办」 is a grave illness and no disability certificate', async () => {
    expect(await read('minimum_living', 'special_members', '精神分裂 长期吃药 残疾证没办')).toEqual({
      ok: true,
      value: '有重病病人',
    });
  });

  it.each([
    ['儿子还在牢里头 管不到她', '有但没有能力赡养'],
    ['没有哉 老头子儿子都走脱了', '没有赡养扶养人'],
  ])('「%s」 to who supports them is %s', async (answer, choice) => {
    expect(await read('extreme_poverty', 'supporters', answer)).toEqual({ ok: true, value: choice });
  });

  it('「我个人煮饭 衣服也个人洗 还做得动」 is able to look after oneself', async () => {
    expect(await read('extreme_poverty', 'self_care', '我个人煮饭 衣服也个人洗 还做得动')).toEqual({
      ok: true,
      value: '能自理',
    });
  });

  it('an opening that tells the cooking is managed and someone comes to bathe him is partly able', async () => {
    const h = await shippedReader();
    await h.say('俺大伯七十多了一个人住 做饭还能凑合 洗澡得俺过去帮 想给他申请个五保');
    await h.say(`同意 他同意的 刘保田 ${fakeIdNumber('19520716', 21)} 13500007731`);
    expect(application(h)?.fields.self_care).toBe('部分自理');
  });
});

describe('round 34: questions about help, not status checks or complaints', () => {
  it.each([
    '上个礼拜一场大雪把俺家的大棚压塌了 这个有没有受灾补助 俺得先报哪',
    '我是替我舅问的 他瘫在床上两年了 就一个闺女嫁到外省了 村里说他这情况可以申请五保 是真的吗 该咋弄',
  ])('「%s」 is answered and the answer offers to apply', async (opening) => {
    const h = await shippedReader();
    await h.say(opening);
    expect(h.state.topic).toBe('ask_policy');
  });
});

describe('round 34: a status check stays one', () => {
  it('「帮隔壁老孙问问，临时救助那个申请现在怎么样了，当时是我帮他交的」 checks the status', async () => {
    const h = await shippedReader();
    await h.say('帮隔壁老孙问问，临时救助那个申请现在怎么样了，当时是我帮他交的');
    expect(h.state.topic).toBe('check_status');
  });
});

describe('round 34: a story that tells no chore managed', () => {
  it('「吃饭都要人喂 … 这种可以申请五保吗」 is not partly able', async () => {
    const h = await shippedReader();
    await h.say('我帮我二姑问个事 她瘫在床上三年了 吃饭都要人喂 这种可以申请五保吗');
    await h.say('同意 我是她侄女');
    await h.say(`她同意的 龚翠兰 ${fakeIdNumber('19450923', 62)} 13800004471`);
    expect(application(h)?.fields.self_care).not.toBe('部分自理');
  });
});

describe('round 34: ordinary stories stay calm', () => {
  it('a mother who left and never came back is no missing child', async () => {
    const h = await shippedReader();
    await h.say('俺孙女上初一 她爹娘离了 她娘走了再没回来 老师说能申请助学金 咋弄');
    expect(h.state.urgency).toBe('none');
  });

  it('hail three weeks ago with the house fine (房子倒没事) is no collapse now', async () => {
    const h = await shippedReader();
    await h.say('三个礼拜前下冰雹 地里的苞谷全打了 房子倒没事 想问有没有受灾的补助');
    expect(h.state.urgency).toBe('none');
  });
});
