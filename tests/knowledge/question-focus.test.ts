import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('the thing a question asks for (its focus)', () => {
  it('reads «啥手艺都不会» as no skill at all, not as asking which skill', () => {
    const d = kb.diagnose('五十岁了啥手艺都不会 有没有免费学技术的地方', { region: '江阴市' });
    expect(d.analysis.concepts.some((c) => c.focus === true)).toBe(false);
    expect(kb.diagnose('申请低保要准备哪些材料').analysis.concepts.find((c) => c.focus === true)?.text).toBe('材料');
  });

  it('reads 救济 after 啥 as asking for any help, as 救助 is', () => {
    const d = kb.diagnose('家里着火了 房子烧没了 能找政府要点啥救济', { region: '江阴市' });
    expect(d.analysis.concepts.some((c) => c.focus === true)).toBe(false);
    expect(d.verdict).toBe('answerable');
  });
});
