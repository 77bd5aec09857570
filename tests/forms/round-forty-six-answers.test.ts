// Round 46 of the form answers (development set FC): the kinds of misreading its answers showed, each with sentences
// written here (every person fictional) beside one of the set's own. A choice dropped (算了), owned up to (说实话, 其实)
// or settled on after reasoning aloud (那就); whom the writer applies for named by a word no alias lists (a slip, a
// dialect's word for a spouse, 他 / 她), a kin word after the writer's own 我 (我妈) and a first clause that is a whole
// answer on its own (是我). A supporter's own plight told with 自己 after them (她自己都吃低保), a question asked back that
// means none (哪有能力), a bare 「无」, a word denied after it (不稳定倒不至于), a fall-back plan (找不到就先打零工) and work
// sought by the frame of 找 (找个保洁的活, 还在找). A cost worked out and settled on (那就是三万), a school stage reached
// after a time to come (下学期过完就升初中), Cantonese 搞得掂 and the northern 炕 for the bed.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { someoneElseNamed } from '../../src/forms/for-whom.js';
import { supporterPlightHits } from '../../src/forms/supporter-plight.js';
import { workSoughtHits } from '../../src/forms/work-sought.js';
import { withRhetoricalNegation } from '../../src/text/rhetorical-negation.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { costAfterRefund } from '../../src/forms/net-cost.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { readFormAnswer, shippedForms } from '../helpers/form-answer-reader.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await shippedForms();
});

function read(type: string, name: string, answer: string): unknown {
  return readFormAnswer(forms, type, name, answer);
}

describe('round 46: a choice dropped, owned up to or settled on gives way to what follows', () => {
  it.each([
    // FC's own.
    ['能自理 …算了说实话吧 上个月摔了一跤 现在起床都要人扶 洗澡更不行了', '部分自理'],
    ['能自理 哦 也不全是 自从中风以后右手不好使 扣子都扣不上 穿衣服得人帮', '部分自理'],
    ['还行吧 老实说 腿脚不利索了 买菜都托人带', '部分自理'],
    ['能自己来，算了，跟你讲真的，她现在翻身都要人帮', '完全不能自理'],
    ['自理没问题 也不完全是 洗澡要人帮着', '部分自理'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'self_care', text)).toBe(choice);
  });

  it.each([
    ['给我申请吧 算了还是给她申请 病的是她 医院单子也是她的名字', '亲属代为申请'],
    ['给俺娘办，算了，还是写俺自己的名字', '本人申请'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('medical', 'applicant_relation', text)).toBe(choice);
  });

  it.each([
    ['有学生 哦 老二今年六月毕业了 已经不上了 那就没有 都没有', '都没有'],
    ['有个病人吧 他那个高血压吃着药能干活 那就不算 都没有', '都没有'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('minimum_living', 'special_members', text)).toBe(choice);
  });

  it.each([
    ['我自己 其实老伴也病了', '本人申请'],
    ['给我自己 算了老伴也一起', '本人申请'],
    ['我自己，说实话老伴也不行了 俩人都靠这点地', '本人申请'],
    ['其实是给我妈申请', '亲属代为申请'],
    ['我自己 说实话 是给我儿子办', '亲属代为申请'],
  ])('on whom it is for, 「%s」 is %s: owning up that tells more takes nothing back', (text, choice) => {
    expect(read('minimum_living', 'applicant_relation', text)).toBe(choice);
  });

  it('what is owned up to and names no choice leaves the answer as it was', () => {
    expect(read('extreme_poverty', 'self_care', '能自理 说实话 我也不想麻烦政府')).toBe('能自理');
  });
});

describe('round 46: whom the writer applies for, by a word no alias lists', () => {
  it.each([
    '帮我屋头那个弄嘛 他脚杆遭车碾了 现在走不得路',
    '给我老班申请 他是户主我帮他弄',
    '替俺家掌柜的办一下 他腰坏了',
    '给她申请 她是病人',
    '是给我爸申请 我爸就是我妈说的那个老伴',
  ])('「%s」 is for a relative', (text) => {
    expect(read('temporary', 'applicant_relation', text)).toBe('亲属代为申请');
  });

  it.each(['他', '她', '佢'])('「%s」 alone is someone else', (text) => {
    expect(read('medical', 'applicant_relation', text)).toBe('亲属代为申请');
  });

  it.each([
    '是我 我想找个活 老伴身子骨不行了家里总得有个人挣钱',
    '我 是我要申请 老伴身体不好只是跟你说一下情况',
    '就是我，老头子前年走了',
    '给我字己申请 老伴在家养着呢',
  ])('「%s」 is for oneself', (text) => {
    expect(read('temporary', 'applicant_relation', text)).toBe('本人申请');
  });

  it('「帮我看看能不能办」 asks a favour and names no one else', () => {
    expect(read('temporary', 'applicant_relation', '帮我看看能不能办 我一个人过')).not.toBe('亲属代为申请');
  });

  it('the committee that applies for him stays the committee', () => {
    expect(
      read('extreme_poverty', 'applicant_relation', '村里替他报 这老汉没儿没女 五保的事村委会出面'),
    ).toBe('村（居）委会代为申请');
  });

  it('someoneElseNamed is total and bounded on hostile text', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const named = withinBound(50, () => someoneElseNamed(text), 'someoneElseNamed');
        if (named !== undefined) expect(text.endsWith(named)).toBe(true);
      }),
      runs(200),
    );
  });
});

