import { afterEach, describe, expect, it } from 'vitest';
import type { Dialogue } from '../../src/engine/dialogue.js';
import { warmUpDialogue } from '../../src/engine/warm-up.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const at = new Date('2026-12-07T02:00:00Z');

/** A dialogue that answers every message with nothing, counting them, or throws on the given one. */
function countingDialogue(throwOn?: string): Dialogue & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    decide(input) {
      seen.push(input.inbound.kind === 'text' ? input.inbound.text : '');
      if (input.inbound.kind === 'text' && input.inbound.text === throwOn)
        return Promise.reject(new Error('broken'));
      return Promise.resolve({
        kind: 'decided',
        actions: [],
        state: { ...input.state, turnCount: input.state.turnCount + 1 },
      });
    },
    failed: () => {
      throw new Error('not used');
    },
    publicState: () => ({ topic: null, urgency: 'none', turnCount: 0, flow: null, expecting: [] }),
  };
}

describe('dialogue warm-up', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('plays its scripts the given number of rounds', async () => {
    const dialogue = countingDialogue();
    const once = await warmUpDialogue(dialogue, { rounds: 1, budgetMs: 60_000, at });
    const twice = await warmUpDialogue(countingDialogue(), { rounds: 2, budgetMs: 60_000, at });
    expect(once.turns).toBeGreaterThan(10);
    expect(twice.turns).toBe(once.turns * 2);
    expect(dialogue.seen).toContain('我不想活了，药都买好了');
  });

  it('stops at its time budget', async () => {
    const report = await warmUpDialogue(countingDialogue(), { rounds: 1000, budgetMs: 0, at });
    expect(report.turns).toBe(0);
  });

  it('ends a script whose decision fails, and never throws', async () => {
    const dialogue = countingDialogue('低保怎么申请');
    await expect(warmUpDialogue(dialogue, { rounds: 1, budgetMs: 60_000, at })).resolves.toBeDefined();
    // The script 你好 → 低保怎么申请 → 谢谢 ends at its failing turn; the next script still runs.
    expect(dialogue.seen.slice(0, 3)).toEqual(['你好', '低保怎么申请', '我想申请低保']);
  });

  it('at start decides its conversations, crisis included, and stores, queues and sends nothing', async () => {
    t = await startTestApp({ WARM_UP_MS: '10000' });
    const db = t.app.services.db;
    for (const table of [
      'conversations',
      'turns',
      'messages',
      'handoffs',
      'cases',
      'outbox',
      'conversation_events',
    ]) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, n: rows[0]?.n }).toEqual({ table, n: 0 });
    }
    // The first resident after the start is answered as usual.
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId: 'first-after-warm-up', text: '低保怎么申请', messageId: 'm1' },
    });
    expect(res.statusCode).toBe(200);
  });
});
