// Round 46 of the policy answers, read from set BN (written here in our own words): residents name the
// assistive device they need (轮椅, 助听器, 拐杖, 人工耳蜗), not 辅助器具; a boarder «lives at school» (住校) and
// pays for meals (伙食费); «有没有啥说法» asks whether any rule provides for the case; «到哪了» asks how far a case
// has got; a case number of letters and digits is the resident's own; the forms materials take (原件, 复印件)
// are asked about as materials; a word said twice is one concept.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isResidentsFigure } from '../../src/knowledge/answerability.js';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { firstThreeOf, loadShippedKnowledge } from '../helpers/shipped-knowledge.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import { runs, withinBound } from '../helpers/fuzz.js';

let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadShippedKnowledge();
});

const firstThree = (question: string): string[] => firstThreeOf(kb, question);

describe('round 46: an assistive device named by what it is, and a boarder at school', () => {
  it.each([
    ['我妈腿脚不行了 想弄个助行器 残联给不给补', 'disability'],
    ['娃耳朵聋 想装人工耳蜗 太贵了 有没有补贴', 'disability'],
    ['截肢以后想装个假肢 政府能帮一点不', 'disability'],
    ['老爷子瘫了 要个轮椅 去哪里申请', 'disability'],
    ['俺爹耳背 配个助听器要花不少钱 有补助没', 'disability'],
    ['闺女上高中要住校 一学期伙食费都交不起 能申请点啥', 'education'],
    ['娃在镇上初中住学校 家里困难 吃饭的钱有补助不', 'education'],
    ['孩子在学校住 家里就我一个劳力 伙食费有啥说法没有', 'education'],
  ])('「%s」 finds the %s card', (question, type) => {
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question)).toContain(type);
  });

  it('the answer names who to ask and that there is a subsidy', () => {
    const answer = kb.answer('残疾人配拐杖要自己掏钱吗');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('残联');
    expect(answer.text).toContain('补贴');
  });
});

describe('round 46: «有没有啥说法» asks whether a rule provides for the case', () => {
  it('is no demand for the reasons of a refusal', () => {
    const d = kb.diagnose('我老伴瘫在床上十年了 家里就靠我一个人 这种情况有什么说法没有');
    expect(d.verdict).toBe('answerable');
    expect(d.analysis.concepts.some((c) => c.focus === true)).toBe(false);
  });

  it('«给个说法» after a refusal still finds the reasons in writing', () => {
    const question = '低保没批下来 我要他们给个说法';
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question).some((s) => s.includes('跟踪反馈'))).toBe(true);
  });
});

describe('round 46: how far a case has got', () => {
  it.each(['我的申请现在到哪了 帮忙查查', '上个月交的申请 现在到哪儿了', '救助申请递上去十来天了 到哪了'])(
    '「%s」 finds the follow-up of the case',
    (question) => {
      expect(kb.diagnose(question).verdict).toBe('answerable');
      expect(firstThree(question).some((s) => s.includes('跟踪') || s.includes('反馈'))).toBe(true);
    },
  );

  it('«去哪» still asks where to go', () => {
    expect(firstThree('申请低保到哪办')).not.toContain('jiangyin-2018-121 三、工作内容 › （二）规范工作程序 › 3．跟踪反馈');
  });
});

describe('round 46: a case number of letters and digits is the resident’s own', () => {
  it('weighs nothing, like an identity card’s number', () => {
    for (const number of ['sj20261112', 'ls2026110388', 'AB123456']) expect(isResidentsFigure(number)).toBe(true);
    for (const word of ['sj', 'ab12', 'online', '12345']) expect(isResidentsFigure(word)).toBe(false);
  });

  it('a question quoting its receipt number is answered from the follow-up', () => {
    const question = '回执上的编号是 MZ20261201-0042 想问问审批到哪儿了';
    const d = kb.diagnose(question);
    expect(d.verdict).toBe('answerable');
    expect(firstThree(question).some((s) => s.includes('跟踪') || s.includes('反馈'))).toBe(true);
  });

  it('never throws and stays fast on any text', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(typeof withinBound(20, () => isResidentsFigure(text), 'isResidentsFigure')).toBe('boolean');
      }),
      runs(200),
    );
  });
});

describe('round 46: copies and originals are materials', () => {
  it.each(['材料要带原件吗 还是复印的就行', '户口本复印件要几张', '交资料的时候原件要不要给你们留下'])(
    '「%s」 is answered',
    (question) => {
      expect(kb.diagnose(question).verdict).toBe('answerable');
    },
  );

  it('another department’s papers asked the same way stay that department’s', () => {
    expect(kb.answer('结婚登记要带啥 户口本要原件吗').answerable).toBe(false);
  });
});

describe('round 46: a word said twice is one concept', () => {
  it('the second «没批» is not read as a word of its own', () => {
    const d = kb.diagnose('没批 也没人告诉我为啥没批 我想投诉');
    expect(d.analysis.concepts.filter((c) => c.text === '批')).toHaveLength(0);
    expect(d.verdict).toBe('answerable');
  });

  it('a key said again inside a longer word leaves that word whole', () => {
    const d = kb.diagnose('我是单职工家庭 老婆没工作 听说有困难职工帮扶 咋申请');
    expect(d.analysis.concepts.some((c) => c.text === '困难职工')).toBe(true);
    expect(firstThree('我是单职工家庭 老婆没工作 听说有困难职工帮扶 咋申请')).toContain('worker_hardship');
  });

  it.each(['不批也不说为啥不批 这合理吗', '咋又没批 上回也没批 到底差在哪'])('「%s」 finds the reasons in writing', (question) => {
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question).some((s) => s.includes('跟踪反馈'))).toBe(true);
  });
});
