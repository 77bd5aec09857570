import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import type { Citation } from '../../src/knowledge/types.js';
import { createKnowledgeBase, loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadDocuments } from '../../src/knowledge/load-documents.js';
import { loadResources } from '../../src/knowledge/load-resources.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const QUESTIONS = new URL('../../bench/kb/questions.yaml', import.meta.url);
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

const numbers = (text: string): string[] => text.match(/\d+/g) ?? [];

// Every number the cited sources hold: the text of the cited document sections, the facts of the cited
// card parts, and the citations themselves (document numbers, dates, section numbers, article names).
function citedNumbers(citations: readonly Citation[]): string[] {
  return citations.flatMap((citation) => {
    const chunks = kb.chunks.filter((c) => c.documentId === citation.documentId && c.section === citation.section);
    const doc = kb.documents.find((d) => d.id === citation.documentId);
    const meta = [doc?.docNumber ?? '', doc?.date ?? '', citation.section, ...(citation.references ?? [])].join(' ');
    return numbers([...chunks.map((c) => c.text), meta].join('\n'));
  });
}

describe('answers and abstention', () => {
  it('an unanswerable question abstains and offers a person', () => {
    for (const q of ['养老保险怎么交', '驾照过期了怎么换', '护照怎么办']) {
      const answer = kb.answer(q);
      expect(answer.answerable, q).toBe(false);
      expect(answer.citations).toEqual([]);
      expect(answer.text).toContain('转人工');
      // Another department's service is referred to it and to the government hotline 12345, not 12349.
      expect(answer.text).toMatch(/12345|12349/u);
    }
    expect(kb.search('养老保险怎么交').answerable).toBe(false);
  });

  it('an amount asked of something no card covers is declined without a figure', () => {
    for (const q of ['医保报销比例是多少', '城乡居民医保一年交多少钱', '救助资金的比例是多少']) {
      const answer = kb.answer(q);
      expect(answer.answerable, q).toBe(false);
      expect(answer.text).not.toMatch(/\d+\s*元/u);
      expect(answer.suggestedAction).toEqual({ id: 'request_human', label: '转人工' });
    }
  });

  it('an amount asked of a programme is explained in words from its card, saying plainly there is no local figure', () => {
    for (const q of ['低保每个月能领多少钱', '临时救助最多能给多少钱']) {
      const answer = kb.answer(q);
      expect(answer.answerable, q).toBe(true);
      expect(answer.text).toContain('我这里没有当地的数字');
      expect(answer.text).not.toMatch(/\d+\s*(?:元|块)/u);
    }
  });

  it('an empty or content-free question abstains', () => {
    expect(kb.answer('').answerable).toBe(false);
    expect(kb.answer('请问一下怎么办呢？').answerable).toBe(false);
    expect(kb.search('   ').results).toEqual([]);
  });

  it('the answer contains no number that is not in the cited text', () => {
    const file = parseYaml(readFileSync(QUESTIONS, 'utf8')) as { answerable: { q: string; locality?: string }[] };
    let answered = 0;
    for (const { q, locality } of file.answerable) {
      const answer = kb.answer(q, { region: locality });
      if (!answer.answerable) continue;
      answered++;
      const lines = answer.text.split('\n');
      const body = lines.filter((l) => !l.startsWith('依据：')).join('\n');
      for (const n of numbers(body)) expect(citedNumbers(answer.citations), `${q}: ${n} in 「${body}」`).toContain(n);
    }
    expect(answered).toBeGreaterThan(80);
  });

  it('a glossary explanation with a figure in it is never added to an answer', async () => {
    const { documents } = await loadDocuments(KNOWLEDGE);
    const resources = await loadResources(KNOWLEDGE);
    const glossary = { ...resources.glossary, 一次性告知: '最多跑3次。' };
    const custom = createKnowledgeBase(documents, { ...resources, glossary });
    const answer = custom.answer('材料没带齐怎么办');
    expect(answer.answerable).toBe(true);
    expect(answer.text).not.toContain('3次');
  });

  it('an answer is two or three short lines: the quote, a plain note, the citation', () => {
    const answer = kb.answer('我在江阴交了申请，几天能转到管事的部门');
    const lines = answer.text.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toContain('2个工作日内');
    expect(lines.at(-1)).toMatch(/^依据：《.+》（.+）.+/u);
  });
});
