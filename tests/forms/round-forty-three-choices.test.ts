// Round 43 of the form answers (development set FA): the words residents use for the choices of eight questions,
// every sentence written here, every person fictional. Gig work told by its trade or by work that comes and goes; work
// lost or sought; a trade learnt so as to find work; a disability certificate on its way told by its steps, put off, or
// long held; an unsafe house told by its signs and a fall feared; no home of one's own; a fire told by how it started;
// a shop shut; an accident told by how it happened; a finger lost; supporters poor, out of touch or ill; bedridden told
// by what is done for the person; a mind that never grew up; the tiers of universities; a grade at a technical school.
import { describe, expect, it } from 'vitest';
import { createTextReader } from '../../src/text/text-reader.js';
import { readField } from '../flows/read-field.js';

const read = createTextReader([]);
const field = (type: string, name: string, text: string): Promise<unknown> =>
  readField(type, name, read(text));
const chosen = (value: string) => ({ ok: true, value });

describe('round 43: employment_status', () => {
  it.each([
    '我男人开网约车 跑滴滴 一天拉几单算几单',
    '平时送外卖 跑美团 下雨天单多点 平常单少',
    '哪有活去哪 帮人装车卸货 一天一结',
    '农闲的时候去县城打打杂',
    '在砖厂搬砖 有活就去 好的时候一个月三千 差的时候一千出头',
    '上山帮人采茶 就是季节性的',
  ])('「%s」 is gig work', async (text) => {
    expect(await field('employment', 'employment_status', text)).toEqual(chosen('零工收入不稳定'));
  });

  it.each([
    '纺织厂放长假半年了 一分钱没发',
    '网上投了好多简历 还没找到',
    '原来在商场站柜台 商场关门了 想找个稳当的',
  ])('「%s」 is work lost and sought', async (text) => {
    expect(await field('employment', 'employment_status', text)).toEqual(chosen('失业在找工作'));
  });

  it.each(['想学门电工 有了证好找工作', '打算去学个厨师 学会了好找活'])(
    '「%s」 wants training, though finding work is named after it',
    async (text) => {
      expect(await field('employment', 'employment_status', text)).toEqual(chosen('想参加技能培训'));
    },
  );

  it.each(['年纪大了 不好找工作', '五十多了 不太好找活'])(
    '「%s」 is work sought, not training',
    async (text) => {
      expect(await field('employment', 'employment_status', text)).toEqual(chosen('失业在找工作'));
    },
  );

  it('a good month told without a bad one is no gig work by itself', async () => {
    expect(await field('employment', 'employment_status', '身体好的时候在纺织厂上班')).not.toEqual(
      chosen('零工收入不稳定'),
    );
  });
});

describe('round 43: disability_certificate', () => {
  it.each([
    '材料都交上去了 说要审核',
    '社区说帮我们往上报 还没回话',
    '上礼拜去市医院做的鉴定 让回家等通知',
    '评完了 证还在等',
    '残联说下个月能拿证',
  ])('「%s」 is being issued', async (text) => {
    expect(await field('disability', 'disability_certificate', text)).toEqual(chosen('正在办理'));
  });

  it.each(['医生早就说能办 我们一直拖着', '一直拖着没去 家里走不开'])('「%s」 is none yet', async (text) => {
    expect(await field('disability', 'disability_certificate', text)).toEqual(chosen('没有'));
  });

  it('a certificate got long ago is held; one not yet got is not', async () => {
    expect(await field('disability', 'disability_certificate', '证前几年就办下来了 在抽屉里锁着')).toEqual(
      chosen('有残疾证'),
    );
    expect(await field('disability', 'disability_certificate', '证还没办下来')).not.toEqual(
      chosen('有残疾证'),
    );
  });
});

describe('round 43: housing_situation', () => {
  it.each([
    '住的老土坯房 后墙有道缝',
    '墙缝里能看见外头 冬天直灌风',
    '房顶漏 下雨天得拿桶接水',
    '房梁都被虫蛀糟了',
    '屋子歪着 怕哪天塌了砸着人',
  ])('「%s」 is an unsafe house', async (text) => {
    expect(await field('housing', 'housing_situation', text)).toEqual(chosen('住的是危房'));
  });

  it('a house that has fallen is no house', async () => {
    expect(await field('housing', 'housing_situation', '去年发大水 房子整个塌了')).toEqual(
      chosen('没有住房'),
    );
  });

  it.each(['没房 一直在单位宿舍对付着', '自己没有房 带着孩子住我妹家', '没有自己的房 到处借宿'])(
    '「%s」 has no home of their own',
    async (text) => {
      expect(await field('housing', 'housing_situation', text)).toEqual(chosen('没有住房'));
    },
  );

  it('renting told in Cantonese is renting', async () => {
    expect(await field('housing', 'housing_situation', '租屋住 每个月屋租一千二')).toEqual(
      chosen('租房负担不起'),
    );
  });
});

