// Round 45 of the policy answers, read from sets BL and BM (written here in our own words): money approved and never
// paid in is a follow-up of the case; a job far away that cannot spare a day off asks who may apply instead; an office
// that sent the resident away and the window's receipt are the window's business; 「先救个急」 asks for temporary
// assistance; 保障房 is housing assistance; a household register elsewhere asks where 低保 is applied for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { firstThreeOf, loadShippedKnowledge } from '../helpers/shipped-knowledge.js';

let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadShippedKnowledge();
});

const firstThree = (question: string): string[] => firstThreeOf(kb, question);

describe('round 45: money approved and not paid in', () => {
  it.each(['审批通过两个多月了 钱还是没到账', '说给我批了 卡里一直不到账'])('「%s」 finds the follow-up of the case', (question) => {
    const d = kb.diagnose(question);
    expect(d.verdict).toBe('answerable');
    expect(firstThree(question).some((s) => s.includes('跟踪') || s.includes('反馈'))).toBe(true);
  });
});

describe('round 45: no day off to come in person', () => {
  it('a relative working far away who cannot get leave is told who may apply instead', () => {
    const answer = kb.answer('非得本人到场吗 我在外省打工 请不了假');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toMatch(/委托|代为申请/u);
  });

  it('applying «online», typed in English, finds the rule on applying online', () => {
    const question = '人在外地回不去 可以online申请吗';
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(kb.diagnose(question).ranked[0]?.chunk.text).toContain('网上申请');
  });
});

describe('round 45: an office that sent the resident away, and the receipt', () => {
  it('being told «not our business» by the neighbourhood is the window’s business', () => {
    expect(kb.answer('社区说这事不归他们管 叫我自己去街道 合理吗').answerable).toBe(true);
  });

  it('another department’s service told the same way stays that department’s', () => {
    expect(kb.answer('生育津贴去哪领 单位说不归他们管').answerable).toBe(false);
  });

  it('what the number on the receipt is for is answered', () => {
    expect(kb.answer('回执单上那个编号有什么用 打电话报编号能查吗').answerable).toBe(true);
  });
});

describe('round 45: residents’ words for a programme', () => {
  it('「先救个急」 after a story finds temporary assistance', () => {
    const question = '在外面打工被老板欠了工钱 兜里就剩十几块 能不能先救个急';
    expect(kb.diagnose(question).verdict).toBe('answerable');
    expect(firstThree(question)).toContain('temporary');
  });

  it('保障房 after a story of a cramped rented room finds housing assistance first', () => {
    const question = '一家五口挤在出租屋里 我腿有残疾 老婆打零工 能申请保障房吗';
    expect(kb.diagnose(question).ranked[0]?.chunk.programme?.type).toBe('housing');
  });

  it('低保 asked with the household register elsewhere is told where to apply', () => {
    const answer = kb.answer('户口不在本地 一直在这边住 低保能在这边申请吗');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('居住证');
  });
});
