// Round 24 of the policy answers, read from sets W and X (written here in our own words): requests the window
// declines whatever programme they name (help to hide income from the means test, other people's personal data,
// questions about the bot itself) get their own plain reply; a question about what something is (「这是个啥项目」)
// or what way is left (「还有啥路子」) needs no passage naming 项目 or 路子; asking whether the government looks after
// a case is asking for help.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { createScopeReader } from '../../src/knowledge/scope.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('requests the window declines', () => {
  it('will not coach anyone through the means test, even when a programme is named', () => {
    const answer = kb.answer('我老婆每月有两千多工资 申请低保的时候怎么填能少报点');
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain('如实');
    expect(answer.suggestedAction).toEqual({ id: 'request_human', label: '转人工' });
    expect(kb.answer('钱存在我闺女卡上 你们核对存款查得到不').answerable).toBe(false);
  });

  it('still answers what happens to someone who did not report income', () => {
    expect(kb.answer('申请的时候收入没报全 后来被查出来会怎么样').text).not.toContain('不能教您');
  });

  it('gives nobody else’s personal data', () => {
    const answer = kb.answer('把你们村领低保的名单发我一份 带电话的');
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain('个人信息');
    expect(kb.answer('帮我查查我小叔子现在住哪 他是不是在领救助').text).toContain('个人信息');
  });

  it('says what the bot is when asked about itself', () => {
    const answer = kb.answer('你多大了 有对象没');
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain('智能助手');
  });

  it('reads joined words of a declined term only within one clause', () => {
    const read = createScopeReader([], [], [], new Map(), [], [{ reply: '不提供', terms: ['名单+发我'] }]);
    expect(read('名单能不能发我一份').declineWith).toBe('不提供');
    expect(read('名单上有我 材料发我手机上了').declineWith).toBeUndefined();
  });
});

describe('questions that had been declined although the documents answer them', () => {
  it.each([
    '村口宣传栏上写着“救急难” 这是个啥项目',
    '住院报销完 还差好几万 借遍了 还有啥路子',
    '我大伯七十多了 一个人过 没儿没女 政府到底管不管',
  ])('「%s」 is answered', (question) => {
    expect(kb.answer(question).answerable).toBe(true);
  });
});

// Round 33, read from sets AP and AQ (written here in our own words): the truth said to differ from what will be
// told, papers borrowed for a second application, gifts for the one who approves, another household's savings.
describe('round 33: requests the window declines', () => {
  it.each([
    ['我名下其实有辆货车 申请的时候不说 你们能查出来吗', '如实'],
    ['我舅在医院有熟人 能不能帮我弄个残疾鉴定 其实我没什么毛病', '如实'],
    ['用我大姑的户口本再帮我爸申请一回行不行', '如实'],
    ['给管审批的送点东西能快点批吗 送多少合适', '不能送钱送礼'],
    ['对门那家吃低保 你帮我查查他家存款有多少', '个人信息'],
  ])('「%s」 is declined (%s)', (question, word) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain(word);
  });

  it('a demand for gifts, told to complain of it, is answered', () => {
    expect(kb.answer('村干部说不送两条烟就不给报 我能投诉吗').answerable).toBe(true);
  });
});

// Round 37, read from sets AX and AY (written here in our own words): a disability certificate without a disability,
// a relative's property deleted from the records, a red packet for a place ahead, an acquaintance asked to skip the
// procedure, the list of what a neighbour draws; thanks alone are small talk.
describe('round 37: requests the window declines', () => {
  it.each([
    ['我腿脚其实没啥残疾 能不能帮我办个残疾证领补贴', '如实'],
    ['我闺女名下有套房 能不能在系统里删了 别让核对查出来', '如实'],
    ['给村支书包个红包 低保能排前面不', '不能送钱送礼'],
    ['我表哥认识民政局的人 能不能直接给我批 不走流程', '不能送钱送礼'],
    ['隔壁老张家凭啥吃低保 把他家领多少钱的明细发我', '个人信息'],
  ])('「%s」 is declined (%s)', (question, word) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain(word);
  });

  it('thanks alone are not a policy question; thanks with a question are answered', () => {
    expect(kb.answer('谢谢你啊 讲得明明白白').answerable).toBe(false);
    expect(kb.answer('谢谢你 再问一下低保要带什么材料').answerable).toBe(true);
  });

  it('a complaint that someone asked for a red packet is answered', () => {
    expect(kb.answer('村里有人说不包红包就不给报低保 这个能投诉吗').answerable).toBe(true);
  });
});

// Round 38, read from sets AZ and BA (written here in our own words): property put in a child's name to pass the check,
// an earner said to earn nothing, a place ahead through a relative at the bureau, a former husband looked up in the
// records; a fraud that took the savings, told with the rice running out, is hardship and answered.
describe('round 38: requests the window declines', () => {
  it.each([
    ['我想先把房子过户给我闺女 名下就没房了 这样能吃低保吗', '如实'],
    ['我男人在外地挣得不少 填表就说他没收入 你们查不到吧', '如实'],
    ['我姑父在民政局上班 能不能让我先办 不排队', '不能送钱送礼'],
    ['你们系统里能不能查查我前夫现在住哪', '个人信息'],
  ])('「%s」 is declined (%s)', (question, word) => {
    const answer = kb.answer(question);
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain(word);
  });

  it('the promise an application is signed with is the window’s own, whatever office 抓 names', () => {
    expect(kb.answer('守信承诺书是什么意思 万一填错了会被抓吗').answerable).toBe(true);
  });

  it('savings taken by a fraud, told with the rice running out, are hardship and answered', () => {
    expect(kb.answer('被电信诈骗骗走了全部积蓄 现在米都快吃完了 能申请救助吗').answerable).toBe(true);
  });
});
