// Round 47 of the form answers (development set FD): the kinds of misreading its answers showed, each with sentences
// written here in other words (every person fictional).
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { readFormAnswer, shippedForms } from '../helpers/form-answer-reader.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await shippedForms();
});

function read(type: string, name: string, answer: string): unknown {
  return readFormAnswer(forms, type, name, answer);
}

describe('round 47: a disability certificate not in hand, never sought or put off', () => {
  it.each([
    ['评残那个体检上周做完了 本本还没领到', '正在办理'],
    ['检查都弄了 就是证件还没拿到手', '正在办理'],
    ['还没呢', '没有'],
    ['这辈子从没办过这个', '没有'],
    ['腿瘸了二十年 没想过要弄这个证', '没有'],
    ['不晓得上哪儿去办 一直拖到现在', '没有'],
    ['以后再说吧 眼下顾不上', '没有'],
    ['一直没整 俺也不知道上哪整去', '没有'],
    ['俺一直没打算弄那个证', '没有'],
    ['瞎了好些年 从来没寻思办证', '没有'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('disability', 'disability_certificate', text)).toBe(choice);
  });

  it('a certificate held long since is still held', () => {
    expect(read('disability', 'disability_certificate', '证早就办下来了')).toBe('有残疾证');
  });
});

describe('round 47: housing, by renting in Cantonese, a house too unsafe to sleep in, a danger repaired', () => {
  it.each([
    ['我哋租紧一间细屋 五百蚊一个月 都俾唔起', '租房负担不起'],
    ['房东天天催 上个月的钱还欠着', '租房负担不起'],
    ['现在租着人家的平房 一个月六百 实在拿不出了', '租房负担不起'],
    ['屋顶都塌了半边 一家人不敢住 搭了个帐篷在院子里', '住的是危房'],
    ['墙裂了大缝 晚上不敢在里头睡 去亲戚家借住', '住的是危房'],
    ['房子让水冲没了 住在亲戚家', '没有住房'],
    ['以前是危房 去年改造过了 现在没啥问题 就是太潮', '其他'],
    ['早先是危房 村里给翻修了 如今就是挤了点', '其他'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('housing', 'housing_situation', text)).toBe(choice);
  });
});

describe('round 47: supporters, the only one left after a death, and a child well off who stays away', () => {
  it.each([
    ['闺女前些年得急病走了 女婿又成了家 现在家里就她一个', '没有赡养扶养人'],
    ['俺那口子早些年过身了 一直没孩子 就俺一个', '没有赡养扶养人'],
    ['唯一的儿子出车祸没了 现在屋里就老人一个', '没有赡养扶养人'],
    ['囡儿老早生毛病死脱了 伊屋里就伊一个人', '没有赡养扶养人'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'supporters', text)).toBe(choice);
  });

  it.each([
    ['闺女在省城当老师 日子过得挺好 就是逢年过节都不回来', '有'],
    ['俺没人管 闺女倒是有个 嫁到外省了 家里开了个超市 就是不联系', '有'],
    ['两个儿子在深圳开厂 有钱得很 就是一分钱不给钱', '有'],
  ])('「%s」 is %s: able and unwilling is still a supporter', (text, choice) => {
    expect(read('extreme_poverty', 'supporters', text)).toBe(choice);
  });

  it.each([
    ['儿子外出打工多年 不回来也不寄钱', '有但没有能力赡养'],
    ['有个女儿 她家也困难 管不了', '有但没有能力赡养'],
    ['儿子开店生意亏了 自己都养不活', '有但没有能力赡养'],
  ])('「%s」 is still %s', (text, choice) => {
    expect(read('extreme_poverty', 'supporters', text)).toBe(choice);
  });
});

describe('round 47: self-care half and half, buttons beyond the hands, said in English', () => {
  it.each([
    ['一半一半', '部分自理'],
    ['时好时坏 好的时候自己做饭 坏的时候得人扶', '部分自理'],
    ['饭自己做 就是衣服扣子扣不上了 得人帮', '部分自理'],
    ['吃饭自个来 穿衣服要人搭把手', '部分自理'],
    ['partly 吧', '部分自理'],
    ['他 cannot self care 了 全靠我', '完全不能自理'],
    ['she can self care 没问题的', '能自理'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'self_care', text)).toBe(choice);
  });
});

