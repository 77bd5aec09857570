// Round 43 of the policy answers, read from sets BJ and BK (written here in our own words): the back door asked with a
// measure word between or opened is declined; a greeting that only asks whether anyone is there is small talk;
// unemployment insurance asked with the job lost told beside it is the social-insurance office's; materials asked for
// again and again find the rule that the window says what is missing at once; same-sound slips of a complaint about
// the staff are read as the complaint; nowhere to live, put in other words or after a landlord's notice, is hardship;
// someone found who cannot say where home is goes to the rescue station; a breadwinner in prison is hardship.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('round 43: the back door', () => {
  it.each(['领导你能不能走个后门 帮我直接批下来', '能不能给我开个后门 审核就免了', '乡里有熟人 开后门快点批行不行'])(
    '「%s」 is declined',
    (question) => {
      const answer = kb.answer(question);
      expect(answer.answerable).toBe(false);
      expect(answer.text).toContain('按规定');
    },
  );

  it('a door of the house is no back door asked for', () => {
    expect(kb.answer('后门被大风刮坏了 屋里进水 能申请受灾救助吗').answerable).toBe(true);
  });
});

describe('round 43: asking whether anyone is there', () => {
  it.each(['有人吗', '在吗 有人在吗', 'hi 有人吗'])('「%s」 alone is small talk, not answered from a card', (question) => {
    expect(kb.answer(question).answerable).toBe(false);
  });

  it('the same greeting before a question leaves the question answered', () => {
    const d = kb.diagnose('有人在吗 我想问问低保怎么申请');
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme?.type).toBe('minimum_living');
  });

  it('someone in the family who is disabled is still read', () => {
    expect(kb.diagnose('家里有人残疾 能申请啥').ranked[0]?.chunk.programme?.type).toBe('disability');
  });
});

describe('round 43: unemployment insurance and the job lost', () => {
  it.each(['失业保险金咋领 单位倒闭了', '厂里裁员把我裁了 失业金去哪申请'])(
    '「%s」 is the social-insurance office’s',
    (question) => {
      const answer = kb.answer(question);
      expect(answer.answerable).toBe(false);
      expect(answer.text).toContain('12333');
    },
  );

  it('a job lost with help asked, and no insurance named, stays ours', () => {
    const d = kb.diagnose('厂子倒闭了 我没了工作 有什么帮扶');
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme?.type).toBe('employment');
  });

  it('other hardship told beside the insurance still makes it ours', () => {
    expect(kb.answer('失业金领完了 还没找到活 家里揭不开锅了').answerable).toBe(true);
  });
});

describe('round 43: materials asked for again and again', () => {
  it.each(['又让我回去补材料 就不能一次说清吗', '每次去都说少个证明 能不能一次性说清楚', '材料交了好几次 每次都说缺点别的 能不能一回讲清楚'])(
    '「%s」 finds the window’s duty to say what is missing at once',
    (question) => {
      const d = kb.diagnose(question);
      expect(d.verdict).toBe('answerable');
      expect(d.ranked[0]?.chunk.text).toContain('一次性告知');
    },
  );
});

describe('round 43: a complaint about the staff typed with slips', () => {
  it('头诉 and 太度 are read as 投诉 and 态度', () => {
    const d = kb.diagnose('我想头诉那个办是员 太度很差');
    expect(d.analysis.text).toContain('投诉');
    expect(d.analysis.text).toContain('态度');
    expect(d.analysis.text).toContain('办事员');
    expect(d.verdict).toBe('answerable');
  });

  it('a correct 投诉 is left as it is', () => {
    expect(kb.diagnose('投诉电话是多少').analysis.text).toContain('投诉电话');
  });
});

describe('round 43: nowhere to live', () => {
  it.each(['房东让我们下周搬出去 全家没处可去 能帮帮吗', '房东要把房子卖了 叫我们搬 没别的地方住了'])(
    'a family put out with nowhere to go is answered: 「%s」',
    (question) => {
      const d = kb.diagnose(question);
      expect(d.scope.hardship).toBe(true);
      expect(d.verdict).toBe('answerable');
    },
  );

  it('selling one’s own house, with nothing hard told, is still another office’s', () => {
    expect(kb.answer('卖房要交哪些税').answerable).toBe(false);
  });
});

describe('round 43: someone who cannot say where home is', () => {
  it('a man under a bridge who cannot say where he lives goes to the rescue station', () => {
    const d = kb.diagnose('桥下有个男的 脑子好像有问题 问他家住哪说不上来');
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme?.type).toBe('vagrant');
  });
});

describe('round 43: a breadwinner in prison', () => {
  it('is told as hardship and answered', () => {
    const d = kb.diagnose('孩子他爸在监狱里蹲着 我带俩娃还得伺候老人 有啥能申请的');
    expect(d.scope.hardship).toBe(true);
    expect(d.verdict).toBe('answerable');
  });
});
