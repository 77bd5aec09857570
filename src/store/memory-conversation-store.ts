/* eslint-disable @typescript-eslint/require-await -- the store contract is async; memory needs no awaiting */
import { randomUUID } from 'node:crypto';
import { redactIdentifiers } from '../identity/redact.js';
import type { ConversationRecord, ConversationStore, StoredTurn, TranscriptEntry } from '../engine/types.js';

/** An in-memory conversation store with the same contract as the SQL one, for engine unit tests. */
export function createMemoryConversationStore(): ConversationStore {
  const conversations = new Map<string, ConversationRecord>();
  const byUser = new Map<string, string>();
  const turns = new Map<string, StoredTurn>();
  const messages = new Map<string, TranscriptEntry[]>();
  let nextMessageId = 1;
  const clone = <T>(value: T): T => structuredClone(value);

  return {
    async getOrCreate(channel, userId, initial) {
      const key = `${channel}\u0000${userId}`;
      let id = byUser.get(key);
      if (id === undefined) {
        id = randomUUID();
        byUser.set(key, id);
        conversations.set(id, { id, channel, userId, state: clone(initial), version: 0 });
      }
      return clone(conversations.get(id)!);
    },
    async get(conversationId) {
      const found = conversations.get(conversationId);
      return found ? clone(found) : undefined;
    },
    async findTurn(conversationId, messageId) {
      const found = turns.get(`${conversationId}\u0000${messageId}`);
      return found ? clone(found) : undefined;
    },
    async commitTurn(commit) {
      const turnKey = `${commit.conversationId}\u0000${commit.messageId}`;
      if (turns.has(turnKey)) return 'duplicate_message';
      const conversation = conversations.get(commit.conversationId);
      if (!conversation || conversation.version !== commit.expectedVersion) return 'version_conflict';
      turns.set(turnKey, {
        actions: clone(commit.actions),
        state: clone(commit.stateAfter),
        at: new Date(commit.at),
      });
      conversation.state = clone(commit.stateAfter);
      conversation.version += 1;
      const list = messages.get(commit.conversationId) ?? [];
      list.push({
        id: String(nextMessageId++),
        author: 'resident',
        text: commit.inbound.text,
        at: commit.inbound.at.toISOString(),
      });
      for (const action of commit.actions) {
        if (action.type === 'redact_transcript') {
          for (const entry of list)
            if (entry.author === 'resident') entry.text = redactIdentifiers(entry.text);
        }
        if (action.type !== 'reply') continue;
        list.push({
          id: String(nextMessageId++),
          author: 'bot',
          text: action.text,
          ...(action.quickReplies ? { quickReplies: [...action.quickReplies] } : {}),
          at: commit.at.toISOString(),
        });
      }
      messages.set(commit.conversationId, list);
      return 'committed';
    },
    async appendMessage(conversationId, author, text, quickReplies, at) {
      const entry: TranscriptEntry = {
        id: String(nextMessageId++),
        author,
        text,
        ...(quickReplies ? { quickReplies: [...quickReplies] } : {}),
        at: at.toISOString(),
      };
      messages.set(conversationId, [...(messages.get(conversationId) ?? []), entry]);
      return clone(entry);
    },
    async transcript(conversationId, limit) {
      return clone((messages.get(conversationId) ?? []).slice(-limit));
    },
  };
}
