// Round 42 of the policy answers, read from sets BF–BI (written here in our own words): requests to look up another
// household or a former spouse, a disability certificate without an illness, a place ahead of the others and praise
// alone are declined; the funeral of someone the support programme provides for, a hospital deposit the family cannot
// raise, treatment asked for before payment, someone stranded far from home, going hungry with a few coins left, a
// refusal told only by word of mouth and the Red Cross called 红会 are answered; an amount asked beside another question
// that is answered is no decline.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('round 42: requests declined', () => {
  it.each([
    ['麻烦查查隔壁老李家是不是吃着低保 他家有车', '个人信息'],
    ['我前夫以前在这边领过补助 他现在住哪 你们有记录吧', '个人信息'],
    ['隔壁那家凭什么有低保 他家领多少钱 身份证号也告诉我', '个人信息'],
    ['我腰有点酸 其实没啥大毛病 能帮我办个残疾证领补贴吗', '如实'],
    ['我家的事能不能排到前面先办 别人的往后放放', '按规定'],
  ])('「%s」 is declined', (question, says) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain(says);
  });

  it('praise for a job done, with nothing asked, is not answered from a document', () => {
    expect(kb.answer('事情办完了 你们效率挺高的').answerable).toBe(false);
  });

  it('asking after one’s own benefit is still answered', () => {
    expect(kb.answer('我是不是还在领低保 帮我查一下').answerable).toBe(true);
  });
});

describe('round 42: kept ours and answered', () => {
  it.each(['五保老人走了 后事谁来管 钱谁出', '特困供养的大爷去世了 后事由谁操办'])(
    'the funeral of someone in the support programme is that programme’s business: 「%s」',
    (question) => {
      const answer = kb.answer(question);
      expect(answer.answerable).toBe(true);
      expect(answer.suggestedAction).toMatchObject({ id: 'apply', assistanceType: 'extreme_poverty' });
    },
  );

  it('the support card says who sees to the funeral', () => {
    expect(kb.answer('五保老人过世了 丧事谁给办 费用从哪出').text).toContain('去世后办丧事');
  });

  it.each([
    '我妈在医院要做手术 押金好几万 家里实在凑不齐',
    '特困户住院要交押金 能不能先治病后结账',
  ])('a hospital deposit that cannot be met is answered: 「%s」', (question) => {
    expect(kb.answer(question).answerable).toBe(true);
  });

  it('a deposit to be refunded is still not ours', () => {
    expect(kb.answer('住院押金能退吗').answerable).toBe(false);
  });

  it.each(['身上一分钱没有了 流落在这个城市 想回老家', '出来找活没找着 钱也花完了 哪里能管顿饭'])(
    'someone stranded away from home is pointed to the rescue station: 「%s」',
    (question) => {
      const d = kb.diagnose(question);
      expect(d.verdict).toBe('answerable');
      expect(d.ranked[0]?.chunk.programme?.type).toBe('vagrant');
    },
  );

  it('going hungry with a few coins left tells of hardship and asks no amount', () => {
    const answer = kb.answer('家里三天没吃上饭了 兜里就几块钱');
    expect(answer.answerable).toBe(true);
    expect(answer.figureMissing).not.toBe(true);
  });

  it('a refusal told only by word of mouth is answered with the written notice', () => {
    const answer = kb.answer('村里说我不够低保条件 光口头说了一句 啥手续都没有 这对吗');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('书面');
  });

  it.each(['红会那边的救助怎么申请', '闺女要做造血干细胞移植 钱差得远 红会管不管'])(
    '「%s」 is about the Red Cross card',
    (question) => {
      expect(kb.diagnose(question).ranked[0]?.chunk.programme?.type).toBe('red_cross');
    },
  );
});

describe('round 42: an amount asked beside another question', () => {
  it('is answered, saying there is no local figure, when the other part is answered', () => {
    const answer = kb.answer('失独家庭的扶助金每月发多少 到哪里去领');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('没有当地的数字');
    expect(answer.figureMissing).not.toBe(true);
  });

  it('still lacks the figure when the other part names a sum', () => {
    expect(kb.answer('临时救助最多能给多少钱 能给一万不').figureMissing).toBe(true);
  });

  it('still lacks the figure when the other part compares the sums (town and country)', () => {
    expect(kb.answer('我们县的低保标准一个人每月多少钱 城里跟乡下一样吗').figureMissing).toBe(true);
  });

  it('still lacks the figure when only the amount is asked', () => {
    expect(kb.answer('低保一个月给多少钱').figureMissing).toBe(true);
  });
});
