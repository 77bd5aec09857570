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
  it('「江阴哪个部门管就业救助」 answers from the employment card and quotes and cites the 江阴 section on 人社', () => {
    const res = kb.search('江阴哪个部门管就业救助');
    expect(res.answerable).toBe(true);
    const local = res.results.find((r) => r.kind === 'document');
    expect(local).toMatchObject({
      documentId: 'jiangyin-2018-121',
      title: '关于建立社会救助联动机制的实施意见',
      section: '四、职责分工 › 4．人力资源和社会保障部门',
    });
    expect(res.results.indexOf(local!)).toBeLessThan(3);
    expect(local?.text).toContain('就业救助');

    const answer = kb.answer('江阴哪个部门管就业救助');
    expect(answer.text).toContain('人力资源和社会保障部门');
    expect(answer.text).toContain('依据：《关于建立社会救助联动机制的实施意见》（澄政发〔2018〕121号）四、职责分工 › 4．人力资源和社会保障部门');
    expect(answer.citations).toContainEqual({
      documentId: 'jiangyin-2018-121',
      title: '关于建立社会救助联动机制的实施意见',
      docNumber: '澄政发〔2018〕121号',
      section: '四、职责分工 › 4．人力资源和社会保障部门',
    });
    expect(answer.region).toBe('江阴市');
    expect(answer.suggestedAction).toEqual({ id: 'apply', assistanceType: 'employment', label: '现在申请' });
  });

  it('「材料没带齐怎么办」 is answered with 一次性告知, in plain words, from 受理登记', () => {
    const answer = kb.answer('材料没带齐怎么办');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('申请材料不齐全的，要一次性告知');
    expect(answer.text).toContain('一次跟您说全');
    expect(answer.citations[0]?.section).toMatch(/受理登记$|1\.受理$/u);
  });

  it('a passage among the first three that covers a process question answers it when the first covers too little', () => {
    for (const question of ['住得远 来回一趟要半天 能不能在手机上办', '在别的部门交过的材料 这边还要重新交吗']) {
      const answer = kb.answer(question, { region: '江阴市' });
      expect(answer.answerable, question).toBe(true);
      expect(answer.citations[0]?.documentId, question).not.toMatch(/^programme:/u);
    }
  });

  it('the search result has the shape of POST /api/v1/kb/search and honours limit', () => {
    const res = kb.search('低保归哪个部门管', { limit: 2 });
    expect(res.results).toHaveLength(2);
    for (const hit of res.results) {
      const keys = hit.kind === 'programme' ? ['assistanceType', 'basis', 'documentId', 'kind', 'score', 'section', 'text', 'title'] : ['documentId', 'kind', 'score', 'section', 'text', 'title'];
      expect(Object.keys(hit).sort()).toEqual(keys);
      expect(hit.score).toBeGreaterThan(0);
    }
    expect(res.results[0]!.score).toBeGreaterThanOrEqual(res.results[1]!.score);
    expect(kb.search('低保', { limit: 1000 }).results.length).toBeLessThanOrEqual(20);
  });

  it('a card hit says which programme it is and what it rests on', () => {
    const hit = kb.search('低保要什么条件').results[0]!;
    expect(hit).toMatchObject({ kind: 'programme', documentId: 'programme:minimum_living', assistanceType: 'minimum_living', section: '谁能申请' });
    expect(hit.title).toBe('最低生活保障（低保）');
    expect(hit.basis).toMatch(/^依据：《社会救助暂行办法》第九条/u);
  });

  it('everyday words find the programme and the documents\' words: 五保户 → 特困人员供养, 吃低保 → 最低生活保障', () => {
    const wubao = kb.search('五保户归哪个部门管', { region: '江阴市' }).results.slice(0, 3);
    expect(wubao.map((r) => r.assistanceType ?? r.documentId)).toContain('extreme_poverty');
    expect(wubao.some((r) => r.kind === 'document' && r.text.includes('特困人员供养'))).toBe(true);
    expect(kb.answer('五保户归哪个部门管', { region: '江阴市' }).text).toContain('按江阴市的规定：民政部门主要负责');
    const dibao = kb.search('吃低保归谁管', { region: '江阴市' }).results.slice(0, 2);
    expect(dibao.some((r) => r.kind === 'document' && r.text.includes('最低生活保障'))).toBe(true);
  });
});

describe('cards beside the place\'s own passages (round 14)', () => {
  it('a question about one programme asked in 江阴 gets that programme\'s card first, not the list of which department runs what', () => {
    for (const [question, type] of [
      ['妇联能帮单亲妈妈做点什么', 'women_children'],
      ['慈善总会能不能资助看大病', 'charity'],
    ] as const) {
      const first = kb.search(question, { region: '江阴市' }).results[0];
      expect(first?.assistanceType, question).toBe(type);
    }
  });

  it('the place\'s own passage still joins the card\'s answer when it covers the question', () => {
    const answer = kb.answer('五保户归哪个部门管', { region: '江阴市' });
    expect(answer.citations.map((c) => c.documentId)).toEqual(expect.arrayContaining(['programme:extreme_poverty', 'jiangyin-2018-121']));
  });

  it('a benefit named in everyday words lifts its card when no programme is named', () => {
    const first = kb.search('我妈一个人在外面租房子住 工资很低 她能申请什么', { region: '江阴市' }).results[0];
    expect(first?.assistanceType).toBe('housing');
  });

  it('a word that only a card\'s «how to apply» shares with a process question does not make that card the answer', () => {
    // 网上 is in the charity card's «怎么申请» only («在网上发求助信息»): the documents on applying online answer.
    for (const question of ['想在网上把申请交了 不用跑一趟', '在网上能不能办 家离镇上太远']) {
      const first = kb.diagnose(question, { region: '江阴市' }).ranked[0];
      expect(first?.chunk.programme, question).toBeUndefined();
    }
  });
});

describe('region awareness', () => {
  it('a question naming a place prefers that place\'s document', () => {
    expect(kb.search('江阴的救助热线是多少').results[0]?.documentId).toBe('jiangyin-2018-121');
    expect(kb.search('山东的救助热线是多少').results[0]?.documentId).toBe('shandong-2015-65');
  });

  it('the conversation\'s locality prefers that place\'s document', () => {
    const q = '低保归哪个部门管';
    const documentOf = (region: string): string | undefined => kb.search(q, { region }).results.find((r) => r.kind === 'document')?.documentId;
    expect(documentOf('江阴市')).toBe('jiangyin-2018-121');
    expect(documentOf('山东省济宁市泗水县')).toMatch(/^(shandong|sishui)-/u);
  });

  it('the answer says which place each rule applies to', () => {
    const local = kb.answer('低保归哪个部门管', { region: '江阴市' });
    expect(local.text).toContain('按江阴市的规定：');
    const unknownPlace = kb.answer('低保归哪个部门管');
    expect(unknownPlace.text).toMatch(/这是.+的规定，各地做法可能不同/u);
  });

  it('a resident of a place with no document gets the national rule, never another place\'s as if it were theirs', () => {
    const answer = kb.answer('北京低保归哪个部门管');
    expect(answer.answerable).toBe(true);
    expect(answer.text).toContain('县级民政部门');
    // 「江阴市的低保由民政部门负责」 is 江阴's rule: not quoted to someone in 北京.
    expect(answer.text).not.toContain('江阴市的低保');
    const documentPart = answer.text.split('\n').find((l) => l.includes('的规定是：'));
    if (documentPart) expect(documentPart).toContain('我这里没有北京市的文件');
  });
});
