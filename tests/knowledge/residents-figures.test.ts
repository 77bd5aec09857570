import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isResidentsFigure, isResidentsMoment } from '../../src/knowledge/answerability.js';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { anyResidentText } from '../helpers/hostile-text.js';
import { runs, withinBound } from '../helpers/fuzz.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('a service line’s number is what the question is about, not the resident’s own figure', () => {
  it('tells a public line from an amount, an age or a count', () => {
    for (const line of ['12345', '12349', '12333', '110', '120']) expect(isResidentsFigure(line)).toBe(false);
    for (const figure of ['3000', '十几万', '八十多', '2000块', '65岁', '5', '12000']) expect(isResidentsFigure(figure)).toBe(true);
    expect(isResidentsFigure('低保')).toBe(false);
  });

  it('an identity or bank card number pasted in weighs nothing either', () => {
    for (const id of ['320281196507123317', '32028119650712331X', '6222020200112233445']) expect(isResidentsFigure(id)).toBe(true);
    const d = kb.diagnose('我帮我舅舅问 他身份证320281195204113318 腿脚不好来不了 我能替他去申请吗');
    const k = d.analysis.concepts.findIndex((c) => c.text === '320281195204113318');
    expect(k).toBeGreaterThanOrEqual(0);
    expect(d.weights[k]).toBe(0);
    expect(d.verdict).toBe('answerable');
  });

  it('answers a complaint about a line that never picks up from the passages naming that line', () => {
    const d = kb.diagnose('那个12349社会救助热线 白天晚上都打不进去');
    expect(d.verdict).toBe('answerable');
    expect(d.ranked.slice(0, 3).some((r) => r.chunk.text.includes('12349'))).toBe(true);
  });

  it('never throws and stays fast on any text', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const result = withinBound(20, () => isResidentsFigure(text), 'isResidentsFigure');
        expect(typeof result).toBe('boolean');
        // A figure is one short run: anything with a letter of a word in it is not one (an identity number's
        // check letter X is part of the number, which is a figure of the resident's; so are a case number's
        // leading letters, round 46; and a rough figure's leading 好, round 48).
        const letters = text.replace(/^[0-9]{17}[Xx]$/u, '0').replace(/^[a-zA-Z]{1,4}[0-9]{6,19}$/u, '0').replace(/^好/u, '').replace(/[一二三四五六七八九十百千万两几多半块元岁]/gu, '');
        if (/[a-zA-Z\p{Script=Han}]/u.test(letters)) expect(result).toBe(false);
      }),
      runs(300),
    );
  });
});

describe('a moment of the resident’s own past says nothing about which passage answers', () => {
  it('tells the resident’s moments from times a question asks about', () => {
    for (const moment of ['上周三', '上个星期', '前天', '昨晚', '去年冬天', '上个月', '前段时间', '前年']) expect(isResidentsMoment(moment)).toBe(true);
    for (const asked of ['多久', '几天', '什么时候', '工作日', '时限', '每月', '冬天', '这个月', '年底']) expect(isResidentsMoment(asked)).toBe(false);
  });

  it('answers a follow-up on an application whatever day it was handed in', () => {
    expect(kb.diagnose('麻烦帮我看看我的申请办到哪一步了 前天下午交的').verdict).toBe('answerable');
    expect(kb.diagnose('喂喂 我想问问 去年冬天交的救助申请到现在还没信 找谁问').verdict).toBe('answerable');
  });

  it('never throws and stays fast on any text', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const result = withinBound(20, () => isResidentsMoment(text), 'isResidentsMoment');
        expect(typeof result).toBe('boolean');
        if (text.length > 8) expect(result).toBe(false);
      }),
      runs(300),
    );
  });
});
