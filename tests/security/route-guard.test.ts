import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app as yimen } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { applyPieceByPiece } from '../helpers/apply-by-rest.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { RestResident } from '../helpers/rest-resident.js';
import { tempDir } from '../helpers/test-app.js';

/**
 * Routes anyone may call: the chat page and its files, the chat socket, health, the API documentation, the
 * console page and its script (the console logs in through its API), login itself, and the console socket
 * (which authenticates with its first frame). Anything else needs a staff token or an integration key.
 */
const PUBLIC = [
  /^\/$/,
  /^\/\*$/,
  /^\/ws\/chat$/,
  /^\/ws\/console$/,
  /^\/healthz$/,
  /^\/docs(\/.*)?$/,
  /^\/console\/?$/,
  /^\/console\.js(\.map)?$/,
  // The dashboard page and its bundle (its figures come from guarded /api/v1/oversight routes).
  /^\/console\/dashboard\/?$/,
  /^\/dashboard\.js(\.map)?$/,
  // The optional public page of anonymised aggregate figures (PUBLICITY_ENABLED).
  /^\/public(\/.*)?$/,
  /^\/api\/v1\/public\/figures$/,
  /^\/api\/v1\/auth\/login$/,
];
const GUARDS = ['requireStaffHandler', 'requireIntegrationHandler'];
const STRANGER = '203.0.113.77';
// Well-formed path parameters, so that the guard, not the parameter check, is what refuses the stranger.
const SAMPLE_PARAMS: Record<string, string> = {
  id: '00000000-0000-4000-8000-000000000000',
  caseNo: '320281-20260930-000001-0',
};

function guardsOf(route: RouteOptions): string[] {
  const hooks = [route.onRequest, route.preValidation, route.preHandler].flat().filter(Boolean);
  return hooks.map((hook) => (hook as { name: string }).name).filter((name) => GUARDS.includes(name));
}

describe('every route is guarded unless it is public', () => {
  let app: FastifyInstance;
  let dataDir: string;
  const routes: RouteOptions[] = [];
  beforeAll(async () => {
    dataDir = await tempDir();
    app = Fastify({ pluginTimeout: 600_000 });
    app.addHook('onRoute', (route) => {
      routes.push(route);
    });
    await app.register(yimen, {
      config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, EVENT_LOOP_LAG_LIMIT_MS: '10000' }),
    });
    await app.ready();
  }, 900_000);
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a route that is not public has a staff or integration guard, and refuses a stranger without one', async () => {
    expect(routes.length).toBeGreaterThan(15);
    const unguarded: string[] = [];
    for (const route of routes) {
      const methods = [route.method].flat();
      if (PUBLIC.some((pattern) => pattern.test(route.url))) continue;
      if (guardsOf(route).length === 0) unguarded.push(`${methods.join(',')} ${route.url}`);
      if (!methods.includes('GET')) continue;
      // Without a body, nothing stands before the guard: the stranger is refused outright.
      const res = await app.inject({
        method: 'GET',
        url: route.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => SAMPLE_PARAMS[name] ?? 'x'),
        remoteAddress: STRANGER,
      });
      expect([401, 403], `GET ${route.url}`).toContain(res.statusCode);
    }
    expect(unguarded).toEqual([]);
  });

  it('role checks: a department user reads only its own department, a volunteer only what it reported', async () => {
    const resident = new RestResident(app, 'roles-resident');
    const done = await applyPieceByPiece(resident, '我想申请低保', fakeIdNumber('19490801', 411));
    const caseNo = done.state.caseNo!;
    const record = await app.services.cases.get(caseNo);
    const users = {
      own: { role: 'department', departmentCode: record!.departmentCode },
      other: { role: 'department', departmentCode: 'other_department' },
      volunteer: { role: 'volunteer' },
      operator: { role: 'operator' },
    } as const;
    const tokens: Record<string, string> = {};
    for (const [name, spec] of Object.entries(users)) {
      const created = await app.services.auth.createUser({
        username: `roles-${name}`,
        displayName: '测试用户',
        password: `roles-${name}-password`,
        ...spec,
      });
      expect(created.ok).toBe(true);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `roles-${name}`, password: `roles-${name}-password` },
      });
      tokens[name] = login.json<{ token: string }>().token;
    }
    const get = (name: string, url: string) =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[name]}` } });

    expect((await get('own', `/api/v1/cases/${caseNo}`)).statusCode).toBe(200);
    expect((await get('operator', `/api/v1/cases/${caseNo}`)).statusCode).toBe(200);
    // Another department learns nothing, not even that the case exists.
    expect((await get('other', `/api/v1/cases/${caseNo}`)).statusCode).toBe(404);
    expect((await get('other', `/api/v1/cases/${caseNo}/events`)).statusCode).toBe(404);
    expect((await get('other', '/api/v1/cases')).body).not.toContain(caseNo);
    expect((await get('own', '/api/v1/cases')).body).toContain(caseNo);

    const report = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { authorization: `Bearer ${tokens.volunteer}` },
      payload: {
        subject: '独居老人赵大爷',
        location: '江阴市澄江街道人民路18号',
        situation: '几天没出门了，敲门没人应',
      },
    });
    expect(report.statusCode).toBe(201);
    expect(report.json<{ caseNo: string }>().caseNo).toMatch(/^320281-/);
    // A volunteer's own report comes back to it; the ledger and the queue do not.
    expect((await get('volunteer', `/api/v1/cases/${caseNo}`)).statusCode).toBe(403);
    expect((await get('volunteer', '/api/v1/cases')).statusCode).toBe(403);
    expect((await get('volunteer', '/api/v1/handoffs')).statusCode).toBe(403);
  });
});
