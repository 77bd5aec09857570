import { describe, expect, it } from 'vitest';
import type { Dialogue } from '../../src/engine/dialogue.js';
import { initialState } from '../../src/engine/conversation-state.js';
import { createEngine } from '../../src/engine/engine.js';
import { silentLogger } from '../../src/engine/logger.js';
import type { Inbound } from '../../src/engine/types.js';
import { createMemoryConversationStore } from '../../src/store/memory-conversation-store.js';
import { FakeClock } from '../helpers/test-app.js';

const clock = new FakeClock(new Date('2026-05-06T01:00:00Z'));

function inbound(messageId: string, text: string, userId = 'resident-1'): Inbound {
  return { channel: 'test', userId, messageId, text, at: clock.now() };
}

// Echoes the text and counts its calls, so tests can see whether a turn really ran.
function echoDialogue(): Dialogue & { calls: number } {
  const dialogue = {
    calls: 0,
    respond({ inbound: message, state }: Parameters<Dialogue['respond']>[0]) {
      dialogue.calls++;
      return Promise.resolve({
        actions: [{ type: 'reply' as const, text: `收到：${message.text}` }],
        state: { ...state, topic: 'echo' },
      });
    },
  };
  return dialogue;
}

describe('engine', () => {
  it('answers a message and remembers it in the conversation state', async () => {
    const store = createMemoryConversationStore();
    const engine = createEngine({ store, dialogue: echoDialogue(), clock, logger: silentLogger });
    const first = await engine.handle(inbound('m1', '你好'));
    expect(first.actions).toEqual([{ type: 'reply', text: '收到：你好' }]);
    expect(first.state.turnCount).toBe(1);
    expect(first.state.history.map((h) => h.author)).toEqual(['resident', 'bot']);
    const second = await engine.handle(inbound('m2', '在吗'));
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.state.turnCount).toBe(2);
    expect(second.state.history).toHaveLength(4);
  });

  it('answers a retried messageId from the record without running a second turn', async () => {
    const dialogue = echoDialogue();
    const engine = createEngine({
      store: createMemoryConversationStore(),
      dialogue,
      clock,
      logger: silentLogger,
    });
    const first = await engine.handle(inbound('same-id', '申请低保'));
    const retry = await engine.handle(inbound('same-id', '申请低保'));
    expect(dialogue.calls).toBe(1);
    expect(retry.replayed).toBe(true);
    expect(retry.actions).toEqual(first.actions);
    expect(retry.state.turnCount).toBe(1);
  });

  it('runs concurrent messages of one conversation one after the other', async () => {
    const engine = createEngine({
      store: createMemoryConversationStore(),
      dialogue: echoDialogue(),
      clock,
      logger: silentLogger,
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => engine.handle(inbound(`c${i}`, `第${i}条`))),
    );
    expect(results.map((r) => r.state.turnCount).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('keeps only the recent history in the state', async () => {
    const engine = createEngine({
      store: createMemoryConversationStore(),
      dialogue: echoDialogue(),
      clock,
      logger: silentLogger,
    });
    let last: Awaited<ReturnType<typeof engine.handle>> | undefined;
    for (let i = 0; i < 15; i++) last = await engine.handle(inbound(`h${i}`, `消息${i}`));
    expect(last!.state.history).toHaveLength(20);
    expect(last!.state.history.at(-2)?.text).toBe('消息14');
  });

  it('refuses new turns while draining and finishes the one in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Dialogue = {
      async respond({ state }) {
        await gate;
        return { actions: [{ type: 'reply', text: '好的' }], state };
      },
    };
    const engine = createEngine({
      store: createMemoryConversationStore(),
      dialogue: slow,
      clock,
      logger: silentLogger,
    });
    const inFlight = engine.handle(inbound('slow', '你好'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const drained = engine.drain();
    await expect(engine.handle(inbound('late', '还在吗'))).rejects.toMatchObject({ code: 'unavailable' });
    release();
    await drained;
    await expect(inFlight).resolves.toMatchObject({ replayed: false });
  });

  it('does not save the turn when the dialogue fails', async () => {
    const store = createMemoryConversationStore();
    const failing: Dialogue = { respond: () => Promise.reject(new Error('boom')) };
    const engine = createEngine({ store, dialogue: failing, clock, logger: silentLogger });
    await expect(engine.handle(inbound('x', '你好'))).rejects.toThrow('boom');
    const conversation = await store.getOrCreate('test', 'resident-1', initialState(), clock.now());
    expect(conversation.version).toBe(0);
    expect(await store.transcript(conversation.id, 10)).toEqual([]);
  });
});
