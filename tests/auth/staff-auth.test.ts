import { readFile, rm, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentScope } from '../../src/auth/department-scope.js';
import { hashSessionToken } from '../../src/auth/tokens.js';
import { FakeClock, tempDir } from '../helpers/test-app.js';
import { startAuthApp, type AuthTestApp } from './start-auth-app.js';

const ADMIN = { username: 'admin', password: 'first-admin-pass-1' };
const start = new Date('2026-03-02T02:00:00Z');

interface LoginBody {
  token: string;
  tokenType: string;
  expiresAt: string;
  user: { username: string; role: string; departmentCode: string | null };
}

describe('staff accounts and login', () => {
  let t: AuthTestApp;
  const clock = new FakeClock(start);
  beforeAll(async () => {
    t = await startAuthApp({ ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password }, clock);
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  const me = (token: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
  async function addUser(username: string, role: string, departmentCode?: string): Promise<void> {
    const result = await t.app.services.auth.createUser({
      username,
      displayName: '测试用户',
      role,
      departmentCode,
      password: `${username}-password`,
    });
    expect(result.ok).toBe(true);
  }

  it('logs the first admin in and gives a bearer token that works', async () => {
    const res = await login(ADMIN.username, ADMIN.password);
    expect(res.statusCode).toBe(200);
    const body = res.json<LoginBody>();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.tokenType).toBe('Bearer');
    expect(body.user).toMatchObject({ username: 'admin', role: 'admin', departmentCode: null });
    expect(new Date(body.expiresAt).getTime() - clock.now().getTime()).toBe(12 * 3_600_000);
    const who = await me(body.token);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ user: { username: 'admin', role: 'admin' } });
  });

  it('a wrong password gets 401 and no token; so does an unknown username, with the same answer', async () => {
    const wrong = await login(ADMIN.username, 'not-the-password', '10.0.0.1');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      error: { code: 'unauthorized', message: '用户名或密码不对，请再试一次。' },
    });
    expect(wrong.body).not.toContain('token');
    const unknown = await login('nobody', 'not-the-password', '10.0.0.1');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('usernames ignore case at login', async () => {
    expect((await login('ADMIN', ADMIN.password)).statusCode).toBe(200);
  });

  it('refuses staff routes without a token, or with a made-up one, in Chinese', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.json()).toEqual({ error: { code: 'unauthorized', message: '请先登录。' } });
    expect((await me('x'.repeat(43))).statusCode).toBe(401);
    const basic = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
    });
    expect(basic.statusCode).toBe(401);
  });

  it('a token stops working after logout, and other sessions keep working', async () => {
    const first = (await login(ADMIN.username, ADMIN.password)).json<LoginBody>().token;
    const second = (await login(ADMIN.username, ADMIN.password)).json<LoginBody>().token;
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { authorization: `Bearer ${first}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('an expired token is refused', async () => {
    const token = (await login(ADMIN.username, ADMIN.password)).json<LoginBody>().token;
    clock.advance(12 * 3_600_000 - 60_000);
    expect((await me(token)).statusCode).toBe(200);
    clock.advance(60_000);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('passwords are stored hashed, never in clear, and sessions only as a hash of the token', async () => {
    const token = (await login(ADMIN.username, ADMIN.password)).json<LoginBody>().token;
    const users = await t.app.services.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM staff_users',
    );
    expect(users.rows.length).toBeGreaterThan(0);
    for (const { password_hash } of users.rows) {
      expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(password_hash).not.toContain(ADMIN.password);
    }
    const sessions = await t.app.services.db.query<Record<string, unknown>>('SELECT * FROM staff_sessions');
    const stored = JSON.stringify(sessions.rows);
    expect(stored).not.toContain(token);
    expect(stored).toContain(hashSessionToken(token));
  });

  it('five wrong passwords are rate-limited, for that username from that address only, for 15 minutes', async () => {
    await addUser('zhang.san', 'operator');
    const from = '10.1.1.1';
    for (let i = 0; i < 5; i += 1)
      expect((await login('zhang.san', 'wrong-password', from)).statusCode).toBe(401);
    const limited = await login('zhang.san', 'zhang.san-password', from);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({
      error: { code: 'rate_limited', details: { retryAfterSeconds: 900 } },
    });
    expect(limited.json<{ error: { message: string } }>().error.message).toContain('15分钟后再试');
    expect(limited.headers['retry-after']).toBe('900');
    // Someone else at another desk is not locked out by the guesser.
    expect((await login('zhang.san', 'zhang.san-password', '10.2.2.2')).statusCode).toBe(200);
    clock.advance(15 * 60_000);
    expect((await login('zhang.san', 'zhang.san-password', from)).statusCode).toBe(200);
  });

  it("a department user's scope is its department; other roles have none", async () => {
    await addUser('li.si', 'department', 'civil_affairs');
    await addUser('wang.wu', 'volunteer');
    const res = await login('li.si', 'li.si-password');
    expect(res.json<LoginBody>().user).toMatchObject({ role: 'department', departmentCode: 'civil_affairs' });
    const dept = await t.app.services.auth.authenticate(res.json<LoginBody>().token);
    expect(dept && departmentScope(dept)).toBe('civil_affairs');
    const volunteer = await t.app.services.auth.authenticate(
      (await login('wang.wu', 'wang.wu-password')).json<LoginBody>().token,
    );
    expect(volunteer && departmentScope(volunteer)).toBeUndefined();
  });

  it('will not add a department user without a department, or a second user with the same name', async () => {
    const noDept = await t.app.services.auth.createUser({
      username: 'zhao.liu',
      displayName: '赵六',
      role: 'department',
      password: 'long-enough-password',
    });
    expect(noDept).toMatchObject({ ok: false, reason: 'invalid', problems: [{ field: 'departmentCode' }] });
    const again = await t.app.services.auth.createUser({
      username: 'Admin',
      displayName: '另一个',
      role: 'operator',
      password: 'long-enough-password',
    });
    expect(again).toMatchObject({ ok: false, reason: 'username_taken' });
  });

  it('describes login in the OpenAPI document under the auth tag with a bearer scheme', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, Record<string, { tags?: string[]; security?: unknown }>>;
      components: { securitySchemes: Record<string, unknown> };
    }>();
    expect(spec.paths['/api/v1/auth/login']?.post?.tags).toEqual(['auth']);
    expect(spec.paths['/api/v1/auth/me']?.get?.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
  });

  it('requireStaff lets in only the roles given, with the user and its scope on the request', async () => {
    await addUser('chen.qi', 'department', 'education');
    await addUser('vol', 'volunteer');
    const tokenOf = async (username: string, password: string) =>
      (await login(username, password)).json<LoginBody>().token;
    const get = async (token: string) =>
      t.app.inject({ method: 'GET', url: '/test/cases', headers: { authorization: `Bearer ${token}` } });

    const dept = await get(await tokenOf('chen.qi', 'chen.qi-password'));
    expect(dept.json()).toEqual({ username: 'chen.qi', scope: 'education' });
    const admin = await get(await tokenOf(ADMIN.username, ADMIN.password));
    expect(admin.json()).toEqual({ username: 'admin', scope: null });
    const volunteer = await get(await tokenOf('vol', 'vol-password'));
    expect(volunteer.statusCode).toBe(403);
    expect(volunteer.json()).toEqual({ error: { code: 'forbidden', message: '您没有权限查看这些内容。' } });
    expect((await t.app.inject({ method: 'GET', url: '/test/cases' })).statusCode).toBe(401);
  });

  it('never writes a password or a token to the log, even at trace level', async () => {
    await login(ADMIN.username, 'wrong-guess-123', '10.9.9.9');
    const token = (await login(ADMIN.username, ADMIN.password)).json<LoginBody>().token;
    await me(token);
    const logs = t.logs();
    expect(logs).toContain('staff login');
    expect(logs).toContain('login failed');
    expect(logs).not.toContain(ADMIN.password);
    expect(logs).not.toContain('wrong-guess-123');
    expect(logs).not.toContain(token);
  });
});

describe('the first admin', () => {
  it('is created from ADMIN_USERNAME/ADMIN_PASSWORD only when no user exists', async () => {
    const dataDir = await tempDir();
    try {
      const first = await startAuthApp({
        DATA_DIR: dataDir,
        ADMIN_USERNAME: 'chief',
        ADMIN_PASSWORD: 'chief-password-1',
      });
      await first.close();
      // A restart with other values must not add a second admin or change the first one's password.
      const second = await startAuthApp({
        DATA_DIR: dataDir,
        ADMIN_USERNAME: 'other',
        ADMIN_PASSWORD: 'other-password-1',
      });
      try {
        const login = (username: string, password: string) =>
          second.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
        expect((await login('chief', 'chief-password-1')).statusCode).toBe(200);
        expect((await login('other', 'other-password-1')).statusCode).toBe(401);
        const count = await second.app.services.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM staff_users',
        );
        expect(count.rows[0]?.n).toBe(1);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('without ADMIN_PASSWORD and without users, the console is usable: a first admin with a generated password in a file only this user can read', async () => {
    const t = await startAuthApp({});
    try {
      const admin = t.app.services.firstAdmin;
      expect(admin.kind).toBe('generated');
      if (admin.kind !== 'generated') return;
      const file = await readFile(admin.file, 'utf8');
      const password = file.split('\n')[0]!;
      expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect((await stat(admin.file)).mode & 0o077).toBe(0);
      // Never in the log.
      expect(t.logs()).not.toContain(password);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password },
      });
      expect(login.statusCode).toBe(200);
      const token = login.json<{ token: string }>().token;
      const changed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { authorization: `Bearer ${token}` },
        payload: { currentPassword: password, newPassword: 'a-better-admin-password' },
      });
      expect(changed.statusCode).toBe(204);
      // The generated password is no longer the admin's: its file is gone.
      await expect(stat(admin.file)).rejects.toThrow();
    } finally {
      await t.close();
    }
  });
});