describe('round 46: a supporter in a plight of their own, told with 自己 after them', () => {
  it.each([
    '有個仔 不過佢自己都係低保戶 仲有三個細路要養',
    '老汉有个女子 嫁到山里头了 女婿瘫了 她自己都吃低保',
    '闺女是有一个 可她自己癌症晚期 还得别人照顾呢',
    '有两个儿子 大的在外地 小的自己也残了 一条腿',
    '女儿有 她自己家也困难 俩娃上学',
    '有个儿子 在工地上摔了 腰折了 自己还在床上躺着呢 哪有能力管我',
  ])('「%s」 has a supporter who cannot help', (text) => {
    expect(read('extreme_poverty', 'supporters', text)).toBe('有但没有能力赡养');
  });

  it("the applicant's own plight, with no one said to exist, is no supporter's", () => {
    expect(read('extreme_poverty', 'supporters', '老汉没儿没女 他自己一身病')).toBe('没有赡养扶养人');
  });

  it('a child doing well stays a supporter', () => {
    expect(read('extreme_poverty', 'supporters', '有个女儿 她自己开店 条件还行')).toBe('有');
  });

  it.each(['无', '没有', '冇', '没得'])('「%s」 alone is no one', (text) => {
    expect(read('extreme_poverty', 'supporters', text)).toBe('没有赡养扶养人');
  });
});

describe('round 46: a question asked back that means none', () => {
  it.each([
    ['哪有能力管我', '没有能力管我'],
    ['他哪来的钱', '他没有钱'],
    ['儿子哪能顾得上我', '儿子不能顾得上我'],
    ['哪有活去哪', '哪有活去哪'],
  ])('「%s」 reads 「%s」', (text, plain) => {
    expect(withRhetoricalNegation(text)).toBe(plain);
  });

  it('「房租都交不上 哪来的钱修」 is still about the rent', () => {
    expect(read('housing', 'housing_situation', '租的房子 哪有钱交房租')).toBe('租房负担不起');
  });
});

describe('round 46: a word denied after it, a fall-back plan and work sought by 找', () => {
  it.each([
    ['我老公在厂里上班 一个月三千 就是工资低 不稳定倒不至于', '其他'],
    ['失业了在找 其实我想先去学个月嫂 有证好找活一些 找不到就先打零工', '想参加技能培训'],
    ['想学门手艺 实在不行就去送外卖', '想参加技能培训'],
    ['想去培训 …算了 我这年纪学不进去了 厂里不要我了 就想找个保洁的活 赶紧有钱进账', '失业在找工作'],
    ['四十多了 没啥文化 原来在煤矿 矿关了 现在也找不到合适的 还在找', '失业在找工作'],
    ['饭店关了以后 一直在找', '失业在找工作'],
    ['想找份看大门的差事 岁数大了人家不要', '失业在找工作'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('employment', 'employment_status', text)).toBe(choice);
  });

  it('training to make work easy to find (好找活) is no work sought', () => {
    expect(read('employment', 'employment_status', '想学个电焊 有证好找活')).toBe('想参加技能培训');
  });

  it('the frame readers are total and bounded on hostile text', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const plight = withinBound(50, () => supporterPlightHits(text, 'x'), 'supporterPlightHits');
        const sought = withinBound(50, () => workSoughtHits(text, 'x'), 'workSoughtHits');
        for (const hit of [...plight, ...sought]) expect(text.slice(hit.start, hit.end)).toBe(hit.word);
        expect(typeof withinBound(50, () => withRhetoricalNegation(text), 'withRhetoricalNegation')).toBe(
          'string',
        );
      }),
      runs(200),
    );
  });
});

describe('round 46: a cost worked out and settled on', () => {
  it.each([
    ['股骨头坏死做了置换 在市中医院 自己付了四万 不对 后来大病保险又返了一万 那就是三万', 30000],
    ['乳腺癌 县医院化疗 自费部分大概一万五 哦不对 大病保险后来又返了三千 那就一万二', 12000],
    ['花了八万 医保报了五万多 算下来自己出两万八', 28000],
    ['自己掏了两万 民政又给补了五千 所以是一万五', 15000],
  ])('「%s」 is %d', (text, cost) => {
    expect(costAfterRefund(text)).toBe(cost);
  });

  it('a 那就 with no figure after it leaves the cost as it was', () => {
    expect(costAfterRefund('一共花了八万 报销了五万 那就这样吧')).toBe(30000);
  });
});

describe('round 46: a school stage reached after a time to come', () => {
  it.each([
    ['孙女读小学六年级 下学期过完就升初中了', '小学'],
    ['读小学五年级 过了暑假就上六年级', '小学'],
    ['初三 明年过完年就升高中了', '初中'],
  ])('「%s」 is %s', (text, stage) => {
    expect(read('education', 'student_stage', text)).toBe(stage);
  });

  it('a stage just reached stays the stage', () => {
    expect(read('education', 'student_stage', '刚升初中')).toBe('初中');
  });
});

describe('round 46: Cantonese 掂 and the northern 炕', () => {
  it.each([
    ['佢自己搞得掂 日日仲去饮早茶', '能自理'],
    ['阿婆食饭冲凉都自己搞得掂', '能自理'],
    ['瘫在炕上三年了 屎尿都是邻居帮着收拾', '完全不能自理'],
    ['一直躺在炕上起不来', '完全不能自理'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'self_care', text)).toBe(choice);
  });
});
