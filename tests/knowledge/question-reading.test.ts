import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { composePartsAnswer, PART_NO_FIGURE, PART_NOT_COVERED } from '../../src/knowledge/compose-parts.js';
import { clauses, MAX_QUESTION_PARTS, questionParts } from '../../src/knowledge/question-parts.js';
import { accentFree, createHomophoneFixer } from '../../src/knowledge/homophones.js';
import { createQuestionReader, QUESTION_PHRASES } from '../../src/knowledge/question-text.js';
import { createPinyinReader } from '../../src/text/pinyin-reader.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';
import { runs, withinBound } from '../helpers/fuzz.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('reading a question: slips and dialect', () => {
  const read = createQuestionReader({ 低宝: '低保', 身请: '申请', 医了救助: '医疗救助' });

  it('fixes same-sound slips and puts dialect into Mandarin', () => {
    expect(read('俺想身请低宝咋弄')).toBe('我想申请低保怎么弄');
    expect(read('医了救助莫得钱交')).toBe('医疗救助没有钱交');
  });

  it('leaves a question without slips or dialect as normalizeText leaves it', () => {
    expect(read('  临时救助　怎么申请？ ')).toBe('临时救助 怎么申请?');
  });

  it('an empty table only normalises', () => {
    expect(createQuestionReader({})('ＡＢＣ 低宝')).toBe('abc 低宝');
  });

  it('never throws on any text and stays fast on long text', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const start = performance.now();
        const out = read(text);
        expect(typeof out).toBe('string');
        expect(performance.now() - start).toBeLessThan(100);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading a question: pinyin and traditional characters', () => {
  // 医疗 on its own too: with the domain's words loaded (the knowledge base loads them), 医疗救助 is one word.
  const read = createQuestionReader(
    {},
    (t) => t,
    createPinyinReader(['临时救助', '医疗救助', '医疗', '申请材料', '残疾人', ...QUESTION_PHRASES]),
  );

  it('spells out a question typed in toneless pinyin, whole or as a run inside characters', () => {
    expect(read('linshi jiuzhu zenme shenqing')).toBe('临时救助怎么申请');
    expect(read('YILIAO JIUZHU xuyao shenme cailiao')).toBe('医疗救助需要什么材料');
    expect(read('残疾人 shenqing yao duojiu')).toBe('残疾人 申请要多久');
    expect(read('想问 linshi jiuzhu 的事')).toBe('想问 临时救助 的事');
    expect(read('yiliao救助去哪办')).toBe('医疗救助去哪办');
  });

  it('reads a pinyin message ending in a spoken particle', () => {
    expect(read('yi liao jiu zhu zen me shen qing ya')).toBe('医疗救助怎么申请呀');
    expect(read('linshi jiuzhu yao duojiu ne')).toBe('临时救助要多久呢');
  });

  it('reads a pinyin message with emoji in it as it reads one without', () => {
    expect(read('linshi jiuzhu 🙏 zenme shenqing')).toBe(read('linshi jiuzhu zenme shenqing'));
    expect(read('医疗救助😷怎么申请')).toBe('医疗救助 怎么申请');
  });

  it('makes traditional characters simplified', () => {
    expect(read('臨時救助怎麼申請')).toBe('临时救助怎么申请');
  });

  it('leaves Latin words that are not pinyin it knows as typed', () => {
    expect(read('wifi password')).toBe('wifi password');
    expect(read('手机 app 能申请吗')).toBe('手机 app 能申请吗');
  });

  it('never throws on any text and stays fast on long text', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText(), fc.stringMatching(/^[a-z ]{0,320}$/)), (text) => {
        const start = performance.now();
        const out = read(text);
        expect(typeof out).toBe('string');
        expect(performance.now() - start).toBeLessThan(100);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading a question: the things it asks', () => {
  it('cuts a message asking two or three things into its questions', () => {
    expect(questionParts('五保户要什么条件 批下来要几天')).toEqual(['五保户要什么条件', '批下来要几天']);
    expect(questionParts('医疗救助去哪里办？另外要带什么')).toEqual(['医疗救助去哪里办', '另外要带什么']);
    expect(questionParts('危房改造谁来批，多长时间，交哪些材料')).toEqual(['危房改造谁来批', '多长时间', '交哪些材料']);
  });

  it('keeps the story with the question it leads to', () => {
    expect(questionParts('我老伴瘫在床上，家里没收入，能办低保吗，要带什么')).toEqual([
      '我老伴瘫在床上，家里没收入，能办低保吗',
      '要带什么',
    ]);
  });

  it('a single question, with or without a story, stays whole', () => {
    expect(questionParts('孩子读高中学费交不起，有补助吗')).toEqual(['孩子读高中学费交不起，有补助吗']);
    expect(questionParts('残疾人补贴怎么领')).toEqual(['残疾人补贴怎么领']);
  });

  it('a long list of questions is read as one', () => {
    const many = Array.from({ length: MAX_QUESTION_PARTS + 1 }, (_, i) => `第${i}个问题怎么办`).join('，');
    expect(questionParts(many)).toEqual([many]);
  });

  it('never throws, gives at most MAX_QUESTION_PARTS non-empty parts, and stays fast', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const start = performance.now();
        const parts = questionParts(text);
        expect(parts.length).toBeGreaterThanOrEqual(1);
        expect(parts.length).toBeLessThanOrEqual(MAX_QUESTION_PARTS);
        if (parts.length > 1) for (const p of parts) expect(p.trim()).not.toBe('');
        expect(performance.now() - start).toBeLessThan(100);
      }),
      { numRuns: 300 },
    );
  });
});

