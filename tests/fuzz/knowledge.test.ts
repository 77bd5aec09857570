// Property tests over policy search and answers. Bound: 200 ms a call (a query is cut to 300 characters
// before analysis; typical: under 20 ms).
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText, hostileText } from '../helpers/hostile-text.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const BOUND_MS = 200;
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
  kb.answer('低保怎么申请');
});

describe('policy search and answers on hostile text', () => {
  it('search returns at once with scored results, for any question and region', () => {
    fc.assert(
      fc.property(
        anyResidentText(),
        fc.option(hostileText(40)),
        fc.integer({ min: -5, max: 50 }),
        (query, region, limit) => {
          const response = withinBound(
            BOUND_MS,
            () => kb.search(query, { limit, ...(region ? { region } : {}) }),
            'search',
          );
          for (const hit of response.results) expect(Number.isFinite(hit.score)).toBe(true);
        },
      ),
      runs(150),
    );
  });

  it('answer returns at once with a text, and abstains without citations', () => {
    fc.assert(
      fc.property(anyResidentText(), (query) => {
        const answer = withinBound(BOUND_MS, () => kb.answer(query), 'answer');
        expect(answer.text.length).toBeGreaterThan(0);
        if (!answer.answerable) expect(answer.citations).toEqual([]);
      }),
      runs(150),
    );
  });
});
