import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { chunkDocument, parseHeading } from '../../src/knowledge/chunk.js';
import { loadDocuments } from '../../src/knowledge/load-documents.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

describe('structure-aware chunking', () => {
  it('each chunk keeps its heading path', async () => {
    const { documents } = await loadDocuments(KNOWLEDGE);
    const jiangyin = documents.find((d) => d.id === 'jiangyin-2018-121')!;
    const chunks = chunkDocument(jiangyin.id, jiangyin.body);
    const transfer = chunks.find((c) => c.text.includes('在2个工作日内，办理申请转办手续'));
    expect(transfer?.section).toBe('三、工作内容 › （二）规范工作程序 › 2．转办转介');
    const hr = chunks.find((c) => c.text.includes('主要负责就业救助、医疗救助工作'));
    expect(hr?.section).toBe('四、职责分工 › 4．人力资源和社会保障部门');
  });

  it('recognises the numbering of Chinese policy texts: 一、 （一） 1． 1. 一是 第X条', () => {
    expect(parseHeading('三、工作内容')).toEqual({ kind: 'cn', label: '三、工作内容', alone: true });
    expect(parseHeading('（二）规范工作程序')).toEqual({ kind: 'paren-cn', label: '（二）规范工作程序', alone: true });
    expect(parseHeading('2．转办转介。对实施主体明确的救助申请')).toEqual({ kind: 'num', label: '2．转办转介', alone: false });
    expect(parseHeading('1. 建立救助人员信息数据库')).toMatchObject({ kind: 'num', alone: true });
    expect(parseHeading('一是建立基础信息数据。镇按照')).toEqual({ kind: 'shi', label: '一是建立基础信息数据', alone: false });
    expect(parseHeading('第三条 申请最低生活保障，应当')).toEqual({ kind: 'article', label: '第三条', alone: false });
    expect(parseHeading('2015年年底前，各地全部建立')).toBeUndefined();
  });

  it('nests levels in the order the document uses them, even when it skips one', () => {
    const body = ['前言段落。', '一、职责分工', '1．民政部门。负责低保。', '2．教育部门。负责教育救助。', '二、工作要求', '（一）强化领导。要加强领导。'].join('\n');
    const chunks = chunkDocument('d', body, 20);
    expect(chunks.map((c) => c.section)).toEqual(['前言', '一、职责分工 › 1．民政部门', '一、职责分工 › 2．教育部门', '二、工作要求']);
  });

  it('a small section stays one chunk; a long paragraph is cut at sentence ends into quotable pieces', async () => {
    const { documents } = await loadDocuments(KNOWLEDGE);
    for (const doc of documents) {
      const chunks = chunkDocument(doc.id, doc.body, 240);
      for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(240);
      // Every line of the document is in some chunk or is a heading on some chunk's path.
      for (const line of doc.body.split('\n').filter((l) => l.trim() !== '')) {
        const inText = chunks.some((c) => c.text.includes(line.slice(0, 20)));
        const inPath = chunks.some((c) => c.section.includes(line.replace(/\s+/g, '').slice(0, 6)));
        expect(inText || inPath, `line lost: ${line.slice(0, 30)}`).toBe(true);
      }
    }
    const sishui = documents.find((d) => d.id === 'sishui-2020-148')!;
    const pieces = chunkDocument(sishui.id, sishui.body).filter((c) => c.section.endsWith('1.实施困难群体社会救助全覆盖'));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.text).toMatch(/[。；，）]$/u);
  });

  it('the signature block at the end is its own 落款 chunk', async () => {
    const { documents } = await loadDocuments(KNOWLEDGE);
    const jiangsu = documents.find((d) => d.id === 'jiangsu-2016-jijinan')!;
    const last = chunkDocument(jiangsu.id, jiangsu.body).at(-1);
    expect(last?.section).toBe('落款');
    expect(last?.text).toContain('江苏省人民政府办公厅');
  });
});
