import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startHandoffApp, staffToken, WebResident, type HandoffTestApp } from './handoff-harness.js';

describe('volunteers and grid workers register once from the chat', () => {
  let t: HandoffTestApp;
  let operator: string;
  beforeAll(async () => {
    t = await startHandoffApp();
    operator = await staffToken(t.app, 'op-volunteers');
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers name, phone and community, and an operator verifies it so later reports are trusted', async () => {
    const grid = await WebResident.connect(t.wsUrl, 'grid-worker-0001');
    expect((await grid.say('我是网格员 想登记一下')).join('')).toContain('叫什么名字');
    await grid.say('周建华');
    expect((await grid.say('139 0000 2222')).join('')).toContain('哪个镇');
    expect((await grid.say('澄江街道五星社区第3网格')).join('')).toContain('登记好了');

    const pending = await t.app.inject({
      method: 'GET',
      url: '/api/v1/volunteers?status=pending',
      headers: bearer(operator),
    });
    const listed = pending.json<{
      volunteers: { id: string; name: string; phone: string; community: string }[];
    }>().volunteers;
    const mine = listed.find((v) => v.name === '周建华');
    expect(mine).toMatchObject({ phone: '139****2222', community: '澄江街道五星社区第3网格' });

    // Before verification a report is filed as an ordinary one.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/volunteers' })).statusCode).toBe(401);
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/volunteers/${mine!.id}/decision`,
      headers: bearer(operator),
      payload: { verified: true },
    });
    expect(decided.json()).toMatchObject({ volunteer: { status: 'verified', decidedBy: 'op-volunteers' } });

    await grid.say('我要报告困难群众');
    await grid.say('五星村的孤寡老人李大爷');
    await grid.say('五星村12组8号');
    await grid.say('腿脚不便 家里断粮两天了');
    await grid.say('比较急');
    const filed = (await grid.say('不用留了')).join('\n');
    const caseNo = /\d{6}-\d{8}-\d{6}-\d/.exec(filed)?.[0];
    expect(caseNo).toBeDefined();
    const record = await t.app.services.cases.get(caseNo!);
    expect(record?.fields).toMatchObject({
      report_source: '已核实的志愿者/网格员上报',
      reporter_name: '周建华',
      reporter_community: '澄江街道五星社区第3网格',
      reporter_phone: '13900002222',
      reporter_trusted: '已核实',
    });
    expect((await grid.say('我是网格员 想登记一下')).join('')).toContain('已经登记并核实过了');
    grid.close();
  });

  it('a volunteer cannot verify registrations', async () => {
    const volunteer = await staffToken(t.app, 'vol-no-rights', 'volunteer');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/volunteers', headers: bearer(volunteer) }))
        .statusCode,
    ).toBe(403);
  });
});
