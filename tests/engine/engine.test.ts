import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCase } from '../../src/cases/case-plan.js';
import type { initialState } from '../../src/engine/conversation-state.js';
import { readState } from '../../src/engine/conversation-state.js';
import type { Dialogue } from '../../src/engine/dialogue.js';
import { createEngine } from '../../src/engine/engine.js';
import type { Inbound } from '../../src/engine/inbound.js';
import { silentLogger } from '../../src/engine/logger.js';
import type { DecisionInput } from '../../src/engine/turn-context.js';
import type { ConversationStore } from '../../src/engine/types.js';
import { loadLocalities } from '../../src/localities/load-localities.js';
import { createConversationRepository } from '../../src/store/conversation-repository.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlDatabase } from '../../src/store/sql.js';
import { FakeClock } from '../helpers/test-app.js';
import { effectToken } from '../../src/engine/actions.js';

const clock = new FakeClock(new Date('2026-05-06T01:00:00Z'));
const localities = await loadLocalities({ dir: 'localities', logger: { warn: () => undefined } });
let db: SqlDatabase;
let store: ConversationStore;

beforeAll(async () => {
  db = await openDatabase({});
  store = createConversationRepository(db);
});
afterAll(async () => {
  await db.close();
});

let users = 0;
function residentId(): string {
  return `resident-${++users}`;
}

function inbound(userId: string, messageId: string, text: string): Inbound {
  return { channel: 'test', userId, messageId, at: clock.now(), kind: 'text', text };
}

function publicState(state: ReturnType<typeof initialState>) {
  return {
    topic: state.topic,
    urgency: state.urgency,
    turnCount: state.turnCount,
    flow: null,
    expecting: [],
  };
}

// Echoes the text and counts its calls, so tests can see whether a turn really ran.
function echoDialogue(): Dialogue & { calls: number } {
  const dialogue = {
    calls: 0,
    decide({ inbound: message, state }: DecisionInput) {
      dialogue.calls++;
      return Promise.resolve({
        kind: 'decided' as const,
        actions: [{ type: 'reply' as const, text: `收到：${message.text}` }],
        state: { ...state, topic: 'echo', turnCount: state.turnCount + 1 },
      });
    },
    failed: ({ state }: DecisionInput) => ({ actions: [{ type: 'reply' as const, text: '抱歉' }], state }),
    publicState,
  };
  return dialogue;
}

