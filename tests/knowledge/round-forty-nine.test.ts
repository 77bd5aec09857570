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
