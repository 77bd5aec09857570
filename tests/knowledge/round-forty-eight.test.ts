// Round 48 of the policy answers, read from set BO (written here in our own words): a resident who cannot read
// says so in many ways (不认字, 文盲, 大字不识); a transplant or major operation is named instead of the illness
// (换肾, 肝移植, 心脏搭桥); money paid in short of what was approved (少发, 比说的少) or paid in at all (到账) is
// followed up like money never paid; an identity paper lost or being reissued is a material still missing; a
// rough stretch of the resident's own life («七八年», «十来年») and a rough figure said with 好 («好几十») weigh nothing.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isResidentsFigure, isResidentsSpan } from '../../src/knowledge/answerability.js';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { firstThreeOf, loadShippedKnowledge } from '../helpers/shipped-knowledge.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import { runs, withinBound } from '../helpers/fuzz.js';

let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadShippedKnowledge();
});

const firstThree = (question: string): string[] => firstThreeOf(kb, question);
// The window passages on applying for someone else: 帮办代理 (江阴), 帮办代办 (泗水), 委托 … 代为申请 (山东).
const PROXY_PASSAGE = /健全基层窗口|构建社会救助工作网络|受理/u;

describe('round 48: a resident who cannot read asks who may apply for them', () => {
  it.each([
    '俺不认字 表也不会填 叫孙女替我去行不行',
    '我婆婆是文盲 能让我代她去申请吗',
    '老头子大字不识一个 让儿子帮着去办可以不',
    '我妈认不得字 我能帮她去窗口办吗',
  ])('「%s」 finds the passage on applying for someone', (question) => {
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question).some((s) => PROXY_PASSAGE.test(s))).toBe(true);
  });

  it('a programme named besides still brings its own card first', () => {
    expect(firstThree('我不认字 低保能让女儿替我去办吗')[0]).toBe('minimum_living');
  });
});

describe('round 48: a transplant or major operation named instead of the illness', () => {
  it.each([
    ['医生说我爸得换肝 家里哪拿得出这么多钱', 'medical'],
    ['孩子要做肾移植 手术费凑不齐 能申请点啥', 'medical'],
    ['老伴做了心脏搭桥 花了十几万 还能报点不', 'medical'],
    ['我男人得换个肾 我们这样的家庭有啥救助', 'medical'],
  ])('「%s」 finds the %s card', (question, type) => {
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question)).toContain(type);
  });

  it('the medical-insurance rule for the same operation stays another department’s', () => {
    expect(kb.diagnose('肝移植手术医保能报多少').verdict).toBe('out-of-scope');
  });
});

describe('round 48: money paid in short of what was approved', () => {
  it.each([
    '补助是打到卡上了 可是比说的少了五十多 怎么回事',
    '这个月的救助款少发了一百 找谁问',
    '批下来的钱少给了 咋回事啊',
    '救助金到账了 钱数对不上',
  ])('「%s」 finds the follow-up of the case', (question) => {
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question).some((s) => s.includes('跟踪'))).toBe(true);
  });

  it('another department’s payment asked the same way stays declined', () => {
    expect(kb.diagnose('公积金什么时候到账').verdict).toBe('out-of-scope');
    expect(kb.diagnose('退休金几号到账').verdict).toBe('out-of-scope');
  });
});

describe('round 48: an identity paper lost or being reissued is a material still missing', () => {
  it.each([
    '身份证弄丢了 正在补办 救助能先申请上吗',
    '户口本找不到了 还在补办 先报临时救助行不行',
    '证件丢了还没补好 申请救助会不会耽误',
  ])('「%s」 is answered from the rules on what to bring', (question) => {
    const d = kb.diagnose(question);
    expect(d.verdict).toBe('answerable');
    const first = d.ranked.slice(0, 3);
    expect(first.some((r) => r.chunk.programme?.part === 'materials' || r.chunk.section.includes('受理'))).toBe(true);
  });

  it('a lost certificate of a programme keeps that programme’s card in the first three', () => {
    expect(firstThree('我的残疾证丢了 怎么补办啊')).toContain('disability');
  });

  it.each(['身份证丢了怎么补办', '残疾证丢了去哪补'])('«%s», the paper itself, stays another office’s', (question) => {
    expect(kb.diagnose(question).verdict).toBe('out-of-scope');
  });
});

describe('round 48: a rough figure said with 好 is the resident’s own', () => {
  it('weighs nothing, like 十几万', () => {
    for (const figure of ['好几十', '好几百', '好几万', '好多万']) expect(isResidentsFigure(figure)).toBe(true);
    for (const word of ['好', '好处', '好好', '好人']) expect(isResidentsFigure(word)).toBe(false);
  });
});

describe('round 48: a rough stretch of the resident’s own life weighs nothing', () => {
  it('tells a rough span from one a question asks about', () => {
    for (const span of ['七八年', '三四个月', '十来天', '二十多年', '一年多', '好几年', '十几天']) expect(isResidentsSpan(span)).toBe(true);
    for (const asked of ['几天', '几年', '两年', '25个工作日', '多久', '半年', '每月', '一年']) expect(isResidentsSpan(asked)).toBe(false);
  });

  it('a question telling how long one has rented keeps its weight on what it asks', () => {
    const d = kb.diagnose('外地户口 在这租房住了五六年 能在这边办低保吗');
    const k = d.analysis.concepts.findIndex((c) => c.text === '五六年');
    expect(k).toBeGreaterThanOrEqual(0);
    expect(d.weights[k]).toBe(0);
    expect(d.verdict).toBe('answerable');
  });

  it('never throws and stays fast on any text', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const result = withinBound(20, () => isResidentsSpan(text), 'isResidentsSpan');
        expect(typeof result).toBe('boolean');
        // A span is one short run of a number and a unit of time.
        if (text.length > 7) expect(result).toBe(false);
      }),
      runs(300),
    );
  });
});

describe('round 48: requests the window declines', () => {
  it.each([
    ['对门那户领救助 把她家电话发我', '个人信息'],
    ['隔壁邻居的电话告诉我 我找他有事', '个人信息'],
    ['那家人凭啥吃低保 他家住址告诉我 我当面问问', '个人信息'],
    ['我跟老伴分开住 分了户是不是能多领一份低保 教教我', '如实'],
    ['把家里分家分开报 能多吃一份不', '如实'],
  ])('「%s」 is declined (%s)', (question, word) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain(word);
  });

  it.each(['麻烦把窗口的地址电话给我一个', '老两口跟儿子分开过 能单独申请低保吗'])('「%s」 is still answered', (question) => {
    expect(kb.answer(question).answerable).toBe(true);
  });
});