describe('round 47: of several children told, the one the help is for', () => {
  it.each([
    ['老大上职高一年级，老二才念二年级，这回给老二报', '小学'],
    ['俩闺女 大闺女念大二 小闺女上初一 先帮小闺女办吧', '初中'],
    ['两个孙子 大孙子读初二 小孙子上幼儿园大班 主要是给大孙子申请', '初中'],
    ['大的在读高三 小的上五年级 先给大的', '高中或中职'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('education', 'student_stage', text)).toBe(choice);
  });

  it('a brother named without his own stage leaves the stage told', () => {
    expect(read('education', 'student_stage', '给我弟弟申请 他读初一')).toBe('初中');
  });
});

describe('round 47: what caused the hardship, by a vehicle counted with 辆, a storm or frost, a stroke', () => {
  it.each([
    ['骑车回家让辆三轮车碰倒了 胯骨摔裂了', '意外事故'],
    ['上礼拜跌亲 行唔到路 开唔到工', '意外事故'],
    ['在仓库搬货被货架砸了 腰伤了干不了活', '意外事故'],
    ['今年春上一场霜冻 果树全冻坏了 一年白干', '火灾或自然灾害'],
    ['夜里起了狂风 猪圈顶子吹塌了 猪跑了一半', '火灾或自然灾害'],
    ['老公心梗住院了 他那份工资没了 我一直没工作', '生病或受伤'],
    ['厂子倒闭了 没工作了', '失业断了收入'],
    ['我老公上个月脑溢血走了', '家里主要劳力去世'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('temporary', 'hardship_cause', text)).toBe(choice);
  });
});

describe('round 47: work sought by applications unanswered, and odd jobs now and then (Wu 有辰光)', () => {
  it.each([
    ['面试了三四家 都说等通知 到现在没下文', '失业在找工作'],
    ['跑了好几个厂应聘 人家嫌我年纪大', '失业在找工作'],
    ['去年厂里裁员 简历投过不少 都没人要', '失业在找工作'],
    ['有辰光帮人家搬搬东西 有辰光没', '零工收入不稳定'],
    ['有时候帮人家刷刷墙 有时候没活', '零工收入不稳定'],
    ['厂子关了以后 有时给人搬搬货挣点', '零工收入不稳定'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('employment', 'employment_status', text)).toBe(choice);
  });
});

describe('round 47: a student said, then said to have finished or left school', () => {
  it.each([
    ['闺女原来上高中 去年退学了 现在在家 我有糖尿病', '有重病病人'],
    ['有个学生 已经毕业了', '都没有'],
    ['俺家小子念书来着 今年毕业了 俺男人腿截肢了', '有残疾人'],
    ['两个孩子都在读书 老大今年毕业了 老二还在读', '有在读学生'],
    ['孙子念书呢 明年毕业了 俺老头子有心脏病', '有重病病人、有在读学生'],
    ['儿子读初中 还没毕业', '有在读学生'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('minimum_living', 'special_members', text)).toBe(choice);
  });
});

describe('round 47: special members by blindness, a slow mind, an old one living alone', () => {
  it.each([
    ['我公公双目失明 婆婆有尿毒症', '有残疾人、有重病病人'],
    ['闺女脑子不大灵光 上不了学', '有残疾人'],
    ['俺爹七十多 一个人过 儿女都在外地也不寄钱', '有老人无人赡养'],
    ['他瞎忙活 家里没啥特别的', '都没有'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('minimum_living', 'special_members', text)).toBe(choice);
  });
});

describe('round 47: children said to be none after them, a certificate done long since', () => {
  it('「就俺老两口 儿女都没有 老伴瘫在床上」 has an old one with no one and a disabled one', () => {
    expect(read('minimum_living', 'special_members', '就俺老两口 儿女都没有 老伴瘫在床上')).toBe(
      '有残疾人、有老人无人赡养',
    );
  });

  it.each([
    ['证办下来有三年了', '有残疾证'],
    ['残疾证一直没办下来', '没有'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('disability', 'disability_certificate', text)).toBe(choice);
  });
});
