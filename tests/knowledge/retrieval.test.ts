import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('policy search', () => {
  it('「江阴哪个部门管就业救助」 cites the 江阴 document section on 人社', () => {
    const res = kb.search('江阴哪个部门管就业救助');
    expect(res.answerable).toBe(true);
    expect(res.results[0]).toMatchObject({
      documentId: 'jiangyin-2018-121',
      title: '关于建立社会救助联动机制的实施意见',
      section: '四、职责分工 › 4．人力资源和社会保障部门',
    });
    expect(res.results[0]?.text).toContain('就业救助');

    const answer = kb.answer('江阴哪个部门管就业救助');
    expect(answer.text).toContain('人力资源和社会保障部门');
    expect(answer.text).toContain('依据：《关于建立社会救助联动机制的实施意见》（澄政发〔2018〕121号）四、职责分工 › 4．人力资源和社会保障部门');
    expect(answer.citations).toEqual([
      { documentId: 'jiangyin-2018-121', title: '关于建立社会救助联动机制的实施意见', docNumber: '澄政发〔2018〕121号', section: '四、职责分工 › 4．人力资源和社会保障部门' },
    ]);
    expect(answer.region).toBe('江阴市');
  });

  it('「材料没带齐怎么办」 is answered with 一次性告知, in plain words, from 受理登记', () => {
    const answer = kb.answer('材料没带齐怎么办');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('申请材料不齐全的，要一次性告知');
    expect(answer.text).toContain('一次跟您说全');
    expect(answer.citations[0]?.section).toMatch(/受理登记$|1\.受理$/u);
  });

  it('the search result has the shape of POST /api/v1/kb/search and honours limit', () => {
    const res = kb.search('低保归哪个部门管', { limit: 2 });
    expect(res.results).toHaveLength(2);
    for (const hit of res.results) {
      expect(Object.keys(hit).sort()).toEqual(['documentId', 'score', 'section', 'text', 'title']);
      expect(hit.score).toBeGreaterThan(0);
    }
    expect(res.results[0]!.score).toBeGreaterThanOrEqual(res.results[1]!.score);
    expect(kb.search('低保', { limit: 1000 }).results.length).toBeLessThanOrEqual(20);
  });

  it('everyday words find the documents\' words: 五保户 → 特困人员供养, 低保 → 最低生活保障', () => {
    expect(kb.search('五保户归哪个部门管').results[0]?.text).toContain('特困人员供养');
    expect(kb.search('吃低保归谁管', { region: '江阴市' }).results[0]?.text).toContain('最低生活保障');
  });
});

describe('region awareness', () => {
  it('a question naming a place prefers that place\'s document', () => {
    expect(kb.search('江阴的救助热线是多少').results[0]?.documentId).toBe('jiangyin-2018-121');
    expect(kb.search('山东的救助热线是多少').results[0]?.documentId).toBe('shandong-2015-65');
  });

  it('the conversation\'s locality prefers that place\'s document', () => {
    const q = '低保归哪个部门管';
    expect(kb.search(q, { region: '江阴市' }).results[0]?.documentId).toBe('jiangyin-2018-121');
    expect(kb.search(q, { region: '山东省济宁市泗水县' }).results[0]?.documentId).toMatch(/^(shandong|sishui)-/u);
  });

  it('the answer says which place it applies to', () => {
    const local = kb.answer('低保归哪个部门管', { region: '江阴市' });
    expect(local.text.startsWith('按江阴市的规定：')).toBe(true);
    const unknownPlace = kb.answer('低保归哪个部门管');
    expect(unknownPlace.text).toMatch(/这是.+的规定，各地做法可能不同/u);
  });

  it('a question about a place with no document says so instead of passing another place off as its rules', () => {
    const answer = kb.answer('北京低保归哪个部门管');
    expect(answer.text).toContain('我这里没有北京市的文件');
    expect(answer.text).toContain('请以北京市的规定为准');
  });
});
