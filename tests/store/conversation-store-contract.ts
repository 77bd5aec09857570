import { describe, expect, it } from 'vitest';
import { planCase } from '../../src/cases/case-plan.js';
import { effectToken, type OutboundAction } from '../../src/engine/actions.js';
import { initialState, readState } from '../../src/engine/conversation-state.js';
import type { Inbound } from '../../src/engine/inbound.js';
import type { PublicState } from '../../src/engine/public-state.js';
import type { ConversationStore, TurnCommit } from '../../src/engine/types.js';
import { loadLocalities } from '../../src/localities/load-localities.js';
import type { SqlDatabase } from '../../src/store/sql.js';
import { createConversationRepository } from '../../src/store/conversation-repository.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { countRoundTrips } from '../helpers/round-trip-counter.js';

const at = new Date('2026-03-02T02:00:00Z');
const NONCE = 'abc123';
const localities = await loadLocalities({ dir: 'localities', logger: { warn: () => undefined } });

function publicState(turnCount: number): PublicState {
  return { topic: 'greet', urgency: 'none', turnCount, flow: null, expecting: [] };
}

function commitFor(
  conversationId: string,
  expectedVersion: number,
  messageId: string,
  text: string,
  actions: OutboundAction[] = [
    { type: 'reply', text: `回复：${text}`, buttons: [{ id: 'consent_yes', label: '好的' }] },
    { type: 'handoff', priority: 'normal', reasons: ['测试'] },
  ],
  userId = 'user',
): TurnCommit {
  const inbound: Inbound = { channel: 'web', userId, messageId, at, kind: 'text', text };
  return {
    conversationId,
    address: { channel: 'web', userId },
    expectedVersion,
    messageId,
    inbound,
    inboundHash: `hash-${messageId}`,
    actions,
    stateAfter: { ...initialState(), topic: 'greet', turnCount: expectedVersion + 1 },
    publicState: publicState(expectedVersion + 1),
    nonce: NONCE,
    at,
  };
}

function casePlan(userId: string, idNumber: string | null) {
  return planCase(
    {
      assistanceType: 'minimum_living',
      localityCode: '320281',
      conversationId: null,
      channel: 'web',
      userId,
      urgency: 'none',
      fields: {
        applicant_name: '王秀英',
        ...(idNumber ? { id_number: idNumber } : {}),
        phone: '13912345678',
      },
      at,
    },
    localities,
  );
}

