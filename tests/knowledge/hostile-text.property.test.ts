import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
// A policy answer is computed on every chat turn that asks one; p99 is a few ms on a quiet machine,
// so this bound only catches a pathological case (a regex or scan gone quadratic), not a busy CI box.
// It is on the CPU time of the call, not wall time: other processes on a shared machine do not count.
const BOUND_MS = 250;
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

describe('the knowledge base on hostile text', () => {
  it('search never throws, returns within the bound, and keeps its shape', () => {
    fc.assert(
      fc.property(anyResidentText(), fc.option(fc.integer({ min: -5, max: 50 }), { nil: undefined }), (text, limit) => {
        const { value, ms } = timed(() => kb.search(text, limit === undefined ? {} : { limit }));
        expect(ms).toBeLessThan(BOUND_MS);
        expect(value.results.length).toBeLessThanOrEqual(20);
        for (const hit of value.results) {
          expect(['document', 'programme']).toContain(hit.kind);
          expect(Number.isFinite(hit.score)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answer never throws, returns within the bound, and always ends in something the resident can do', () => {
    fc.assert(
      fc.property(anyResidentText(), fc.constantFrom(undefined, '江阴市', '北京市', '山东省济宁市泗水县', '\u0000'), (text, region) => {
        const { value, ms } = timed(() => kb.answer(text, region === undefined ? {} : { region }));
        expect(ms).toBeLessThan(BOUND_MS);
        expect(value.text.length).toBeGreaterThan(0);
        if (value.answerable) {
          expect(value.citations.length).toBeGreaterThan(0);
          expect(value.text).toContain('依据：');
          if (value.suggestedAction) expect(value.suggestedAction.id).toBe('apply');
        } else {
          expect(value.suggestedAction).toEqual({ id: 'request_human', label: '转人工' });
        }
      }),
      { numRuns: 300 },
    );
  });
});
