// Round 25 of the policy answers, read from sets Y and Z (written here in our own words): a staff member's home, a
// certificate of poverty for a household that says it is not poor, and who built the bot are declined; buying the
// serious-illness insurance, a card's PIN, a typhoon's landfall, what the other side of an accident owes and
// business-loan interest are other departments'; a roof blown off by a typhoon is a hardship told; 「最多能给几万」
// asks for a figure.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { asksForFigure } from '../../src/knowledge/answerability.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('round 25: requests declined', () => {
  it.each([
    ['告诉我那个男工作人员住哪 我下班去堵他', '个人信息'],
    ['俺家条件还行 就是想给娃开个贫困证明 好申请学校的补助', '如实'],
    ['我在饭店上班 能帮我弄个没有收入的证明去办低保吗', '如实'],
    ['这个机器人是谁开发的', '智能助手'],
  ])('「%s」 is declined', (question, says) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain(says);
  });
});

describe('round 25: other departments’ questions', () => {
  it.each([
    '大病保险在哪儿买 一年交多少',
    '银行卡密码忘了 咋重置',
    '听说台风明天登陆 会不会刮到我们县',
    '我被车撞了 对方该赔多少',
    '创业担保贷款的贴息怎么算',
  ])('「%s」 is not answered from the window’s documents', (question) => {
    expect(kb.answer(question).answerable).toBe(false);
  });
});

describe('round 25: hardship and figures', () => {
  it('a roof blown off by a typhoon, with the question who mends it, is answered', () => {
    expect(kb.answer('前天台风把我家房顶掀了 一家人借住在亲戚家 房子谁来修').answerable).toBe(true);
  });

  it('「最多能给几万」 asks for a figure', () => {
    expect(asksForFigure('临时救助一次最多能给几万')).toBe(true);
    expect(asksForFigure('临时救助怎么申请')).toBe(false);
  });
});
