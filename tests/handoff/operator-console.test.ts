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
  caseNo: string | null;
  riskCategory: string | null;
  residentWarnings: number;
  unanswered: number;
  who: string | null;
  place: string | null;
  claimedById: string | null;
  departmentCode: string | null;
  followUpDueAt: string | null;
}

interface Detail {
  handoff: View;
  summary: { phone: string | null; location: string | null; personAtRisk: string | null };
  notes: { kind: string; text: string; author: string | null }[];
  transcript: { author: string; text: string }[];
}

describe('the operator console: nobody falls silent, hand back is not resolve, tools of the trade', () => {
  let t: HandoffTestApp;
  let operator: string;
  let colleague: string;
  let colleagueId: string;
  let desk: FrameClient;

  beforeAll(async () => {
    t = await startHandoffApp();
    operator = await staffToken(t.app, 'desk-zhou', 'operator', '周敏');
    colleague = await staffToken(t.app, 'desk-sun', 'operator', '孙立');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(colleague) });
    colleagueId = me.json<{ user: { id: string } }>().user.id;
    desk = await openConsole(t.wsUrl, operator);
  });
  afterAll(async () => {
    desk.close();
    await t.close();
  });

  const api = async (method: 'GET' | 'POST', url: string, token = operator, payload?: object) =>
    t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

  async function openOf(conversationId: string): Promise<View> {
    const res = await api('GET', '/api/v1/handoffs?status=open');
    const found = res.json<{ handoffs: View[] }>().handoffs.find((h) => h.conversationId === conversationId);
    if (!found) throw new Error(`no open handoff for ${conversationId}`);
    return found;
  }

  const detail = async (id: string): Promise<Detail> =>
    (await api('GET', `/api/v1/handoffs/${id}`)).json<Detail>();

  it('a critical request left unclaimed past the SLA tells the resident what to do now, and again later', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'unclaimed-resident-0001');
    await resident.say('我不想活了');
    const handoff = await openOf(resident.conversationId);
    expect(handoff.riskCategory).toBe('suicide_active');
    t.clock.advance(121_000);
    await t.app.services.sla.checkSla(t.clock.now());
    const first = await resident.client.next((f) => f.type === 'push');
    const text = (first.message as { text: string }).text;
    expect(text).toContain('还没有工作人员接手');
    expect(text).toContain('12356');
    expect(text).toContain('2分钟');
    // A second check at once does not repeat it; after the interval it comes again.
    await t.app.services.sla.checkSla(t.clock.now());
    expect((await openOf(resident.conversationId)).residentWarnings).toBe(1);
    t.clock.advance(301_000);
    await t.app.services.sla.checkSla(t.clock.now());
    const again = await resident.client.next((f) => f.type === 'push');
    expect((again.message as { text: string }).text).toContain('我们没有忘记您');
    expect((await openOf(resident.conversationId)).residentWarnings).toBe(2);
    const log = await detail(handoff.id);
    expect(log.notes.filter((n) => n.kind === 'resident_warned')).toHaveLength(2);
    t.clock.set(OFFICE_TIME);
    resident.close();
  });

  it('a fire names 119 and violence names 110 in the warning', async () => {
    for (const [userId, words, number] of [
      ['unclaimed-fire-01', '家里着火了，人被困在里面', '119'],
      ['unclaimed-hit-001', '他拿着刀要砍我', '110'],
    ] as const) {
      const resident = await WebResident.connect(t.wsUrl, userId);
      await resident.say(words);
      t.clock.advance(125_000);
      await t.app.services.sla.checkSla(t.clock.now());
      const push = await resident.client.next((f) => f.type === 'push');
      expect((push.message as { text: string }).text).toContain(number);
      t.clock.set(OFFICE_TIME);
      resident.close();
    }
  });

  it('while held the resident’s messages wait as unanswered; after a hand back the bot answers them and the handoff stays open', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'handback-resident-0001');
    await resident.say('我不想活了');
    const handoff = await openOf(resident.conversationId);
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`);
    t.clock.advance(5_000);
    expect(await resident.say('低保怎么申请')).toEqual([]);
    expect((await openOf(resident.conversationId)).unanswered).toBe(1);
    const released = await api('POST', `/api/v1/handoffs/${handoff.id}/release`);
    expect(released.json<{ handoff: View }>().handoff).toMatchObject({ status: 'follow_up' });
    expect(released.json<{ handoff: View }>().handoff.followUpDueAt).not.toBeNull();
    // The hand-back line, then the bot's answer to what was left unanswered, both pushed.
    await resident.client.next(
      (f) => f.type === 'push' && (f.message as { text: string }).text.includes('交回'),
    );
    const answer = await resident.client.next((f) => f.type === 'push');
    // The safety questions come first for a person in danger; either way the bot answered.
    expect(answer.message).toMatchObject({ author: 'bot' });
    expect((answer.message as { text: string }).text).not.toContain('交回');
    const transcript = (await detail(handoff.id)).transcript;
    expect(transcript.filter((m) => m.author === 'resident' && m.text === '低保怎么申请')).toHaveLength(1);
    // Still open, for follow-up; a critical one closes only with a note.
    expect((await openOf(resident.conversationId)).status).toBe('follow_up');
    const bare = await api('POST', `/api/v1/handoffs/${handoff.id}/resolve`, operator, {
      outcome: 'referred_12356',
    });
    expect(bare.statusCode).toBe(400);
    const closed = await api('POST', `/api/v1/handoffs/${handoff.id}/resolve`, operator, {
      outcome: 'referred_12356',
      note: '已回电，已转介12356，明天再回访',
    });
    expect(closed.json<{ handoff: View & { outcome: string } }>().handoff).toMatchObject({
      status: 'resolved',
      outcome: 'referred_12356',
    });
    t.clock.set(OFFICE_TIME);
    resident.close();
  });

  it('a follow-up due reminds the consoles', async () => {
    const said = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId: 'followup-0001', text: '转人工' },
    });
    const handoff = await openOf(said.json<{ conversationId: string }>().conversationId);
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`);
    await api('POST', `/api/v1/handoffs/${handoff.id}/release`);
    t.clock.advance(86_401_000);
    await t.app.services.sla.checkSla(t.clock.now());
    const alert = await desk.next((f) => f.type === 'alert' && f.handoffId === handoff.id);
    expect(alert.kind).toBe('follow_up_due');
    t.clock.set(OFFICE_TIME);
  });

  it('the summary follows the resident: a number given later replaces 未留电话, the person at risk is the one in danger', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'summary-resident-0001');
    await resident.say('我是他儿子，我爸晕倒了叫不醒');
    const handoff = await openOf(resident.conversationId);
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`);
    let summary = (await detail(handoff.id)).summary;
    expect(summary.personAtRisk).toBe('求助者的父亲');
    expect(summary.phone).toBeNull();
    await resident.say('我的电话是 139 0000 1234，在江阴市澄江街道幸福小区5栋');
    summary = (await detail(handoff.id)).summary;
    // Masked in the console; revealing it is a logged action with a reason.
    expect(summary.phone).toBe('139****1234');
    expect(summary.location).toContain('幸福小区');
    const row = await openOf(resident.conversationId);
    expect(row).toMatchObject({ who: '求助者的父亲', riskCategory: 'medical_emergency' });
    expect(row.place).toContain('幸福小区');

    // Search by phone digits and by receipt number finds it; a filter by category too.
    const byPhone = await api('GET', '/api/v1/handoffs?status=open&q=00001234');
    expect(byPhone.json<{ handoffs: View[] }>().handoffs.map((h) => h.id)).toEqual([handoff.id]);
    const byCase = await api('GET', `/api/v1/handoffs?status=claimed&q=${handoff.caseNo}`);
    expect(byCase.json<{ handoffs: View[] }>().handoffs.map((h) => h.id)).toEqual([handoff.id]);
    const byCategory = await api(
      'GET',
      '/api/v1/handoffs?status=open&category=medical_emergency&priority=critical',
    );
    expect(byCategory.json<{ handoffs: View[] }>().handoffs.map((h) => h.id)).toContain(handoff.id);
    const none = await api('GET', '/api/v1/handoffs?status=queued&q=00001234');
    expect(none.json<{ handoffs: View[] }>().handoffs).toEqual([]);
    resident.close();
  });

  it('notes stay internal; a transfer to a colleague moves the conversation with its reason; a department transfer moves the case', async () => {
    const resident = await WebResident.connect(t.wsUrl, 'tools-resident-0001');
    await resident.say('家里断粮了，孩子饿了两天');
    const handoff = await openOf(resident.conversationId);
    await api('POST', `/api/v1/handoffs/${handoff.id}/claim`);
    const note = await api('POST', `/api/v1/handoffs/${handoff.id}/notes`, operator, {
      text: '邻居说家里还有老人',
    });
    expect(note.statusCode).toBe(201);
    await desk.next((f) => f.type === 'note' && f.handoffId === handoff.id);

    // The canned replies are searchable and filled for this conversation.
    const canned = await api(
      'GET',
      `/api/v1/handoffs/${handoff.id}/canned-replies?q=${encodeURIComponent('问候')}`,
    );
    const greeting = canned.json<{ replies: { id: string; text: string }[] }>().replies[0];
    expect(greeting?.id).toBe('greeting');
    expect(greeting?.text).toContain('周敏');
    expect(greeting?.text).not.toContain('{');

    const refused = await api('POST', `/api/v1/handoffs/${handoff.id}/transfer`, colleague, {
      toUserId: colleagueId,
      reason: '想要过来',
    });
    expect(refused.statusCode).toBe(403);
    const passed = await api('POST', `/api/v1/handoffs/${handoff.id}/transfer`, operator, {
      toUserId: colleagueId,
      reason: '孙立熟悉这个村',
    });
    expect(passed.json<{ handoff: View }>().handoff.claimedById).toBe(colleagueId);
    const told = await desk.next((f) => f.type === 'transfer' && f.handoffId === handoff.id);
    expect(told).toMatchObject({ toUserId: colleagueId, reason: '孙立熟悉这个村', fromName: '周敏' });

    const moved = await api('POST', `/api/v1/handoffs/${handoff.id}/transfer`, colleague, {
      departmentCode: 'civil_affairs',
      reason: '需要临时救助，民政局办理',
      caseType: 'temporary',
    });
    expect(moved.json<{ handoff: View }>().handoff.departmentCode).toBe('civil_affairs');
    const record = await t.app.services.cases.get(moved.json<{ handoff: View }>().handoff.caseNo!);
    expect(record).toMatchObject({ departmentCode: 'civil_affairs', status: 'transferred' });
    const notes = (await detail(handoff.id)).notes.map((n) => n.text);
    expect(notes).toEqual(expect.arrayContaining(['邻居说家里还有老人', '转给孙立：孙立熟悉这个村']));
    // The resident saw none of it.
    const transcript = (await detail(handoff.id)).transcript.map((m) => m.text).join('\n');
    expect(transcript).not.toContain('邻居说家里还有老人');

    // Resolving with another assistance type puts the case on it.
    const resolved = await api('POST', `/api/v1/handoffs/${handoff.id}/resolve`, colleague, {
      outcome: 'transferred',
      note: '已转民政，并申请教育救助',
      caseType: 'education',
    });
    expect(resolved.statusCode).toBe(200);
    expect((await t.app.services.cases.get(handoff.caseNo!))?.assistanceType).toBe('education');
    resident.close();
  });

  it('the safety reply promises only what the locality declares: a reply in the chat or a call in office hours, nothing at night', async () => {
    const day = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId: 'promise-day-01', text: '我被打了，他还拿着刀' },
    });
    const dayText = day
      .json<{ replies: { text: string }[] }>()
      .replies.map((r) => r.text)
      .join('\n');
    expect(dayText).toContain('江阴市社会救助中心的值班工作人员');
    expect(dayText).not.toContain('12345政务服务便民热线的工作人员');
    expect(dayText).not.toContain('{staffPromise}');
    t.clock.set(new Date('2026-11-29T14:00:00Z'));
    try {
      const night = await t.app.inject({
        method: 'POST',
        url: '/api/v1/messages',
        payload: { userId: 'promise-night-1', text: '我被打了，他还拿着刀' },
      });
      const nightText = night
        .json<{ replies: { text: string }[] }>()
        .replies.map((r) => r.text)
        .join('\n');
      expect(nightText).toContain('下班时间');
      expect(nightText).toContain('110');
      expect(nightText).not.toContain('尽快在这里回复您');
    } finally {
      t.clock.set(OFFICE_TIME);
    }
  });
});