describe('answering a message part by part', () => {
  it('composes each part under its ordinal, says plainly what is not covered, and cites each source once', () => {
    const cited = { answerable: true, text: '甲\n依据：《甲》', citations: [{ documentId: 'a', title: '甲', section: '一' }] };
    const answer = composePartsAnswer([
      { verdict: 'answerable', answer: { ...cited, suggestedAction: { id: 'apply', assistanceType: 'medical', label: '现在申请' }, followUp: '要不要现在帮您申请？' } },
      { verdict: 'no-figure', answer: { answerable: false, text: '', citations: [] } },
      { verdict: 'answerable', answer: cited },
    ]);
    expect(answer.answerable).toBe(true);
    expect(answer.text).toMatch(/^您问了三件事/u);
    expect(answer.text).toContain('【第二件】');
    expect(answer.text).toContain(PART_NO_FIGURE);
    expect(answer.text).not.toContain(PART_NOT_COVERED);
    expect(answer.citations).toHaveLength(1);
    expect(answer.suggestedAction).toMatchObject({ id: 'apply', assistanceType: 'medical' });
  });

  it('a message asking what a programme needs and how long it takes answers both, each from its own card part', () => {
    const answer = kb.answer('低保需要符合啥条件，审批要几天');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('【第一件】');
    expect(answer.text).toContain('【第二件】');
    expect(answer.text).toContain('谁能申请');
    expect(answer.text).toContain('谁来审批、多长时间');
    expect(answer.text.match(/依据：/gu)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(answer.suggestedAction).toMatchObject({ id: 'apply', assistanceType: 'minimum_living' });
  });

  it('a later part that only asks where or how long does not make a neighbouring service ours', () => {
    const answer = kb.answer('想考个会计资格证 去哪里报名 要多久');
    expect(answer.answerable).toBe(false);
  });
});

describe('retrieval with residents’ words', () => {
  it('a slip names the programme as the right word does', () => {
    const slip = kb.diagnose('五宝户要啥条件');
    expect(slip.scope.named).toContain('extreme_poverty');
    expect(slip.verdict).toBe('answerable');
    expect(slip.ranked[0]?.chunk.documentId).toBe('programme:extreme_poverty');
  });

  it('a question about how the window works, naming no programme, finds the document on the process first', () => {
    const d = kb.diagnose('交了申请一直没有回话，怎么知道办到哪一步了');
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme).toBeUndefined();
    expect(d.ranked[0]?.chunk.text).toMatch(/进度|反馈/u);
  });

  it('a word about how one applies (online, by proxy) does not make the one card that repeats it the answer', () => {
    const d = kb.diagnose('能不能网上申请 不想跑', { region: '江阴市' });
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme).toBeUndefined();
    expect(d.ranked[0]?.chunk.text).toMatch(/网上申请/u);
  });

  it('small talk is not answered from a passage that shares one common word with it', () => {
    expect(kb.diagnose('在吗 今天吃饭没有').verdict).not.toBe('answerable');
    expect(kb.diagnose('你好 请问你叫什么名字呀').verdict).not.toBe('answerable');
    // A short question about the process still is.
    expect(kb.diagnose('怎么申请').verdict).toBe('answerable');
  });

  it('saying one is disabled does not make another department’s service ours; asking for help does', () => {
    expect(kb.diagnose('我是残疾人 想换驾驶证 去哪里办').verdict).toBe('out-of-scope');
    expect(kb.diagnose('我是残疾人 驾驶证丢了 生活困难能申请补贴吗').verdict).not.toBe('out-of-scope');
  });

  it('a question naming a programme still gets its card first', () => {
    const d = kb.diagnose('残疾人两项补贴怎么申请');
    expect(d.ranked[0]?.chunk.documentId).toBe('programme:disability');
  });
});

