import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { parseCardFile } from '../../src/knowledge/load-programmes.js';
import { CARD_PARTS, isDocumentSource } from '../../src/knowledge/programme-card.js';
import { ASSISTANCE_TYPES } from '../../src/nlu/types.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

const DOCUMENT = `---
id: demo-county-2024-1
title: 关于做好困难群众救助工作的通知
issuer: 示例县人民政府
region: 示例县
---
一、救助窗口
各镇设立社会救助服务窗口，受理困难群众救助申请。窗口工作人员要热情接待，对申请材料不齐全的一次性告知，对不符合条件的做好政策解释，不得推诿。村（居）民委员会协助做好救助申请的帮办代办。
二、职责分工
民政部门负责最低生活保障、特困人员供养、临时救助工作。教育部门负责教育救助工作。住房和城乡建设部门负责住房救助工作。人力资源和社会保障部门负责就业救助工作。
三、工作要求
各部门要加强协调配合，及时办理窗口转来的救助申请，办结后及时反馈申请人和服务窗口，接受群众监督。对推诿扯皮、不作为的，依法依纪追究责任。
`;

const fact = (text: string, source = '{ law: 社会救助暂行办法, article: 第九条 }'): string =>
  `  - text: ${text}\n    sources: [${source}]\n`;

const CARD = [
  'type: minimum_living',
  'name: 最低生活保障',
  'aliases: [低保]',
  'eligibility:',
  fact('家里人均收入低于当地低保标准的，可以申请低保。').trimEnd(),
  'benefit:',
  fact('按月发低保金。', '{ law: 社会救助暂行办法, article: 第十二条 }').trimEnd(),
  'materials:',
  fact('带上户口簿和身份证。', '{ law: 最低生活保障审核确认办法 }').trimEnd(),
  'decision:',
  fact('示例县的低保由民政部门负责。', '{ doc: demo-county-2024-1, section: 二、职责分工 }').trimEnd(),
  'apply:',
  fact('向乡镇政府（街道办事处）提出书面申请。', '{ law: 社会救助暂行办法, article: 第十一条 }').trimEnd(),
  '',
].join('\n');

const sections = (doc: string, section: string): boolean => doc === 'demo-county-2024-1' && ['一、救助窗口', '二、职责分工'].includes(section);

describe('programme cards', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yimen-cards-'));
    await writeFile(join(dir, 'demo.md'), DOCUMENT);
    await mkdir(join(dir, 'programmes'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a valid card loads, and its parts are searchable and cited by regulation and article', async () => {
    await writeFile(join(dir, 'programmes', 'minimum_living.yaml'), CARD);
    const kb = await loadKnowledgeBase({ dir });
    expect(kb.skipped).toEqual([]);
    expect(kb.programmes.map((c) => c.type)).toEqual(['minimum_living']);
    const hit = kb.search('低保谁能申请').results[0];
    expect(hit).toMatchObject({ kind: 'programme', assistanceType: 'minimum_living', section: '谁能申请' });
    expect(hit?.basis).toBe('依据：《社会救助暂行办法》第九条');
  });

  it('a broken card is skipped with its name and the reason logged; the other cards still load', async () => {
    const broken: Record<string, string> = {
      // A fact without a source.
      'temporary.yaml': CARD.replace('type: minimum_living', 'type: temporary').replace("    sources: [{ law: 社会救助暂行办法, article: 第十二条 }]\n", '    sources: []\n'),
      // An amount: figures belong to a locality profile, never to a card.
      'medical.yaml': CARD.replace('type: minimum_living', 'type: medical').replace('按月发低保金。', '每月发500元。'),
      // A section the cited document does not have.
      'education.yaml': CARD.replace('type: minimum_living', 'type: education').replace('二、职责分工', '九、不存在'),
      // A type that is not one of the canonical codes.
      'pension.yaml': CARD.replace('type: minimum_living', 'type: pension'),
      // A card filed under another type's name.
      'housing.yaml': CARD,
      // Not YAML at all.
      'disaster.yaml': 'type: [disaster\n',
    };
    await writeFile(join(dir, 'programmes', 'minimum_living.yaml'), CARD);
    for (const [file, content] of Object.entries(broken)) await writeFile(join(dir, 'programmes', file), content);
    const warn = vi.fn();

    const kb = await loadKnowledgeBase({ dir, logger: { warn } });

    expect(kb.programmes.map((c) => c.type)).toEqual(['minimum_living']);
    expect(kb.skipped.map((s) => s.file).sort()).toEqual(Object.keys(broken).map((f) => `programmes/${f}`).sort());
    const reasons = Object.fromEntries(kb.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['programmes/temporary.yaml']).toContain('every fact needs a source');
    expect(reasons['programmes/medical.yaml']).toContain('no amounts');
    expect(reasons['programmes/education.yaml']).toContain('九、不存在');
    expect(reasons['programmes/housing.yaml']).toContain('minimum_living.yaml');
    for (const file of Object.keys(broken)) {
      expect(warn.mock.calls.some(([obj, msg]) => (obj as { file: string }).file === `programmes/${file}` && String(msg).includes(file))).toBe(true);
    }
  });

  it('a card with an article that is not written 第X条 is refused, so a citation cannot be garbled', () => {
    const parsed = parseCardFile('minimum_living.yaml', CARD.replace('article: 第九条', 'article: 第9条'), sections);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('第十一条');
  });

  it('a knowledge folder without programmes/ is still a knowledge base of documents', async () => {
    await rm(join(dir, 'programmes'), { recursive: true });
    const kb = await loadKnowledgeBase({ dir });
    expect(kb.programmes).toEqual([]);
    expect(kb.documents).toHaveLength(1);
  });
});

describe('the shipped cards', () => {
  it('there is one card for every assistance type the forms know, and none is skipped', async () => {
    const warn = vi.fn();
    const kb = await loadKnowledgeBase({ dir: KNOWLEDGE, logger: { warn } });
    expect(kb.programmes.map((c) => c.type).sort()).toEqual([...ASSISTANCE_TYPES].sort());
    expect(kb.skipped).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('every fact is one short sentence with a source; document sources name a seed document', async () => {
    const kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
    const ids = new Set(kb.documents.map((d) => d.id));
    for (const card of kb.programmes) {
      for (const part of CARD_PARTS) {
        expect(card[part].length, `${card.type}.${part}`).toBeGreaterThan(0);
        for (const f of card[part]) {
          expect(f.text.length, f.text).toBeLessThanOrEqual(90);
          expect(f.sources.length, f.text).toBeGreaterThan(0);
          for (const s of f.sources) if (isDocumentSource(s)) expect(ids, `${card.type}: ${s.doc}`).toContain(s.doc);
        }
      }
    }
  });

  it('every card tells how to apply on someone\'s behalf or where to ask, and states no amount', async () => {
    const kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
    for (const card of kb.programmes) {
      const text = CARD_PARTS.flatMap((p) => card[p].map((f) => f.text)).join('');
      expect(text, card.type).not.toMatch(/\d+\s*(?:元|块)|百分之|%/u);
      expect(card.apply.map((f) => f.text).join(''), card.type).toMatch(/代为|委托|窗口|救助站|直接找|帮着/u);
    }
  });
});
