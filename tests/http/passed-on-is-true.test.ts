// What the bot says about passing a message on must be true: a reply that says the message went to the staff
// (「我已把情况转给工作人员」「已经看到您的消息」) comes only with a handoff in the queue. Found in round 22: a message the
// classifier took for an emergency at low confidence, with no danger heard (「我男人上个月在工地上」, half of a story
// cut in two), got 「我已把情况转给工作人员」 with nothing queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Words that tell the resident their message has reached a person.
const SAYS_PASSED_ON =
  /已(?:经)?(?:把[^，。]{0,8})?(?:转给|转交给|通知)(?:了)?(?:值班)?工作人员|工作人员已经看到/u;

describe('a message said to be passed on is in the queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['cut-1', '我男人上个月在工地上'],
    ['cut-2', '我妈她今天早上'],
    ['story', '我老公前年出了事 家里就剩我和两个娃'],
    ['danger', '我爸从梯子上摔下来了 头在流血 叫不醒'],
    ['wish', '不想活了'],
  ])('%s: 「%s」', async (userId, text) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId, text, messageId: `${userId}-1` },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ conversationId: string; replies: { text: string }[] }>();
    const said = body.replies.map((r) => r.text).join('\n');
    const queued = await t.app.services.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM handoffs WHERE conversation_id = $1',
      [body.conversationId],
    );
    if (SAYS_PASSED_ON.test(said)) expect(queued.rows[0]?.n).toBeGreaterThan(0);
  });
});
