import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameClient } from '../helpers/ws-client.js';
import {
  bearer,
  OFFICE_TIME,
  openConsole,
  staffToken,
  startHandoffApp,
  WebResident,
  type HandoffTestApp,
} from './handoff-harness.js';

interface View {
  id: string;
  conversationId: string;
  priority: string;
  status: string;
  reasons: string[];
  overdue: boolean;
  stale: boolean;
  preview: string;
  caseNo: string | null;
  claimedBy: string | null;
}

const handoffFor =
  (conversationId: string, check: (h: View) => boolean = () => true) =>
  (frame: Record<string, unknown>) =>
    frame.type === 'handoff' &&
    (frame.handoff as View).conversationId === conversationId &&
    check(frame.handoff as View);

describe('green channel: queue, claims, takeover, SLA', () => {
  let t: HandoffTestApp;
  let operator: string;
  let console1: FrameClient;

  beforeAll(async () => {
    t = await startHandoffApp();
    operator = await staffToken(t.app, 'hotline-wang', 'operator', '王芳');
    console1 = await openConsole(t.wsUrl, operator);
  });
  afterAll(async () => {
    console1.close();
    await t.close();
  });

  const api = async (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

  async function queued(conversationId: string): Promise<View> {
    const res = await api('GET', '/api/v1/handoffs?status=open', operator);
    const found = res.json<{ handoffs: View[] }>().handoffs.find((h) => h.conversationId === conversationId);
    if (!found) throw new Error(`no open handoff for ${conversationId}`);
    return found;
  }

  async function restSay(userId: string, text: string) {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/messages', payload: { userId, text } });
    return res.json<{ conversationId: string; replies: { text: string }[] }>();
  }

  it('an urgent message mid-form reaches the console', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'midform-resident-0001');
    await resident.say('我想申请低保');
    await resident.say('同意');
    const replies = await resident.say('我不想活了');
    // The reply fits the danger: suicidal thoughts get the psychological assistance line and a person.
    expect(replies.join('\n')).toContain('12356');
    const event = await console1.next(handoffFor(resident.conversationId));
    expect(event.handoff).toMatchObject({ priority: 'critical', status: 'queued' });
    expect((event.handoff as View).reasons.length).toBeGreaterThan(0);
    resident.close();
  });

  it('after the safety reply the bot asks where the person is and a callback number, for the summary', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'safety-resident-0001');
    expect((await resident.say('我不想活了 药都准备好了')).join('')).toContain('您现在在哪里');
    expect((await resident.say('我在江阴市澄江街道幸福小区3栋')).join('')).toContain('电话');
    expect((await resident.say('13912345678')).join('')).toContain('给您打电话');
    const handoff = await queued(resident.conversationId);
    const detail = (await api('GET', `/api/v1/handoffs/${handoff.id}`, operator)).json<{
      summary: { location: string; phone: string; urgency: string };
      earlierCases: { caseNo: string }[];
    }>();
    // Masked in the console; the full number is one reveal with a reason away.
    expect(detail.summary).toMatchObject({ phone: '139****5678', urgency: 'critical' });
    const revealed = await api('POST', `/api/v1/handoffs/${handoff.id}/reveal`, operator, {
      field: 'phone',
      reason: '回拨居民',
    });
    expect(revealed.json()).toEqual({ field: 'phone', value: '13912345678' });
    expect(detail.summary.location).toContain('幸福小区');
    expect(detail.earlierCases.map((c) => c.caseNo)).toContain(handoff.caseNo);
    resident.close();
  });

  it('the case API lists the urgent case under ?urgent=true at once', async () => {
    const said = await restSay('urgent-case-0001', '我被打了，他还拿着刀');
    const handoff = await queued(said.conversationId);
    expect(handoff.caseNo).toMatch(/^\d{6}-\d{8}-\d{6}-\d$/);
    const res = await api('GET', '/api/v1/cases?urgent=true', operator);
    const urgent = res.json<{ cases: { caseNo: string; urgency: string }[] }>().cases;
    expect(urgent.find((c) => c.caseNo === handoff.caseNo)?.urgency).toBe('critical');
  });

  it('what the safety answers tell is written into the urgent case: the name, the place, the callback number', async () => {
    const said = await restSay(
      'urgent-contact-0001',
      '急 我外婆刚才在院子里摔倒了爬不起来 她一个人在家 我在外地上班',
    );
    const handoff = await queued(said.conversationId);
    await restSay('urgent-contact-0001', '外婆叫包桂兰 在璜土镇石庄村南头第二家');
    await restSay('urgent-contact-0001', '打我电话 13700004321');
    const res = await api('GET', `/api/v1/cases/${handoff.caseNo}`, operator);
    const stored = res.json<{
      applicant: { name: string | null; phone: string | null; address: string | null };
    }>();
    expect(stored.applicant.name).toBe('包桂兰');
    expect(stored.applicant.address).toContain('石庄村');
    expect(stored.applicant.phone).toMatch(/^137/);
  });

  it('a safety answer that tells of the danger again still writes its name and place into the urgent case', async () => {
    // The answer raises the case again in the same turn, so the case number is still a placeholder when the
    // contact is written: it must be resolved, not lost.
    const said = await restSay(
      'urgent-contact-0002',
      '我婆婆有老年痴呆 中午一个人出去了到现在天都黑了还没回来 外面零下好几度 手机也没带',
    );
    const handoff = await queued(said.conversationId);
    await restSay('urgent-contact-0002', '从云亭街道邹家村家里走出去的 婆婆叫卞秋芳 80岁');
    const res = await api('GET', `/api/v1/cases/${handoff.caseNo}`, operator);
    const stored = res.json<{ applicant: { name: string | null; address: string | null } }>();
    expect(stored.applicant.name).toBe('卞秋芳');
    expect(stored.applicant.address).toContain('邹家村');
  });

  it('a later request never lowers an open handoff, and its reasons are merged', async () => {
    const first = await restSay('raise-0001', '我不想活了');
    const before = await queued(first.conversationId);
    await restSay('raise-0001', '转人工');
    const after = await queued(first.conversationId);
    expect(after).toMatchObject({ id: before.id, priority: 'critical' });
    expect(after.reasons).toEqual([...before.reasons, '居民要求转人工']);
    const { rows } = await t.app.services.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM handoffs WHERE conversation_id = $1 AND status <> 'resolved'",
      [first.conversationId],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('exactly one of ten concurrent claims wins', async () => {
    const said = await restSay('claims-0001', '我不想活了');
    const handoff = await queued(said.conversationId);
    const tokens = await Promise.all(
      Array.from({ length: 10 }, (_, i) => staffToken(t.app, `claimer-${i}`, 'operator', `接线员${i}`)),
    );
    const results = await Promise.all(
      tokens.map((token) => api('POST', `/api/v1/handoffs/${handoff.id}/claim`, token)),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    const winner = results.find((r) => r.statusCode === 200)!.json<{ handoff: View }>().handoff;
    const loser = results
      .find((r) => r.statusCode === 409)!
      .json<{ error: { code: string; message: string } }>();
    expect(loser.error).toEqual({ code: 'conflict', message: `已被${winner.claimedBy}接手` });
  });

  it('a critical handoff unclaimed for 2 minutes alerts every console and is marked overdue', async () => {
    const second = await openConsole(t.wsUrl, await staffToken(t.app, 'hotline-li', 'operator', '李强'));
    const said = await restSay('sla-critical-0001', '我想跳楼');
    const handoff = await queued(said.conversationId);
    expect(handoff.priority).toBe('critical');
    t.clock.advance(119_000);
    await t.app.services.sla.checkSla(t.clock.now());
    expect((await queued(said.conversationId)).overdue).toBe(false);
    t.clock.advance(2_000);
    await t.app.services.sla.checkSla(t.clock.now());
    for (const client of [console1, second]) {
      const alert = await client.next((f) => f.type === 'alert' && f.handoffId === handoff.id);
      expect(alert.kind).toBe('critical_unclaimed');
    }
    expect((await queued(said.conversationId)).overdue).toBe(true);
    second.close();
  });

  it('a claimed handoff silent for 10 minutes is flagged', async () => {
    const said = await restSay('sla-silent-0001', '转人工');
    const handoff = await queued(said.conversationId);
    expect((await api('POST', `/api/v1/handoffs/${handoff.id}/claim`, operator)).statusCode).toBe(200);
    t.clock.advance(599_000);
    await t.app.services.sla.checkSla(t.clock.now());
    expect((await queued(said.conversationId)).stale).toBe(false);
    t.clock.advance(2_000);
    await t.app.services.sla.checkSla(t.clock.now());
    await console1.next(handoffFor(said.conversationId, (h) => h.stale));
    expect((await queued(said.conversationId)).stale).toBe(true);
    // An operator message clears the flag; the times stay for reporting.
    await api('POST', `/api/v1/handoffs/${handoff.id}/messages`, operator, {
      text: '您好，我是王芳，在的。',
    });
    expect((await queued(said.conversationId)).stale).toBe(false);
  });

  it('the bot stays silent while an operator holds the conversation, but urgency still raises the handoff', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'held-resident-0001');
    await resident.say('转人工');
    const handoff = await queued(resident.conversationId);
    expect(handoff.priority).toBe('normal');
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`, operator);
    expect(await resident.say('你好，有人吗')).toEqual([]);
    const heard = await console1.next(
      (f) =>
        f.type === 'message' &&
        f.handoffId === handoff.id &&
        (f.message as { text: string }).text === '你好，有人吗',
    );
    expect((heard.message as { author: string }).author).toBe('resident');
    expect(await resident.say('我不想活了')).toEqual([]);
    await console1.next(handoffFor(resident.conversationId, (h) => h.priority === 'critical'));
    expect((await queued(resident.conversationId)).status).toBe('claimed');
    resident.close();
  });

  it('an operator reply reaches the resident web chat socket, and handing back lets the bot answer again', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'takeover-resident-0001');
    await resident.say('转人工');
    const handoff = await queued(resident.conversationId);
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`, operator);
    const sent = await api('POST', `/api/v1/handoffs/${handoff.id}/messages`, operator, {
      text: '您好，我是热线的王芳，您慢慢说。',
    });
    expect(sent.statusCode).toBe(200);
    const push = await resident.client.next((f) => f.type === 'push');
    expect(push.message).toMatchObject({ author: 'operator', text: '您好，我是热线的王芳，您慢慢说。' });

    const other = await staffToken(t.app, 'hotline-zhao', 'operator', '赵敏');
    const foreign = await api('POST', `/api/v1/handoffs/${handoff.id}/messages`, other, { text: '插一句' });
    expect(foreign.statusCode).toBe(403);

    expect((await api('POST', `/api/v1/handoffs/${handoff.id}/release`, operator)).statusCode).toBe(200);
    const back = await resident.client.next((f) => f.type === 'push');
    expect((back.message as { author: string }).author).toBe('bot');
    const replies = await resident.say('低保怎么申请');
    expect(replies.length).toBeGreaterThan(0);
    resident.close();
  });

  it('resolve records the outcome on the case timeline', async () => {
    const said = await restSay('resolve-0001', '我爸晕倒了叫不醒');
    const handoff = await queued(said.conversationId);
    expect(handoff.caseNo).not.toBeNull();
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`, operator);
    const resolved = await api('POST', `/api/v1/handoffs/${handoff.id}/resolve`, operator, {
      outcome: 'dispatched_120',
      note: '已联系120，救护车已出发',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json<{ handoff: View }>().handoff.status).toBe('resolved');
    const res = await api('GET', `/api/v1/cases/${handoff.caseNo}`, operator);
    const timeline = res.json<{ timeline: { kind: string; note: string | null; actor: string }[] }>()
      .timeline;
    expect(timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['registered', 'handoff_claimed', 'handoff_resolved']),
    );
    expect(timeline.at(-1)).toMatchObject({
      note: '已联动120：已联系120，救护车已出发',
      actor: 'hotline-wang',
    });
    const closed = await api('GET', '/api/v1/handoffs?status=resolved', operator);
    expect(closed.json<{ handoffs: View[] }>().handoffs.map((h) => h.id)).toContain(handoff.id);
  });

  it('transferring creates the case and puts the handoff on its timeline', async () => {
    const said = await restSay('transfer-0001', '请工作人员联系我');
    const handoff = await queued(said.conversationId);
    expect(handoff.caseNo).toBeNull();
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`, operator);
    const resolved = await api('POST', `/api/v1/handoffs/${handoff.id}/resolve`, operator, {
      outcome: 'transferred',
      caseType: 'medical',
    });
    const caseNo = resolved.json<{ handoff: View }>().handoff.caseNo;
    expect(caseNo).not.toBeNull();
    const res = await api('GET', `/api/v1/cases/${caseNo}`, operator);
    expect(res.json<{ type: string; status: string }>()).toMatchObject({
      type: 'medical',
      status: 'transferred',
    });
  });

  it('a volunteer report in the chat creates a handoff and a case', async () => {
    const reporter = await WebResident.connect(t.wsUrl, 'reporter-resident-0001');
    expect((await reporter.say('我要报告困难群众')).join('')).toContain('需要帮助的是谁');
    await reporter.say('楼下独居的王奶奶，八十多岁');
    await reporter.say('幸福小区3栋1单元');
    await reporter.say('好几天没见她出门，敲门没人应');
    await reporter.say('很急，今天要处理');
    const filed = (await reporter.say('匿名')).join('\n');
    expect(filed).toMatch(/编号 \d{6}-\d{8}-\d{6}-\d/);
    const handoff = await queued(reporter.conversationId);
    // 「敲门没人应」 is heard as a possible collapse: the report goes in as critical, whatever the reporter chose.
    expect(handoff.priority).toBe('critical');
    expect(handoff.reasons).toContain('匿名上报困难群众');
    const detail = (await api('GET', `/api/v1/handoffs/${handoff.id}`, operator)).json<{
      summary: { name: string; location: string };
    }>();
    // Named as the reporter addresses her (round 22); who she is and her age stay in the report's subject.
    expect(detail.summary).toMatchObject({ name: '王奶奶' });
    expect(detail.summary.location).toContain('幸福小区');
    reporter.close();
  });

  it('a registered volunteer report carries the reporter identity and is trusted', async () => {
    const volunteer = await staffToken(t.app, 'grid-chen', 'volunteer', '陈网格');
    const res = await api('POST', '/api/v1/reports', volunteer, {
      subject: '独居老人张大爷',
      location: '东门村5组12号',
      situation: '腿摔伤了，家里没有吃的',
      urgency: 'high',
      reporterPhone: '13900001111',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ handoff: View; caseNo: string }>();
    expect(body.handoff.reasons).toEqual(['已登记志愿者陈网格上报']);
    await console1.next((f) => f.type === 'handoff' && (f.handoff as View).id === body.handoff.id);
    const record = await t.app.services.cases.get(body.caseNo);
    expect(record?.fields).toMatchObject({ reporter_name: '陈网格', reporter_trusted: '已登记志愿者' });
    expect(record?.urgency).toBe('high');
    const detail = (await api('GET', `/api/v1/handoffs/${body.handoff.id}`, operator)).json<{
      summary: { phone: string; location: string };
    }>();
    expect(detail.summary).toMatchObject({ phone: '139****1111', location: '东门村5组12号' });
    // A volunteer may report but not read the queue.
    expect((await api('GET', '/api/v1/handoffs', volunteer)).statusCode).toBe(403);
  });

  it('outside office hours the resident is told when a person will read it', async () => {
    // Sunday 29 November 2026, 22:00 in Beijing.
    t.clock.set(new Date('2026-11-29T14:00:00Z'));
    try {
      const said = await restSay('night-0001', '转人工');
      const text = said.replies.map((r) => r.text).join('\n');
      expect(text).toContain('下班时间');
      expect(text).toContain('11月30日（周一） 08:30');
      expect(text).toContain('12345');
    } finally {
      t.clock.set(OFFICE_TIME);
    }
    const day = await restSay('day-0001', '转人工');
    expect(day.replies.map((r) => r.text).join('\n')).not.toContain('下班时间');
  });

  it('resident text with HTML stays text in the API', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert("x")</script> 我不想活了';
    const said = await restSay('xss-0001', payload);
    const handoff = await queued(said.conversationId);
    expect(handoff.preview).toBe(payload.slice(0, 60));
    const detail = (await api('GET', `/api/v1/handoffs/${handoff.id}`, operator)).json<{
      transcript: { author: string; text: string }[];
    }>();
    expect(detail.transcript.find((m) => m.author === 'resident')?.text).toBe(payload);
  });

  it('refuses the console socket without a token or for other roles', async () => {
    const { FrameClient } = await import('../helpers/ws-client.js');
    const anonymous = await FrameClient.connect(`${t.wsUrl}/ws/console`);
    anonymous.send({ type: 'auth', token: 'not-a-token' });
    expect(await anonymous.next((f) => f.type === 'error')).toMatchObject({ code: 'unauthorized' });
    anonymous.close();
    const department = await staffToken(t.app, 'minzheng-1', 'department');
    const refused = await FrameClient.connect(`${t.wsUrl}/ws/console`);
    refused.send({ type: 'auth', token: department });
    expect(await refused.next((f) => f.type === 'error')).toMatchObject({ code: 'forbidden' });
    refused.close();
  });
});
