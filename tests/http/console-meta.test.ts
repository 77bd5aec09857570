import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMeta } from '../../src/handoff/console-meta.js';
import { OUTCOME_LABELS, RESOLVE_OUTCOMES } from '../../src/handoff/handoff-types.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('what the console reads from the server', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.app.services.auth.createUser({
      username: 'meta-op',
      displayName: '值班员',
      role: 'operator',
      password: 'operator-pass-9',
    });
    expect(created.ok).toBe(true);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'meta-op', password: 'operator-pass-9' },
    });
    token = login.json<{ token: string }>().token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the labels from their server homes and the locality hotlines, to logged-in staff only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/meta' })).statusCode).toBe(401);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/meta',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    const meta = response.json<ConsoleMeta>();
    // Labels come from the locality profile (localities/*.yaml), one entry per assistance type.
    const labels = Object.fromEntries(meta.assistanceTypes.map((a) => [a.code, a.label]));
    expect(Object.keys(labels)).toHaveLength(17);
    expect(labels).toMatchObject({ minimum_living: '最低生活保障（低保）', medical: '医疗救助' });
    expect(meta.assistanceTypes.find((a) => a.code === 'minimum_living')?.shortLabel).toBe('低保');
    expect(Object.fromEntries(meta.outcomes.map((o) => [o.code, o.label]))).toEqual(OUTCOME_LABELS);
    expect(meta.outcomes.filter((o) => o.choosable).map((o) => o.code)).toEqual([...RESOLVE_OUTCOMES]);
    expect(meta.caseStatuses.find((s) => s.code === 'completed')?.label).toBe('已办结');
    // Field labels come from forms/*.yaml: the common fields and each type's own.
    expect(meta.fieldLabels.id_number).toBe('身份证号');
    expect(meta.fieldLabels.illness).toBeTruthy();
    const { locality } = t.app.services;
    expect(meta.locality).toEqual({ code: locality.code, name: locality.name });
    expect(meta.hotlines.map((h) => h.number)).toEqual(locality.hotlines.map((h) => h.number));
    expect(meta.hotlines.map((h) => h.number)).toEqual(expect.arrayContaining(['110', '120']));
  });

  it('serves the console page and its bundle built from src/web/console/', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/console' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<script src="/console.js" type="module"></script>');
    const bundle = await t.app.inject({ method: 'GET', url: '/console.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    // Built, not copied: esbuild's output, and none of the server's label tables inside it.
    expect(bundle.body).toContain('sourceMappingURL=console.js.map');
    expect(bundle.body).not.toContain('最低生活保障（低保）');
    expect((await t.app.inject({ method: 'GET', url: '/console.js.map' })).statusCode).toBe(200);
  });
});
