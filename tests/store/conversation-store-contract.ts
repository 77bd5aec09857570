import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/engine/conversation-state.js';
import type { ConversationStore, TurnCommit } from '../../src/engine/types.js';

const at = new Date('2026-03-02T02:00:00Z');

function commitFor(
  conversationId: string,
  expectedVersion: number,
  messageId: string,
  text: string,
): TurnCommit {
  const state = { ...initialState(), topic: 'greet', turnCount: expectedVersion + 1 };
  return {
    conversationId,
    expectedVersion,
    messageId,
    inbound: { text, at },
    actions: [
      { type: 'reply', text: `回复：${text}`, quickReplies: ['好的'] },
      { type: 'handoff', priority: 'normal', reasons: ['测试'] },
    ],
    stateAfter: state,
    at,
  };
}

/** The promises every ConversationStore keeps, run against each implementation. */
export function conversationStoreContract(
  name: string,
  open: () => Promise<{ store: ConversationStore; close: () => Promise<void> }>,
): void {
  describe(`conversation store contract: ${name}`, () => {
    it('creates one conversation per channel user and finds it again', async () => {
      const { store, close } = await open();
      try {
        const first = await store.getOrCreate('web', 'user-a', initialState(), at);
        const again = await store.getOrCreate('web', 'user-a', initialState(), at);
        const other = await store.getOrCreate('rest', 'user-a', initialState(), at);
        expect(again.id).toBe(first.id);
        expect(other.id).not.toBe(first.id);
        expect(first.version).toBe(0);
        expect((await store.get(first.id))?.userId).toBe('user-a');
        expect(await store.get('00000000-0000-0000-0000-000000000000')).toBeUndefined();
      } finally {
        await close();
      }
    });

    it('saves the state with the turn and its messages in one commit', async () => {
      const { store, close } = await open();
      try {
        const conversation = await store.getOrCreate('web', 'user-b', initialState(), at);
        expect(await store.commitTurn(commitFor(conversation.id, 0, 'm1', '你好'))).toBe('committed');
        const reread = await store.get(conversation.id);
        expect(reread?.version).toBe(1);
        expect(reread?.state.topic).toBe('greet');
        const transcript = await store.transcript(conversation.id, 10);
        expect(transcript.map((m) => [m.author, m.text])).toEqual([
          ['resident', '你好'],
          ['bot', '回复：你好'],
        ]);
        expect(transcript[1]?.quickReplies).toEqual(['好的']);
        expect((await store.findTurn(conversation.id, 'm1'))?.actions).toHaveLength(2);
      } finally {
        await close();
      }
    });

    it('refuses a retried messageId and writes nothing for it', async () => {
      const { store, close } = await open();
      try {
        const conversation = await store.getOrCreate('rest', 'user-c', initialState(), at);
        await store.commitTurn(commitFor(conversation.id, 0, 'same', '第一次'));
        expect(await store.commitTurn(commitFor(conversation.id, 1, 'same', '第二次'))).toBe(
          'duplicate_message',
        );
        expect((await store.get(conversation.id))?.version).toBe(1);
        expect(await store.transcript(conversation.id, 10)).toHaveLength(2);
      } finally {
        await close();
      }
    });

    it('refuses a turn based on a stale version and rolls it back whole', async () => {
      const { store, close } = await open();
      try {
        const conversation = await store.getOrCreate('rest', 'user-d', initialState(), at);
        await store.commitTurn(commitFor(conversation.id, 0, 'a', '一'));
        expect(await store.commitTurn(commitFor(conversation.id, 0, 'b', '二'))).toBe('version_conflict');
        expect(await store.findTurn(conversation.id, 'b')).toBeUndefined();
        expect(await store.transcript(conversation.id, 10)).toHaveLength(2);
      } finally {
        await close();
      }
    });

    it('returns the latest transcript entries oldest first', async () => {
      const { store, close } = await open();
      try {
        const conversation = await store.getOrCreate('web', 'user-e', initialState(), at);
        for (let i = 0; i < 4; i++)
          await store.commitTurn(commitFor(conversation.id, i, `m${i}`, `消息${i}`));
        const last = await store.transcript(conversation.id, 3);
        expect(last.map((m) => m.text)).toEqual(['回复：消息2', '消息3', '回复：消息3']);
      } finally {
        await close();
      }
    });
  });
}
