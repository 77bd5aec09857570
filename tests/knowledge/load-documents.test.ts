import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadDocuments, parseDocumentFile } from '../../src/knowledge/load-documents.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

const GOOD = `---
id: demo-county-2024-1
title: 关于做好困难群众救助工作的通知
issuer: 示例县人民政府
docNumber: 示政发〔2024〕1号
date: 2024-03-01
region: 示例县
regionPath: [示例省, 示例市, 示例县]
source: 示例县人民政府公开发布
---
一、救助窗口
各镇设立社会救助服务窗口，受理困难群众救助申请。
`;

describe('loading knowledge files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yimen-kb-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a malformed knowledge file is skipped with its name logged', async () => {
    await writeFile(join(dir, 'good.md'), GOOD);
    await writeFile(join(dir, 'broken-yaml.md'), '---\ntitle: [unclosed\n---\n正文。\n');
    await writeFile(join(dir, 'no-front-matter.md'), '一、没有元数据的文件\n正文。\n');
    await writeFile(join(dir, 'missing-region.md'), '---\nid: x\ntitle: 标题\nissuer: 某县\n---\n正文。\n');
    const warn = vi.fn();

    const kb = await loadKnowledgeBase({ dir, logger: { warn } });

    expect(kb.documents.map((d) => d.id)).toEqual(['demo-county-2024-1']);
    expect(kb.skipped.map((s) => s.file).sort()).toEqual(['broken-yaml.md', 'missing-region.md', 'no-front-matter.md']);
    const logged = warn.mock.calls.map(([obj, msg]) => ({ obj: obj as { file: string }, msg: String(msg) }));
    for (const file of ['broken-yaml.md', 'missing-region.md', 'no-front-matter.md']) {
      expect(logged.some(({ obj, msg }) => obj.file === file && msg.includes(file))).toBe(true);
    }
    expect(logged.find(({ obj }) => obj.file === 'missing-region.md')?.msg).toContain('region');
  });

  it('a second file with an id already in use is skipped, the first one kept', async () => {
    await writeFile(join(dir, 'a.md'), GOOD);
    await writeFile(join(dir, 'b.md'), GOOD.replace('示例县人民政府公开发布', '另一份'));
    const { documents, skipped } = await loadDocuments(dir);
    expect(documents.map((d) => d.file)).toEqual(['a.md']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.file).toBe('b.md');
    expect(skipped[0]?.reason).toContain('demo-county-2024-1');
  });

  it('README.md and the YAML data files are not read as documents', async () => {
    await writeFile(join(dir, 'good.md'), GOOD);
    await writeFile(join(dir, 'README.md'), '# How to add a policy\n');
    await writeFile(join(dir, 'synonyms.yaml'), 'equivalent: [[低保, 最低生活保障]]\n');
    const warn = vi.fn();
    const kb = await loadKnowledgeBase({ dir, logger: { warn } });
    expect(kb.documents).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a missing knowledge directory gives an empty knowledge base that declines, not a crash', async () => {
    const warn = vi.fn();
    const kb = await loadKnowledgeBase({ dir: join(dir, 'nope'), logger: { warn } });
    expect(kb.documents).toHaveLength(0);
    expect(warn).toHaveBeenCalledOnce();
    expect(kb.answer('低保怎么申请').answerable).toBe(false);
  });

  it('the shipped knowledge folder loads without a warning (a repeated synonym key would drop the whole file)', async () => {
    const warn = vi.fn();
    await loadKnowledgeBase({ dir: KNOWLEDGE, logger: { warn } });
    expect(warn.mock.calls.map(([obj, msg]) => `${JSON.stringify(obj)} ${String(msg)}`)).toEqual([]);
  });

  it('a malformed synonyms file is reported and retrieval still works', async () => {
    await writeFile(join(dir, 'good.md'), GOOD);
    await writeFile(join(dir, 'synonyms.yaml'), 'equivalent: 低保\n');
    const warn = vi.fn();
    const kb = await loadKnowledgeBase({ dir, logger: { warn } });
    expect(warn.mock.calls.some(([obj]) => (obj as { file: string }).file === 'synonyms.yaml')).toBe(true);
    expect(kb.search('救助窗口在哪').results[0]?.documentId).toBe('demo-county-2024-1');
  });

  it('front matter keeps the metadata a citation needs', () => {
    const parsed = parseDocumentFile('good.md', GOOD);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document).toMatchObject({
      id: 'demo-county-2024-1',
      title: '关于做好困难群众救助工作的通知',
      issuer: '示例县人民政府',
      docNumber: '示政发〔2024〕1号',
      date: '2024-03-01',
      region: '示例县',
      regionPath: ['示例省', '示例市', '示例县'],
    });
  });
});

describe('the shipped knowledge base', () => {
  it('loads the five seed documents with their metadata and nothing skipped', async () => {
    const warn = vi.fn();
    const kb = await loadKnowledgeBase({ dir: KNOWLEDGE, logger: { warn } });
    expect(warn).not.toHaveBeenCalled();
    expect(kb.documents.map((d) => [d.id, d.docNumber ?? null, d.region])).toEqual([
      ['jiangsu-2016-jijinan', null, '江苏省'],
      ['jiangyin-2018-121', '澄政发〔2018〕121号', '江阴市'],
      ['shandong-2015-65', '鲁民〔2015〕65号', '山东省'],
      ['sishui-2020-148', '泗政字〔2020〕148号', '泗水县'],
      ['songgai-2018-57', '松溉府发〔2018〕57号', '重庆市永川区松溉镇'],
    ]);
  });

  it.skipIf(!existsSync(SEEDS))('keeps each seed text verbatim apart from whitespace', async () => {
    const { documents } = await loadDocuments(KNOWLEDGE);
    const seeds: Record<string, string> = {
      'jiangyin-2018-121': '000_f3579d047a7eb1d2.txt',
      'songgai-2018-57': '001_4f903114e06d695c.txt',
      'sishui-2020-148': '002_0a22385ab6fd000b.txt',
      'shandong-2015-65': '003_731415c5698bf0c4.txt',
      'jiangsu-2016-jijinan': '004_0be356fc869b6323.txt',
    };
    const squash = (s: string): string => s.replace(/[\s\u3000]/gu, '');
    for (const doc of documents) {
      const seed = readFileSync(join(SEEDS, seeds[doc.id]!), 'utf8');
      expect(squash(doc.body)).toBe(squash(seed));
    }
  });
});
