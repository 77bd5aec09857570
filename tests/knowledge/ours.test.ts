import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { HARDSHIP_MIN_COVERAGE, judge, MIN_COVERAGE } from '../../src/knowledge/answerability.js';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { createWordListReader } from '../../src/knowledge/word-list.js';
import { createScopeReader } from '../../src/knowledge/scope.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;
let withoutList: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
  withoutList = await loadKnowledgeBase({ dir: KNOWLEDGE, outOfScopeList: false });
});

describe('whether a question is ours is read apart from whether a passage answers it', () => {
  it('reads the window’s own words', () => {
    const ours = createWordListReader(['窗口', '救济']);
    expect(ours('你们窗口几点下班')).toBe(true);
    expect(ours('以前发救济粮')).toBe(true);
    expect(ours('帮我写个请假条')).toBe(false);
  });

  it('stays bounded on any resident text', () => {
    const ours = createWordListReader(['窗口', '救助', '一门受理']);
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        const start = performance.now();
        ours(text);
        expect(performance.now() - start).toBeLessThan(50);
      }),
      { numRuns: 200 },
    );
  });

  it('a programme, a hardship or a word of ours makes it ours; a neighbouring service does not', () => {
    const read = createScopeReader(['公积金'], [], ['中风'], new Map(), ['窗口']);
    expect(read('窗口礼拜六开门不').ours).toBe(true);
    expect(read('老伴中风了 家里没人照顾').ours).toBe(true);
    expect(read('低保每年都要重新审吗').ours).toBe(true);
    expect(read('公积金窗口在哪').ours).toBe(false);
    expect(read('帮我写个请假条').ours).toBe(false);
  });

  it('a question that is ours needs only the floor; any other the full threshold', () => {
    const concepts = [{ text: '窗口', forms: ['窗口'] }];
    const best = { coverage: (MIN_COVERAGE + HARDSHIP_MIN_COVERAGE) / 2, text: '窗口', focusMissing: false };
    expect(judge('窗口几点开门', concepts, best, MIN_COVERAGE, { ours: true })).toBe('answerable');
    expect(judge('窗口几点开门', concepts, best, MIN_COVERAGE, {})).toBe('low-coverage');
    expect(judge('窗口几点开门', concepts, { ...best, coverage: HARDSHIP_MIN_COVERAGE / 2 }, MIN_COVERAGE, { ours: true })).toBe('low-coverage');
  });
});

describe('the answerer on questions that are ours in the resident’s own words', () => {
  it('answers a question about the window told with words no passage repeats', () => {
    const d = kb.diagnose('窗口中午休不休息 下午几点开门', { region: '江阴市' });
    expect(d.verdict).toBe('answerable');
    expect(d.ranked[0]?.chunk.section).toContain('受理');
  });

  it('still declines another department’s subsidy and small talk, even without the out-of-scope list', () => {
    for (const q of ['帮我写个请假条 给孩子班主任的', '高铁票改签要手续费吗']) {
      expect(kb.diagnose(q, { region: '江阴市' }).verdict).not.toBe('answerable');
      expect(withoutList.diagnose(q, { region: '江阴市' }).verdict).not.toBe('answerable');
    }
    expect(withoutList.diagnose('高龄补贴怎么领', { region: '江阴市' }).scope.ours).toBe(false);
  });
});