/** The promises every ConversationStore keeps, run against each database. */
export function conversationStoreContract(
  name: string,
  open: () => Promise<{ store: ConversationStore; db: SqlDatabase; close: () => Promise<void> }>,
): void {
  describe(`conversation store contract: ${name}`, () => {
    it('creates one conversation per channel user and finds it again, with its queue status', async () => {
      const { store, close } = await open();
      try {
        const first = await store.getOrCreate({ channel: 'web', userId: 'user-a' }, at);
        const again = await store.getOrCreate({ channel: 'web', userId: 'user-a' }, at);
        const other = await store.getOrCreate({ channel: 'rest', userId: 'user-a' }, at);
        expect(again.id).toBe(first.id);
        expect(other.id).not.toBe(first.id);
        expect(first.version).toBe(0);
        expect(first.queue).toEqual({ open: false, heldBy: null });
        expect((await store.get(first.id))?.userId).toBe('user-a');
        expect(await store.get('00000000-0000-0000-0000-000000000000')).toBeUndefined();
      } finally {
        await close();
      }
    });

    it('saves the state with the turn, its messages, its records and its handoff in one commit', async () => {
      const { store, db, close } = await open();
      try {
        const conversation = await store.getOrCreate({ channel: 'web', userId: 'user-b' }, at);
        const outcome = await store.commitTurn(
          commitFor(conversation.id, 0, 'm1', '你好', [
            { type: 'reply', text: '回复：你好', buttons: [{ id: 'consent_yes', label: '好的' }] },
            { type: 'handoff', priority: 'high', reasons: ['测试'] },
            { type: 'record', kind: 'complaint', detail: { turn: 1 } },
          ]),
        );
        expect(outcome.status).toBe('committed');
        const reread = await store.get(conversation.id);
        expect(reread?.version).toBe(1);
        expect(readState(reread?.state).topic).toBe('greet');
        expect(reread?.queue.open).toBe(true);
        const transcript = await store.transcript(conversation.id, 10);
        expect(transcript.map((m) => [m.author, m.text])).toEqual([
          ['resident', '你好'],
          ['bot', '回复：你好'],
        ]);
        expect(transcript[1]?.buttons).toEqual([{ id: 'consent_yes', label: '好的' }]);
        const turn = await store.findTurn(conversation.id, 'm1');
        expect(turn?.actions).toEqual([
          { type: 'reply', text: '回复：你好', buttons: [{ id: 'consent_yes', label: '好的' }] },
        ]);
        expect(turn?.publicState.turnCount).toBe(1);
        expect(turn?.inboundHash).toBe('hash-m1');
        const events = await db.query<{ kind: string }>(
          'SELECT kind FROM conversation_events WHERE conversation_id = $1',
          [conversation.id],
        );
        expect(events.rows.map((r) => r.kind)).toEqual(['complaint']);
        const handoffs = await db.query<{ priority: string }>(
          'SELECT priority FROM handoffs WHERE conversation_id = $1',
          [conversation.id],
        );
        expect(handoffs.rows.map((r) => r.priority)).toEqual(['high']);
      } finally {
        await close();
      }
    });

    it('refuses a retried messageId and writes nothing for it', async () => {
      const { store, close } = await open();
      try {
        const conversation = await store.getOrCreate({ channel: 'rest', userId: 'user-c' }, at);
        await store.commitTurn(commitFor(conversation.id, 0, 'same', '第一次'));
        expect((await store.commitTurn(commitFor(conversation.id, 1, 'same', '第二次'))).status).toBe(
          'duplicate_message',
        );
        expect((await store.get(conversation.id))?.version).toBe(1);
        expect(await store.transcript(conversation.id, 10)).toHaveLength(2);
      } finally {
        await close();
      }
    });

    it('refuses a turn based on a stale version and rolls it back whole, its case included', async () => {
      const { store, db, close } = await open();
      try {
        const conversation = await store.getOrCreate({ channel: 'rest', userId: 'user-d' }, at);
        await store.commitTurn(commitFor(conversation.id, 0, 'a', '一'));
        const registering: OutboundAction[] = [
          {
            type: 'register_case',
            ref: 'case',
            plan: casePlan('user-d', null),
            onRegistered: [],
            onOwnDuplicate: [],
          },
        ];
        expect((await store.commitTurn(commitFor(conversation.id, 0, 'b', '二', registering))).status).toBe(
          'version_conflict',
        );
        expect(await store.findTurn(conversation.id, 'b')).toBeUndefined();
        expect(await store.transcript(conversation.id, 10)).toHaveLength(2);
        const cases = await db.query('SELECT case_no FROM cases WHERE user_id = $1', ['user-d']);
        expect(cases.rows).toHaveLength(0);
      } finally {
        await close();
      }
    });

    it('registers a case in the turn and puts its receipt number into the replies and the state', async () => {
      const { store, close } = await open();
      try {
        const conversation = await store.getOrCreate({ channel: 'web', userId: 'user-f' }, at);
        const token = effectToken(NONCE, 'case');
        const commit = commitFor(conversation.id, 0, 'r1', '确认提交', [
          {
            type: 'register_case',
            ref: 'case',
            plan: casePlan('user-f', fakeIdNumber('19560314', 201)),
            onRegistered: [{ type: 'reply', text: `回执号：${token}` }],
            onOwnDuplicate: [{ type: 'reply', text: `已有：${token}` }],
          },
        ]);
        commit.stateAfter.caseNo = token;
        const outcome = await store.commitTurn(commit);
        if (outcome.status !== 'committed') throw new Error(outcome.status);
        const reply = outcome.actions[0];
        expect(reply?.type === 'reply' && reply.text).toMatch(/^回执号：320281-20260302-\d{6}-\d$/);
        expect(outcome.state.caseNo).toMatch(/^320281-20260302-\d{6}-\d$/);
        const transcript = await store.transcript(conversation.id, 10);
        expect(transcript[1]?.text).toBe(reply?.type === 'reply' ? reply.text : '');
      } finally {
        await close();
      }
    });

    it('tells a resident their own open case instead of registering it twice, and never tells anyone else', async () => {
      const { store, db, close } = await open();
      try {
        const id = fakeIdNumber('19560314', 203);
        const register = (userId: string, messageId: string, version: number, conversationId: string) =>
          store.commitTurn(
            commitFor(
              conversationId,
              version,
              messageId,
              '确认提交',
              [
                {
                  type: 'register_case',
                  ref: 'case',
                  plan: casePlan(userId, id),
                  onRegistered: [{ type: 'reply', text: 'new' }],
                  onOwnDuplicate: [{ type: 'reply', text: `own ${effectToken(NONCE, 'case_status')}` }],
                },
              ],
              userId,
            ),
          );
        const owner = await store.getOrCreate({ channel: 'web', userId: 'owner' }, at);
        const stranger = await store.getOrCreate({ channel: 'web', userId: 'stranger' }, at);
        const first = await register('owner', 'o1', 0, owner.id);
        const again = await register('owner', 'o2', 1, owner.id);
        const other = await register('stranger', 's1', 0, stranger.id);
        expect(first.status === 'committed' && first.actions).toEqual([{ type: 'reply', text: 'new' }]);
        expect(again.status === 'committed' && again.actions).toEqual([
          { type: 'reply', text: 'own 已登记，等待转交经办部门' },
        ]);
        expect(other.status === 'committed' && other.actions).toEqual([{ type: 'reply', text: 'new' }]);
        const rows = await db.query<{ user_id: string; duplicate_of: string | null }>(
          'SELECT user_id, duplicate_of FROM cases WHERE id_number_hash = $1 ORDER BY user_id',
          [db.cipher.lookupHash(id)],
        );
        expect(rows.rows.map((r) => [r.user_id, r.duplicate_of === null])).toEqual([
          ['owner', true],
          ['stranger', false],
        ]);
      } finally {
        await close();
      }
    });

    it('flags one urgent case per person however many urgent messages arrive', async () => {
      const { store, db, close } = await open();
      try {
        const conversation = await store.getOrCreate({ channel: 'web', userId: 'urgent' }, at);
        let known: string | null = null;
        for (let i = 0; i < 3; i++) {
          const commit = commitFor(conversation.id, i, `u${i}`, '救命', [
            {
              type: 'flag_urgent',
              ref: 'urgent',
              level: i === 0 ? 'high' : 'critical',
              reasons: ['测试'],
              knownCaseNo: known,
              plan: {
                ...casePlan('urgent', null),
                conversationId: conversation.id,
                assistanceType: 'temporary',
              },
            },
            {
              type: 'handoff',
              priority: 'critical',
              reasons: ['测试'],
              caseNo: effectToken(NONCE, 'urgent'),
            },
          ]);
          commit.stateAfter.urgentCaseNo = effectToken(NONCE, 'urgent');
          const outcome = await store.commitTurn(commit);
          if (outcome.status !== 'committed') throw new Error(outcome.status);
          known = outcome.state.urgentCaseNo;
        }
        const cases = await db.query<{ case_no: string; urgency: string }>(
          'SELECT case_no, urgency FROM cases WHERE user_id = $1',
          ['urgent'],
        );
        expect(cases.rows).toHaveLength(1);
        expect(cases.rows[0]?.urgency).toBe('critical');
        const handoff = await db.query<{ case_no: string }>(
          'SELECT case_no FROM handoffs WHERE conversation_id = $1',
          [conversation.id],
        );
        expect(handoff.rows[0]?.case_no).toBe(cases.rows[0]?.case_no);
      } finally {
        await close();
      }
    });

    it('erases personal data from every table the conversation wrote to', async () => {
      const { store, db, close } = await open();
      try {
        const id = fakeIdNumber('19560314', 205);
        const conversation = await store.getOrCreate({ channel: 'web', userId: 'eraser' }, at);
        await store.commitTurn(
          commitFor(
            conversation.id,
            0,
            'e1',
            `我叫赵春花 身份证${id} 电话13912345678 住江阴市青阳镇里山村18号`,
            [
              { type: 'reply', text: '申请人姓名：赵春花\n居住地址：江阴市青阳镇里山村18号' },
              { type: 'record', kind: 'consent', detail: { note: '赵春花 13912345678' } },
            ],
          ),
        );
        await store.commitTurn(
          commitFor(conversation.id, 1, 'e2', '取消', [
            { type: 'reply', text: '已取消' },
            {
              type: 'erase_personal_data',
              values: ['赵春花', '江阴市青阳镇里山村18号', id, '13912345678'],
              reason: 'cancelled',
            },
          ]),
        );
        const dump = JSON.stringify(
          await Promise.all(
            ['conversations', 'turns', 'messages', 'conversation_events', 'handoffs', 'outbox', 'cases'].map(
              async (table) => (await db.query(`SELECT * FROM ${table}`)).rows,
            ),
          ),
        );
        for (const secret of [id, '13912345678', '赵春花', '里山村18号']) expect(dump).not.toContain(secret);
      } finally {
        await close();
      }
    });

    it('queues the replies of a turn whose channel answers through the outbox, in the same transaction', async () => {
      const { store, db, close } = await open();
      try {
        const conversation = await store.getOrCreate({ channel: 'web', userId: 'async' }, at);
        const commit = commitFor(conversation.id, 0, 'q1', '你好');
        commit.inbound = { ...commit.inbound, replyVia: 'outbox' };
        await store.commitTurn(commit);
        const queued = await db.query<{ status: string; payload: string }>(
          'SELECT status, payload FROM outbox WHERE conversation_id = $1',
          [conversation.id],
        );
        expect(
          queued.rows.map((r) => [r.status, db.cipher.openJson<{ text: string }>(r.payload).text]),
        ).toEqual([['pending', '回复：你好']]);
        // Sealed at rest: the stored payload does not hold the words.
        expect(queued.rows[0]?.payload).not.toContain('你好');
      } finally {
        await close();
      }
    });

    it('an ordinary turn of a known conversation costs two database round trips', async () => {
      const { db, close } = await open();
      try {
        const counting = countRoundTrips(db);
        const store = createConversationRepository(counting.db);
        const address = { channel: 'web', userId: 'counted' };
        await store.getOrCreate(address, at);
        counting.reset();
        const { conversation, stored } = await store.openTurn(address, 'n1', at);
        expect(stored).toBeUndefined();
        const outcome = await store.commitTurn(
          commitFor(
            conversation.id,
            conversation.version,
            'n1',
            '你好',
            [
              { type: 'reply', text: '您好' },
              { type: 'record', kind: 'complaint', detail: {} },
            ],
            'counted',
          ),
        );
        expect(outcome.status).toBe('committed');
        expect(counting.count()).toBe(2);
        const replay = await store.openTurn(address, 'n1', at);
        expect(replay.stored?.actions).toEqual([{ type: 'reply', text: '您好' }]);
      } finally {
        await close();
      }
    });

    it('writes the ordinary turns of many conversations arriving together in shared statements, each turn whole and alone', async () => {
      const { db, close } = await open();
      try {
        const counting = countRoundTrips(db);
        const store = createConversationRepository(counting.db);
        const users = Array.from({ length: 12 }, (_, i) => `together-${i}`);
        const conversations = [];
        for (const userId of users)
          conversations.push(await store.getOrCreate({ channel: 'web', userId }, at));
        // One turn already stored under the id another will reuse, and one conversation moved on meanwhile.
        const reused = conversations[3]!;
        await store.commitTurn(
          commitFor(
            reused.id,
            reused.version,
            'together',
            '早先',
            [{ type: 'reply', text: '早先的回复' }],
            users[3],
          ),
        );
        const stale = conversations[5]!;
        await store.commitTurn(
          commitFor(
            stale.id,
            stale.version,
            'earlier',
            '更早',
            [{ type: 'reply', text: '更早的回复' }],
            users[5],
          ),
        );
        counting.reset();
        const outcomes = await Promise.all(
          conversations.map(async (conversation, i) => {
            const opened = await store.openTurn({ channel: 'web', userId: users[i]! }, `together-${i}`, at);
            expect(opened.conversation.id).toBe(conversation.id);
            return store.commitTurn(
              commitFor(
                conversation.id,
                // The retried message comes with the version it would have read; the stale one with the old.
                i === 3 ? conversation.version + 1 : conversation.version,
                i === 3 ? 'together' : `together-${i}`,
                `一起${i}`,
                [
                  { type: 'reply', text: `第一句${i}` },
                  { type: 'reply', text: `第二句${i}` },
                  { type: 'record', kind: 'complaint', detail: { i } },
                ],
                users[i],
              ),
            );
          }),
        );
        expect(outcomes.map((o) => o.status)).toEqual(
          users.map((_, i) => (i === 3 ? 'duplicate_message' : i === 5 ? 'version_conflict' : 'committed')),
        );
        // Fewer statements than the 24 that one read and one write per turn would take, the failed batch's reruns included.
        expect(counting.count()).toBeLessThan(24);
        for (const [i, conversation] of conversations.entries()) {
          const texts = (await store.transcript(conversation.id, 10)).map((m) => m.text);
          if (i === 3) expect(texts).toEqual(['早先', '早先的回复']);
          else if (i === 5) expect(texts).toEqual(['更早', '更早的回复']);
          else expect(texts).toEqual([`一起${i}`, `第一句${i}`, `第二句${i}`]);
          const after = await store.get(conversation.id);
          expect(after?.version).toBe(conversation.version + 1);
          const events = await db.query<{ detail: unknown }>(
            `SELECT detail FROM conversation_events WHERE conversation_id = $1 AND kind = 'complaint'`,
            [conversation.id],
          );
          expect(events.rows.map((row) => row.detail)).toEqual(i === 3 || i === 5 ? [] : [{ i }]);
        }
      } finally {
        await close();
      }
    });

    it('returns the latest transcript entries oldest first', async () => {
      const { store, close } = await open();
      try {
        const conversation = await store.getOrCreate({ channel: 'web', userId: 'user-e' }, at);
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
