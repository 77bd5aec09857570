import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import type { Citation } from '../../src/knowledge/types.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const PROGRAMME_QUESTIONS = new URL('../../bench/kb/programme-questions.yaml', import.meta.url);
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

const numbers = (text: string): string[] => text.match(/\d+/g) ?? [];

// The numbers the cited sources hold: cited document sections, cited card parts, and the citations.
function citedNumbers(citations: readonly Citation[]): string[] {
  return citations.flatMap((citation) => {
    const texts = kb.chunks.filter((c) => c.documentId === citation.documentId && c.section === citation.section).map((c) => c.text);
    const doc = kb.documents.find((d) => d.id === citation.documentId);
    return numbers([...texts, doc?.docNumber ?? '', doc?.date ?? '', citation.section, ...(citation.references ?? [])].join('\n'));
  });
}

describe('answers about the benefits themselves', () => {
  it('「孩子上学有补助吗」 is answered from the education card, cited, and ends with the apply action', () => {
    const answer = kb.answer('孩子上学有补助吗');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('教育救助');
    expect(answer.citations[0]).toMatchObject({ documentId: 'programme:education', title: '教育救助' });
    expect(answer.text).toMatch(/依据：《社会救助暂行办法》第三十三条/u);
    expect(answer.suggestedAction).toEqual({ id: 'apply', assistanceType: 'education', label: '现在申请' });
    expect(answer.followUp).toBe('要不要现在帮您申请？');
  });

  it('「公积金怎么提取」 abstains honestly and offers a person', () => {
    const answer = kb.answer('公积金怎么提取');
    expect(answer.answerable).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.text).toContain('转人工');
    expect(answer.suggestedAction).toEqual({ id: 'request_human', label: '转人工' });
    expect(answer.followUp).toBeUndefined();
    expect(kb.search('公积金怎么提取').answerable).toBe(false);
  });

  it('a neighbouring service is declined, but the same word in a question about help is not', () => {
    expect(kb.answer('身份证过期了怎么换').answerable).toBe(false);
    expect(kb.answer('居住证怎么办').answerable).toBe(false);
    const help = kb.answer('不是本地户口，有居住证，遇到难处能申请临时救助吗');
    expect(help.answerable).toBe(true);
    expect(help.suggestedAction).toMatchObject({ id: 'apply', assistanceType: 'temporary' });
    // Telling of hardship is asking for help too.
    expect(kb.answer('医保报销比例是多少').answerable).toBe(false);
    const hardship = kb.answer('医保报销完剩下的还是付不起，怎么办');
    expect(hardship.answerable).toBe(true);
    expect(hardship.suggestedAction).toMatchObject({ id: 'apply', assistanceType: 'medical' });
  });

  it('a message that tells a hard story is answered from the card that fits it, not declined for its many other words', () => {
    const answer = kb.answer('我老公去年中风瘫了，家里就靠我打零工，两个孩子还在上学，我们能申请点什么');
    expect(answer.answerable).toBe(true);
    expect(answer.suggestedAction?.id).toBe('apply');
  });

  it('an answer never states a figure that the card or document it cites does not', () => {
    const questions = parseYaml(readFileSync(PROGRAMME_QUESTIONS, 'utf8')) as { q: string }[];
    let answered = 0;
    for (const { q } of questions) {
      const answer = kb.answer(q);
      if (!answer.answerable) continue;
      answered++;
      const body = answer.text
        .split('\n')
        .filter((l) => !l.startsWith('依据：'))
        .join('\n');
      for (const n of numbers(body)) expect(citedNumbers(answer.citations), `${q}: ${n} in 「${body}」`).toContain(n);
    }
    expect(answered).toBeGreaterThan(120);
  });

  it('a relative applying for someone is told they may, and how', () => {
    const answer = kb.answer('我爸年纪大了走不动，我能替他去申请低保吗');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toMatch(/代为申请|委托/u);
    expect(answer.suggestedAction).toMatchObject({ id: 'apply', assistanceType: 'minimum_living' });
  });

  it('a question about one detail of what to bring still gets the general list first', () => {
    const answer = kb.answer('办低保的时候 家里有人重病要带什么证明', { region: '江阴市' });
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('户口簿');
    expect(answer.text).toContain('诊断证明');
  });

  it('「残疾人两项补贴是哪两项」 names both allowances', () => {
    const answer = kb.answer('残疾人两项补贴是哪两项');
    expect(answer.text).toContain('困难残疾人生活补贴');
    expect(answer.text).toContain('重度残疾人护理补贴');
    expect(answer.text).toContain('国发〔2015〕52号');
  });

  it('a question about a place quotes the card and the place\'s own document, citing both', () => {
    const answer = kb.answer('在江阴看病没钱，医疗救助归谁管');
    expect(answer.answerable).toBe(true);
    const ids = answer.citations.map((c) => c.documentId);
    expect(ids).toContain('programme:medical');
    expect(ids).toContain('jiangyin-2018-121');
    expect(answer.text).toContain('按江阴市的规定：');
    expect(answer.text.split('\n').filter((l) => l.startsWith('依据：'))).toHaveLength(2);
  });

  it('an amount is never invented: the card explains who sets it and says there is no local figure', () => {
    const answer = kb.answer('残疾人补贴一个月多少钱');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('标准由省级政府定');
    expect(answer.text).toContain('我这里没有当地的数字');
    const body = answer.text.split('\n').filter((l) => !l.startsWith('依据：'));
    expect(body.join('')).not.toMatch(/\d/u);
  });

  it('how much one would receive is answered from the card without its name; what one pays elsewhere is not', () => {
    const received = kb.answer('孩子上学一年能补多少钱');
    expect(received.answerable).toBe(true);
    expect(received.citations[0]).toMatchObject({ documentId: 'programme:education' });
    expect(received.text.split('\n').filter((l) => !l.startsWith('依据：')).join('')).not.toMatch(/\d/u);
    for (const paid of ['城乡居民医保今年交多少钱', '养老院一个月收费多少']) expect(kb.answer(paid).answerable).toBe(false);
  });

  it('an amount asked of a named programme is answered from its card even when a document without a figure ranks first', () => {
    const answer = kb.answer('临时救助每次能补多少', { region: '江阴市' });
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]).toMatchObject({ documentId: 'programme:temporary' });
    expect(answer.text).toContain('我这里没有当地的数字');
    expect(answer.text.split('\n').filter((l) => !l.startsWith('依据：')).join('')).not.toMatch(/\d/u);
  });

  it('answers stay short enough for a cheap phone', () => {
    const questions = parseYaml(readFileSync(PROGRAMME_QUESTIONS, 'utf8')) as { q: string }[];
    for (const { q } of questions) {
      const answer = kb.answer(q);
      const body = answer.text.split('\n').filter((l) => !l.startsWith('依据：'));
      expect(body.length, q).toBeLessThanOrEqual(4);
      expect(body.join('').length, q).toBeLessThanOrEqual(400);
    }
  });
});