describe('engine', () => {
  it('answers a message and remembers it in the conversation state', async () => {
    const user = residentId();
    const engine = createEngine({ store, dialogue: echoDialogue(), clock, logger: silentLogger });
    const first = await engine.handle(inbound(user, 'm1', '你好'));
    expect(first.actions).toEqual([{ type: 'reply', text: '收到：你好' }]);
    expect(first.publicState.turnCount).toBe(1);
    const second = await engine.handle(inbound(user, 'm2', '在吗'));
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.publicState.turnCount).toBe(2);
    // The state holds no copy of the transcript: the messages live in the store only.
    const saved = await store.get(first.conversationId);
    expect(JSON.stringify(saved?.state)).not.toContain('在吗');
  });

  it('answers a retried messageId from the record without running a second turn', async () => {
    const user = residentId();
    const dialogue = echoDialogue();
    const engine = createEngine({ store, dialogue, clock, logger: silentLogger });
    const first = await engine.handle(inbound(user, 'same-id', '申请低保'));
    const retry = await engine.handle(inbound(user, 'same-id', '申请低保'));
    expect(dialogue.calls).toBe(1);
    expect(retry.replayed).toBe(true);
    expect(retry.actions).toEqual(first.actions);
    expect(retry.publicState.turnCount).toBe(1);
  });

  it('regression: a reused messageId with different words is refused, never silently replayed', async () => {
    const user = residentId();
    const dialogue = echoDialogue();
    const engine = createEngine({ store, dialogue, clock, logger: silentLogger });
    await engine.handle(inbound(user, 'reused', '你好'));
    await expect(engine.handle(inbound(user, 'reused', '我不想活了'))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(dialogue.calls).toBe(1);
  });

  it('runs concurrent messages of one conversation one after the other', async () => {
    const user = residentId();
    const engine = createEngine({ store, dialogue: echoDialogue(), clock, logger: silentLogger });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => engine.handle(inbound(user, `c${i}`, `第${i}条`))),
    );
    expect(results.map((r) => r.publicState.turnCount).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('a conflicting re-run registers one case: two instances deciding the same conversation at once', async () => {
    const user = residentId();
    // Each decision registers a case; two engines (two instances) race on the same conversation.
    const registering = (): Dialogue => ({
      async decide({ state, nonce, conversationId }: DecisionInput) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const plan = planCase(
          {
            assistanceType: 'temporary',
            localityCode: '320281',
            conversationId,
            channel: 'test',
            userId: user,
            urgency: 'none',
            fields: {},
            at: clock.now(),
          },
          localities,
        );
        return {
          kind: 'decided',
          actions: [
            {
              type: 'register_case',
              ref: 'case',
              plan,
              onRegistered: [{ type: 'reply', text: `回执号 ${effectToken(nonce, 'case')}` }],
              onOwnDuplicate: [],
            },
          ],
          state: { ...state, turnCount: state.turnCount + 1 },
        };
      },
      failed: ({ state }) => ({ actions: [], state }),
      publicState,
    });
    const a = createEngine({ store, dialogue: registering(), clock, logger: silentLogger });
    const b = createEngine({ store, dialogue: registering(), clock, logger: silentLogger });
    const message = inbound(user, 'submit', '确认提交');
    const [first, second] = await Promise.all([a.handle(message), b.handle(message)]);
    const cases = await db.query<{ case_no: string }>('SELECT case_no FROM cases WHERE user_id = $1', [user]);
    expect(cases.rows).toHaveLength(1);
    // Whichever instance lost the race answers from the record: the same receipt number.
    expect(first.actions).toEqual(second.actions);
    expect(JSON.stringify(first.actions)).toContain(cases.rows[0]!.case_no);
  });

  it('answers with an apology and a person when the dialogue fails, instead of losing the message', async () => {
    const user = residentId();
    const failing: Dialogue = {
      decide: () => Promise.reject(new Error('boom')),
      failed: ({ state }) => ({
        actions: [
          { type: 'reply', text: '抱歉，已转人工' },
          { type: 'handoff', priority: 'normal', reasons: ['机器人没能处理'] },
        ],
        state: { ...state, turnCount: state.turnCount + 1 },
      }),
      publicState,
    };
    const engine = createEngine({ store, dialogue: failing, clock, logger: silentLogger });
    const result = await engine.handle(inbound(user, 'x', '你好'));
    expect(result.actions[0]).toEqual({ type: 'reply', text: '抱歉，已转人工' });
    const conversation = await store.get(result.conversationId);
    expect(conversation?.queue.open).toBe(true);
    expect(readState(conversation?.state).turnCount).toBe(1);
  });

  it('refuses new turns while draining and finishes the one in flight', async () => {
    const user = residentId();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Dialogue = {
      async decide({ state }) {
        await gate;
        return { kind: 'decided', actions: [{ type: 'reply', text: '好的' }], state };
      },
      failed: ({ state }) => ({ actions: [], state }),
      publicState,
    };
    const engine = createEngine({ store, dialogue: slow, clock, logger: silentLogger });
    const inFlight = engine.handle(inbound(user, 'slow', '你好'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const drained = engine.drain();
    await expect(engine.handle(inbound(user, 'late', '还在吗'))).rejects.toMatchObject({
      code: 'unavailable',
    });
    release();
    await drained;
    await expect(inFlight).resolves.toMatchObject({ replayed: false });
  });
});
