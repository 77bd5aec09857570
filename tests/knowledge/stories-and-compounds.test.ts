import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { askedBenefits, benefitPart } from '../../src/knowledge/asked-benefits.js';
import type { AssistanceType } from '../../src/nlu/types.js';
import { STORY_WEIGHT, weighStory } from '../../src/knowledge/story-weight.js';
import { asksHelpAfterStory } from '../../src/knowledge/scope.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

const concept = (text: string): { text: string; forms: string[] } => ({ text, forms: [text] });

describe('weighStory: the story counts less than the question', () => {
  it('scales the words found only in clauses that tell, not those of the clause that asks', () => {
    const text = '我哥前年出了车祸 腿一直没好 镇上的窗口能帮他办补助吗';
    const concepts = ['车祸', '腿', '窗口', '补助'].map(concept);
    expect(weighStory(text, concepts, [4, 2, 3, 4])).toEqual([4 * STORY_WEIGHT, 2 * STORY_WEIGHT, 3, 4]);
  });

  it('a word both told and asked about keeps its weight', () => {
    const text = '家里孩子多 孩子上学有补助吗';
    expect(weighStory(text, ['孩子', '上学'].map(concept), [1, 2])).toEqual([1, 2]);
  });

  it('leaves a one-clause question, or one that only tells, as it is', () => {
    expect(weighStory('低保要什么材料', ['低保', '材料'].map(concept), [5, 3])).toEqual([5, 3]);
    expect(weighStory('老伴住院了 家里没人挣钱', ['住院', '挣钱'].map(concept), [4, 3])).toEqual([4, 3]);
  });

  it('stays linear on a long hostile ramble', () => {
    const text = `${'我😀家\uD800很难，'.repeat(300)}怎么办`;
    const started = performance.now();
    expect(weighStory(text, ['很难', '怎么办'].map(concept), [2, 1])).toEqual([2 * STORY_WEIGHT, 1]);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('questions that tell a story before they ask', () => {
  it('a long story ending in a plain question about applying by proxy is answered, not declined', () => {
    const q = '我舅舅一个人住在山里 眼睛看不清 腿也不方便 家里亲戚都在外地 我能不能替他去窗口申请';
    const d = kb.diagnose(q);
    expect(d.verdict).toBe('answerable');
  });

  it('a story about a disabled relative before asking for a subsidy finds the disability card', () => {
    const q = '我弟弟小时候发高烧耳朵听不到了 一直没找着正经工作 他这种有补贴吗';
    const d = kb.diagnose(q);
    expect(d.verdict).toBe('answerable');
    expect(d.ranked.slice(0, 3).some((r) => r.chunk.programme?.type === 'disability')).toBe(true);
  });

  it('a story does not pull another department’s question into scope', () => {
    expect(kb.answer('家里这两年不太顺 孩子马上要考驾照 驾校学费能分期吗').answerable).toBe(false);
  });
});

describe('a long story that ends by asking for help', () => {
  it('reads a story told, then help asked for in a clause that asks', () => {
    expect(asksHelpAfterStory('我侄子上高一 他爸妈在外地好几年没回来 有没有啥补助')).toBe(true);
    expect(asksHelpAfterStory('我和老伴带着外孙 开销一年比一年大 能不能帮帮我们')).toBe(true);
    expect(asksHelpAfterStory('孩子在镇上住校 住宿费能不能减免')).toBe(true);
    expect(asksHelpAfterStory('有没有啥补助')).toBe(false);
    expect(asksHelpAfterStory('种粮补贴啥时候发')).toBe(false);
    expect(asksHelpAfterStory('我们家领了好几年补助 现在去哪里年审')).toBe(false);
  });

  it('is answered however long the story, as the same question told short is', () => {
    const long = '我侄子今年上高一 他爸妈在外地打工好几年没回来过 一直是我们两口子带着 吃穿上学都是我们出 有没有啥补助';
    const d = kb.diagnose(long, { region: '江阴市' });
    expect(d.scope.ours).toBe(true);
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme?.type).toBe('education');
    const alsoLong = '我外孙在镇上读初一 他爹他娘早就分开了各走各的 这几年都是我和老伴在管他 学费资料费一样不少 能不能帮帮我们';
    expect(kb.diagnose(alsoLong, { region: '江阴市' }).verdict).toBe('answerable');
  });

  it('reads asking what one could apply for, or whether anyone looks after it, as asking for help (round 14)', () => {
    expect(asksHelpAfterStory('我妈一个人在外面租房子住 工资很低 她能申请什么')).toBe(true);
    expect(asksHelpAfterStory('老两口都八十了 儿子在外地联系不上 这种情况有没有人管')).toBe(true);
    expect(asksHelpAfterStory('能申请什么')).toBe(false);
    const d = kb.diagnose('我妈一个人在外面租房子住 工资很低 她能申请什么', { region: '江阴市' });
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme?.type).toBe('housing');
    // Another department's business told before it is still referred.
    expect(kb.answer('孩子想考驾照 驾校学费能分期吗 还能申请什么优惠').answerable).toBe(false);
  });

  it('does not pull another department’s subsidy in, with or without a story', () => {
    expect(kb.answer('我家承包了三十亩地 今年种的都是小麦 种粮补贴啥时候发').answerable).toBe(false);
    expect(kb.answer('孩子明年上幼儿园 听说有育儿补贴 在哪申请').answerable).toBe(false);
  });
});

describe('a question typed in pinyin ends in 「吗」', () => {
  it('reads a final 「ma」 as the question particle', () => {
    expect(kb.diagnose('zhe ge jie guo wo bu fu, neng shen su ma').analysis.text).toMatch(/吗$/u);
  });
});

describe('askedBenefits: one question about two or three benefits', () => {
  const cues = new Map<string, AssistanceType>([
    ['看病', 'medical'],
    ['上学', 'education'],
    ['修房子', 'housing'],
    ['低保', 'minimum_living'],
    ['临时救助', 'temporary'],
  ]);
  const types = (text: string): string[] => askedBenefits(text, cues).map((m) => m.type);

  it('finds benefits joined by 和 / 跟 / 、 in a clause that asks, in order', () => {
    expect(types('爷爷摔了一跤 看病和修房子的钱能一起申请吗')).toEqual(['medical', 'housing']);
    expect(types('临时救助跟低保哪个好批')).toEqual(['temporary', 'minimum_living']);
    expect(types('上学、看病、修房子哪样能申请')).toEqual(['education', 'medical', 'housing']);
  });

  it('ignores a benefit that says who asks, and benefits named only in the story', () => {
    expect(types('低保家的娃上学有补助吗')).toEqual([]);
    expect(types('看病和上学把钱花光了 我该咋办')).toEqual([]);
  });

  it('blanks the other benefits out of each part', () => {
    const text = '看病和上学能一起报吗';
    const asked = askedBenefits(text, cues);
    expect(benefitPart(text, asked, asked[0]!)).toBe('看病和  能一起报吗');
  });
});

describe('questions about two benefits at once', () => {
  it('each benefit gets its own card near the top and its own part of the answer', () => {
    const q = '我老伴腿摔断了 孙子还在念初中 看病和上学这两样政府能帮点啥';
    const d = kb.diagnose(q);
    expect(d.verdict).toBe('answerable');
    const top = d.ranked.slice(0, 3).map((r) => r.chunk.programme?.type);
    expect(top).toContain('medical');
    expect(top).toContain('education');
    const answer = kb.answer(q);
    expect(answer.text).toMatch(/您问了两件事/u);
    expect(answer.text).toContain('医疗救助');
    expect(answer.text).toContain('教育救助');
  });

  it('a long hostile ramble full of benefit words is answered or declined quickly', () => {
    const text = `${'看病和上学、修房子😀\uD800能申请吗 '.repeat(120)}`;
    const started = performance.now();
    const answer = kb.answer(text);
    expect(typeof answer.text).toBe('string');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('two insurances another department runs are still declined', () => {
    expect(kb.answer('医保和养老保险哪个交得划算').answerable).toBe(false);
  });
});

describe('the resident’s own figures say nothing about which passage answers', () => {
  it('an age or a sum in the story does not weigh against the passage that answers', () => {
    const d = kb.diagnose('我姥姥九十多了 自己去不了 我能替她去申请吗');
    const k = d.analysis.concepts.findIndex((c) => c.text === '九十多');
    expect(k).toBeGreaterThanOrEqual(0);
    expect(d.weights[k]).toBe(0);
    expect(d.verdict).toBe('answerable');
    expect(d.ranked.slice(0, 3).some((r) => r.chunk.programme === undefined && r.chunk.text.includes('代为申请'))).toBe(true);
  });
});
