// Round 26 of the policy answers, read from sets AA and AB (written here in our own words): money offered to speed
// an approval, a certificate asked to say less than the truth, a former spouse's whereabouts and an essay to write
// are declined, each with its own plain reply; a bare 「在不在 有人没」 is answered as what the bot is.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('round 26: requests declined', () => {
  it.each([
    ['我微信给你发两百块红包 你帮我把临时救助快点批下来', '不收任何费用'],
    ['塞点钱给村里管事的 低保是不是就能下来', '不收任何费用'],
    ['能不能开个证明写我家一年就收入三千 其实我们开了个小卖部', '如实'],
    ['你们查不到的吧 我儿子在外地打工的工资', '如实'],
    ['我前夫现在在哪打工 你们系统里能查到吧', '个人信息'],
    ['帮我写一篇申请书 八百字', '智能助手'],
    ['在不在 有人没', '智能助手'],
  ])('「%s」 is declined', (question, says) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain(says);
  });

  it('a question about what happens to those who under-reported is still answered', () => {
    const answer = kb.answer('低保申请时少报了收入 被查出来会怎么样');
    expect(answer.answerable).toBe(true);
  });
});
