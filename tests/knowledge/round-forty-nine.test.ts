// Round 49 of the policy answers, read from set BQ (written here in our own words): 为什么 / 凭啥 ask why, not which
// thing; a hospital deposit asked to be let off with a few words between (押金是不是能不交); 低保 reckoned by head or
// by household; relief goods named by the thing (被子, 米面); a house that leaks asked to be mended; a relative far
// off who cannot come back to apply; help asked for without the wait; an income that is not low eaten up by costs;
// a programme named and taken back (「…哦不对 是…」); an identity paper's age asked to be changed to qualify.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { firstThreeOf, loadShippedKnowledge } from '../helpers/shipped-knowledge.js';

let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadShippedKnowledge();
});

const firstThree = (question: string): string[] => firstThreeOf(kb, question);

describe('round 49: 为什么 / 凭啥 ask why, not which thing', () => {
  it.each(['为什么还要交户口本', '凭啥要我女儿也来签字', '为啥还得查我家存款'])('「%s」 marks no word as the thing asked for', (question) => {
    expect(kb.diagnose(question).analysis.concepts.some((c) => c.focus === true)).toBe(false);
  });

  it('「还要什么材料」 still asks for 材料', () => {
    expect(kb.diagnose('申请低保还要什么材料').analysis.concepts.some((c) => c.text.includes('材料') && c.focus === true)).toBe(true);
  });

  it.each(['为啥非得让我女婿也签授权书 查他的银行存款', '凭什么要我闺女也签字同意查她的存款'])(
    '「%s」 is answered from the rule on the signed consent to the check',
    (question) => {
      const d = kb.diagnose(question);
      expect(d.verdict).toBe('answerable');
      expect(d.ranked.slice(0, 3).some((r) => r.chunk.text.includes('授权'))).toBe(true);
    },
  );
});

describe('round 49: a hospital deposit asked to be let off', () => {
  it.each(['五保户住院的押金是不是能不交', '我是低保户 住院押金可不可以先不交'])('「%s」 is ours and answered', (question) => {
    const d = kb.diagnose(question);
    expect(d.scope.outOfScope).toBe(false);
    expect(d.verdict).toBe('answerable');
  });

  it('a rent deposit asked the same way stays another matter', () => {
    expect(kb.diagnose('租房押金是不是可以不交').verdict).toBe('out-of-scope');
  });
});

describe('round 49: 低保 reckoned by head or by household', () => {
  it.each(['低保是按人头给还是按户给', '低保钱按一户算还是按每个人算'])('「%s」 is answered from what 低保 gives', (question) => {
    const d = kb.diagnose(question);
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme).toEqual({ type: 'minimum_living', part: 'benefit' });
  });
});

describe('round 49: relief goods named by the thing', () => {
  it.each(['冬天发的棉被和米面是哪个部门管', '遭灾以后发粮油棉衣找谁'])('「%s」 finds the disaster card', (question) => {
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question)).toContain('disaster');
  });
});

describe('round 49: a house that leaks, asked to be mended', () => {
  it.each(['老屋一下雨就漏 政府能给修修不', '我家房子漏水漏得厉害 能不能给修一修'])('「%s」 finds the housing card', (question) => {
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question)).toContain('housing');
  });
});

describe('round 49: a relative far off who cannot come back to apply', () => {
  // The window passages and card parts on applying for someone else (委托 … 代为申请, 帮办代理).
  const PROXY = /委托|代为申请|帮办/u;
  it.each(['我在广东上班赶不回来 我妈一个人在家 我能替她申请吗', '儿子在外省打工回不来 能让他帮我办吗'])(
    '「%s」 finds how someone else may apply',
    (question) => {
      const d = kb.diagnose(question);
      expect(d.verdict).toBe('answerable');
      expect(d.ranked.slice(0, 3).some((r) => PROXY.test(r.chunk.text))).toBe(true);
    },
  );
});

describe('round 49: help asked for without the wait', () => {
  it('「老伴突发脑梗急着用钱 有没有不用排队的救助」 finds the quick response or the temporary card', () => {
    const question = '老伴突发脑梗急着用钱 有没有不用排队的救助';
    expect(kb.diagnose(question).verdict).toBe('answerable');
    const first = kb.diagnose(question).ranked.slice(0, 3);
    expect(first.some((r) => r.chunk.programme?.type === 'temporary' || /快速响应|绿色通道/u.test(r.chunk.text))).toBe(true);
  });
});

describe('round 49: a programme named and taken back', () => {
  it('「我想问低保 哦不对 是残疾人两项补贴 怎么申请」 is about the disability subsidies only', () => {
    const d = kb.diagnose('我想问低保 哦不对 是残疾人两项补贴 怎么申请');
    expect(d.scope.named).toEqual(['disability']);
    expect(d.ranked[0]?.chunk.programme?.type).toBe('disability');
  });

  it('a complaint that something is wrong keeps its words', () => {
    expect(kb.diagnose('救助金的钱数不对 找谁问').analysis.text).toContain('钱数不对');
  });
});

describe('round 49: an identity paper’s age asked to be changed to qualify', () => {
  it.each(['把户口本上的岁数改大点 我妈就够特困了吧', '身份证年龄能不能帮我改小两岁 好领补助'])('「%s」 is declined', (question) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain('公安');
  });

  it('how old one must be for the support programme is still answered', () => {
    expect(kb.answer('特困人员要满多大年龄才能申请').answerable).toBe(true);
  });
});

describe('round 49: an income that is not low, eaten up by costs', () => {
  it.each(['两口子工资其实不算低 可老人住院孩子上学 开销太大 能申请啥', '收入也不低 就是这两年看病花销大 入不敷出 有啥救助'])(
    '「%s」 finds the temporary card',
    (question) => {
      expect(kb.diagnose(question).verdict).toBe('answerable');
      expect(firstThree(question)).toContain('temporary');
    },
  );
});
