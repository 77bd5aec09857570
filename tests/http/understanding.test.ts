import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { RestResident } from '../helpers/rest-resident.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface Parsed {
  intent: { name: string; confidence: number };
  entities: { type: string; value: unknown }[];
  urgency: { level: string; reasons: string[] };
}

describe('understanding and policy answers over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const parse = async (text: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/nlu/parse', payload: { text } })).json<Parsed>();

  it('parses intent, entities and urgency with the contract shape', async () => {
    const id = fakeIdNumber('19491231', 2);
    const result = await parse(
      `我叫刘桂芬 身份证${id.toLowerCase()} 电话138-0013-8000 一家五口 月收入两千来块 想申请低保`,
    );
    expect(result.intent.name).toBe('apply');
    expect(result.entities).toEqual(
      expect.arrayContaining([
        { type: 'id_number', value: id, text: id.toLowerCase() },
        expect.objectContaining({ type: 'phone', value: '13800138000' }),
        expect.objectContaining({ type: 'household_size', value: 5 }),
        expect.objectContaining({ type: 'monthly_income', value: 2000 }),
        expect.objectContaining({ type: 'assistance_type', value: 'minimum_living' }),
      ]),
    );
  });

  it('reports an ID with a wrong check digit as invalid and never as an id_number', async () => {
    const result = await parse('身份证号110105194912310021');
    expect(result.entities).toContainEqual(
      expect.objectContaining({ type: 'invalid_id_number', value: true }),
    );
    expect(result.entities.some((e) => e.type === 'id_number')).toBe(false);
  });

  it.each([
    '想死你了',
    '我想了解救急难政策',
    '急！低保审批要多久',
    '新闻里说有人跳河',
    '饿了么优惠券',
    '我家猫不吃饭',
  ])('keeps the hard negative 「%s」 at urgency none', async (text) => {
    expect((await parse(text)).urgency.level).toBe('none');
  });

  it('marks a life-threatening message critical with reasons an operator can read', async () => {
    const result = await parse('我不想活了 药都准备好了');
    expect(result.urgency.level).toBe('critical');
    expect(result.urgency.reasons.length).toBeGreaterThan(0);
  });

  it('answers a critical message with the one number that fits it and marks the conversation', async () => {
    const resident = new RestResident(t.app, 'danger');
    const reply = await resident.say('邻居家老人晕倒在地上叫不醒');
    expect(reply.state.urgency).toBe('critical');
    // Illness: 120, never a generic list of every number.
    expect(resident.lastText).toContain('120');
    expect(resident.lastText).not.toContain('110');
    const fire = new RestResident(t.app, 'fire');
    await fire.say('楼下着火了 烟很大');
    expect(fire.lastText).toContain('119');
  });

  it('searches the policy documents with the contract shape', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/kb/search',
      payload: { query: '江阴哪个部门管就业救助', limit: 3 },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      answerable: boolean;
      results: { documentId: string; title: string; section: string; text: string; score: number }[];
    }>();
    expect(body.answerable).toBe(true);
    expect(body.results.length).toBeLessThanOrEqual(3);
    // The 江阴 document that names the department is among the first three, beside the programme card.
    const local = body.results.find((r) => r.documentId === 'jiangyin-2018-121');
    expect(local?.text).toContain('就业');
  });

  it('answers a policy question in the chat with a citation, and stores the resident feedback', async () => {
    const resident = new RestResident(t.app, 'policy');
    const answer = await resident.say('江阴哪个部门管就业救助');
    expect(resident.lastText).toContain('依据');
    // An answer about a programme ends with the way to it, then the feedback buttons.
    expect(answer.replies[0]?.quickReplies).toEqual(['现在申请', '有用', '没解决，转人工']);
    expect(resident.lastText).toContain('要不要现在帮您申请');
    await resident.say('有用');
    const { rows } = await t.app.services.db.query<{
      kind: string;
      detail: { helpful: boolean; documentIds: string[] };
    }>(
      "SELECT kind, detail FROM conversation_events WHERE conversation_id = $1 AND kind = 'answer_feedback'",
      [answer.conversationId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.detail).toMatchObject({ helpful: true });
    expect(rows[0]?.detail.documentIds).toContain('jiangyin-2018-121');
  });

  it('says honestly when the documents do not cover a question and offers a person', async () => {
    const resident = new RestResident(t.app, 'unknown');
    const reply = await resident.say('结婚登记需要什么材料');
    expect(resident.lastText).not.toContain('依据');
    expect(reply.replies.at(-1)?.quickReplies).toContain('转人工');
  });

  it('offers to apply under an answer about a programme, and 「现在申请」 starts that application', async () => {
    const resident = new RestResident(t.app, 'programme-apply');
    const answer = await resident.say('孩子上学家里困难有没有补助');
    const apply = answer.replies[0]?.buttons?.find((b) => b.label === '现在申请');
    expect(apply?.id).toBe('apply:education');
    const started = await resident.tap(apply!);
    expect(started.state.form?.type).toBe('education');
    expect(started.state.form?.stage).toBe('consent');
  });

  it('records a complaint and acknowledges it', async () => {
    const resident = new RestResident(t.app, 'complaint');
    const reply = await resident.say('你们窗口的人态度太差了 推来推去没人管');
    expect(reply.state.topic).toBe('complaint');
    const { rows } = await t.app.services.db.query(
      "SELECT 1 FROM conversation_events WHERE conversation_id = $1 AND kind = 'complaint'",
      [reply.conversationId],
    );
    expect(rows).toHaveLength(1);
  });
});