describe('round 43: hardship_cause', () => {
  it.each([
    '厨房电线短路 屋里的东西全烧光了',
    '电动车放屋里充电着了 家具都烧没了',
    '灶台边上失的火',
    '山洪把院墙冲倒了 粮食全泡了',
  ])('「%s」 is a fire or a disaster', async (text) => {
    expect(await field('temporary', 'hardship_cause', text)).toEqual(chosen('火灾或自然灾害'));
  });

  it('a fever is no fire', async () => {
    expect(await field('temporary', 'hardship_cause', '孩子发高烧住院 烧了一个礼拜')).toEqual(
      chosen('生病或受伤'),
    );
  });

  it('a shop shut by its owner is work lost', async () => {
    expect(await field('temporary', 'hardship_cause', '在超市理货 老板把店关了 工资也没结')).toEqual(
      chosen('失业断了收入'),
    );
  });

  it.each(['去镇上赶集被三轮车撞的', '在厂里干活出的事 腿骨折了'])('「%s」 is an accident', async (text) => {
    expect(await field('temporary', 'hardship_cause', text)).toEqual(chosen('意外事故'));
  });

  it('a finger lost to a machine is an accident, no death', async () => {
    expect(await field('temporary', 'hardship_cause', '干活时手被机器绞了 三根手指头没了')).toEqual(
      chosen('意外事故'),
    );
  });

  it('the earner dead is still the earner’s death', async () => {
    expect(await field('temporary', 'hardship_cause', '我家老头没了 家里没了进项')).toEqual(
      chosen('家里主要劳力去世'),
    );
  });

  it('a birth gone wrong is illness', async () => {
    expect(await field('temporary', 'hardship_cause', '儿媳妇生孩子大出血 进了ICU')).toEqual(
      chosen('生病或受伤'),
    );
  });
});

describe('round 43: supporters', () => {
  it.each([
    '有个儿子 在外地 一年到头没音信',
    '就一个女儿 电话打不通 跟没有一样',
    '有个闺女 她家也是低保 自己都顾不过来',
    '有个儿子 可他中风好几年了',
  ])('「%s」 has a supporter who cannot support', async (text) => {
    expect(await field('extreme_poverty', 'supporters', text)).toEqual(chosen('有但没有能力赡养'));
  });

  it('a child whose household is doing well can support', async () => {
    expect(await field('extreme_poverty', 'supporters', '儿子在城里开店 条件还行')).toEqual(chosen('有'));
  });

  it('the dead told with 死了 leave no supporter', async () => {
    expect(await field('extreme_poverty', 'supporters', '闺女小时候就没了 老伴也死了好多年')).toEqual(
      chosen('没有赡养扶养人'),
    );
  });
});

describe('round 43: self_care', () => {
  it.each(['脑梗后一直躺着 翻身都得人帮', '大小便都在床上 全靠老伴收拾', '全瘫'])(
    '「%s」 cannot look after themself',
    async (text) => {
      expect(await field('extreme_poverty', 'self_care', text)).toEqual(chosen('完全不能自理'));
    },
  );

  it('help with a chore beside what the person manages is partly', async () => {
    expect(await field('extreme_poverty', 'self_care', '饭能自己端着吃 做饭不行了')).toEqual(
      chosen('部分自理'),
    );
  });

  it('a bath with someone’s help is partly; everything done for them is not', async () => {
    expect(await field('extreme_poverty', 'self_care', '饭还能凑合弄 洗澡得找人搭把手')).toEqual(
      chosen('部分自理'),
    );
    expect(await field('extreme_poverty', 'self_care', '吃喝拉撒全得有人帮着')).toEqual(
      chosen('完全不能自理'),
    );
  });

  it.each(['一部分吧', '部分'])('「%s」 alone is partly', async (text) => {
    expect(await field('extreme_poverty', 'self_care', text)).toEqual(chosen('部分自理'));
  });

  it.each(['人还硬朗 能下地锄草', '日常生活没什么问题'])('「%s」 can look after themself', async (text) => {
    expect(await field('extreme_poverty', 'self_care', text)).toEqual(chosen('能自理'));
  });

  it('one who cannot go to the fields is not read as able', async () => {
    expect(await field('extreme_poverty', 'self_care', '不能下地了 吃饭都要人喂')).toEqual(
      chosen('完全不能自理'),
    );
  });
});

describe('round 43: special_members', () => {
  it('a mind that never grew up is a disabled member, beside a student', async () => {
    expect(
      await field(
        'minimum_living',
        'special_members',
        '老二小时候烧坏了脑子 三十岁了还跟个小孩一样 老大读初三',
      ),
    ).toEqual(chosen('有残疾人、有在读学生'));
  });

  it('智力有问题 is disability', async () => {
    expect(await field('minimum_living', 'special_members', '小儿子智力有问题 得人看着')).toEqual(
      chosen('有残疾人'),
    );
  });

  it('an old one whose only child is no help has no one to keep them', async () => {
    expect(await field('minimum_living', 'special_members', '俺就一个闺女 远嫁了 指望不上')).toEqual(
      chosen('有老人无人赡养'),
    );
  });
});

describe('round 43: student_stage', () => {
  it.each(['今年考了个二本', '在省城读三本'])('「%s」 is university', async (text) => {
    expect(await field('education', 'student_stage', text)).toEqual(chosen('大学'));
  });

  it.each(['市技工学校三年级', '职业学校学数控专业 二年级'])(
    '「%s」 is a vocational school',
    async (text) => {
      expect(await field('education', 'student_stage', text)).toEqual(chosen('高中或中职'));
    },
  );

  it('a grade alone is still primary school', async () => {
    expect(await field('education', 'student_stage', '村小三年级')).toEqual(chosen('小学'));
  });
});