describe('reading a question: same-sound slips of key words', () => {
  const common = new Set(['就是', '住在']);
  const fix = createHomophoneFixer(['低保', '救助', '补贴', '五保户'], (run) => common.has(run));

  it('a run that sounds like a key word and is no word of its own becomes the key word', () => {
    expect(fix('底保怎么办')).toBe('低保怎么办');
    expect(fix('残疾人补帖')).toBe('残疾人补贴');
    expect(fix('舞宝户')).toBe('五保户');
  });

  it('a known word, the key word itself, or a run beside a grammar character is left alone', () => {
    expect(fix('我们就住在这')).toBe('我们就住在这');
    expect(fix('低保救助')).toBe('低保救助');
  });

  it('a run of three or more that sounds like a key word in a southern accent becomes it; a pair does not', () => {
    const accent = createHomophoneFixer(['临时救助', '残疾人', '改造'], (run) => common.has(run) || run === '临死');
    expect(accent('临死救助要等几天')).toBe('临时救助要等几天');
    expect(accent('残急人能领什么')).toBe('残疾人能领什么');
    expect(accent('不知道该找谁')).toBe('不知道该找谁');
  });

  it('folds the sounds many residents do not tell apart', () => {
    expect(['shi', 'zhu', 'chu', 'nong', 'qing', 'feng', 'ning'].map(accentFree)).toEqual(['si', 'zu', 'cu', 'long', 'qin', 'fen', 'lin']);
  });

  it('no key words, no change', () => {
    expect(createHomophoneFixer([], () => false)('底保')).toBe('底保');
  });

  it('never throws and stays fast on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText(300)), (text) => {
        const start = performance.now();
        expect(typeof fix(text)).toBe('string');
        expect(performance.now() - start).toBeLessThan(200);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reading a question: telling from asking in a voice message', () => {
  it('a spoken opener (我想问一下, 请问) starts the asking clause inside an unpunctuated run', () => {
    const found = clauses('我家老伴瘫了三年我一个人照顾我想问一下能不能办低保');
    expect(found.map((c) => c.text)).toEqual(['我家老伴瘫了三年我一个人照顾', '我想问一下能不能办低保']);
    expect(found.map((c) => c.asking)).toEqual([false, true]);
    expect(clauses('请问低保怎么办').map((c) => c.text)).toEqual(['请问低保怎么办']);
  });

  it('a clause that ends in 不 after 能 / 可以 / 算 asks, as 「能…不能」 does', () => {
    const found = clauses('上技校能免住宿费不 我家是低保户 闺女在读二年级');
    expect(found.map((c) => c.asking)).toEqual([true, false, false]);
    expect(clauses('这笔钱算收入不').map((c) => c.asking)).toEqual([true]);
    expect(clauses('我们家的钱也不多 日子过得还不').map((c) => c.asking)).toEqual([false, false]);
    const d = kb.diagnose('上职高可以免学费不 家里是建过档的人家 孩子读二年级', { region: '江阴市' });
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.programme?.type).toBe('education');
  });

  it('never throws, keeps every clause inside the text at its offset, and stays fast', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const found = withinBound(50, () => clauses(text), 'clauses');
        for (const c of found) {
          expect(c.text).not.toBe('');
          expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
        }
      }),
      runs(300),
    );
  });
});
