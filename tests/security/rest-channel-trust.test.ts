import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const HOSPITAL_KEY = 'hospital-key-0123456789abcdef';
const HOTLINE_KEY = 'hotline-key-0123456789abcdef';

describe('the REST channel trusts only its integrations', () => {
  let keyed: TestApp;
  let open: TestApp;
  beforeAll(async () => {
    keyed = await startTestApp({ REST_API_KEYS: `12345=${HOTLINE_KEY},hospital=${HOSPITAL_KEY}` });
    open = await startTestApp();
  });
  afterAll(async () => {
    await keyed.close();
    await open.close();
  });

  const post = (t: TestApp, payload: object, key?: string, remoteAddress?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload,
      ...(key ? { headers: { authorization: `Bearer ${key}` } } : {}),
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  it('regression: the REST channel trusts any userId: without a key, or with a wrong one, nothing is answered', async () => {
    const none = await post(keyed, { userId: 'r1', text: '你好' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await post(keyed, { userId: 'r1', text: '你好' }, `${HOSPITAL_KEY}x`);
    expect(wrong.statusCode).toBe(401);
    const transcript = await keyed.app.inject({ method: 'GET', url: '/api/v1/messages?userId=r1' });
    expect(transcript.statusCode).toBe(401);
  });

  it("regression: the REST channel trusts any userId: one integration can never address another's residents", async () => {
    const byHospital = await post(keyed, { userId: 'resident-7', text: '我想申请低保' }, HOSPITAL_KEY);
    expect(byHospital.statusCode).toBe(200);
    const byHotline = await post(keyed, { userId: 'resident-7', text: '你好' }, HOTLINE_KEY);
    expect(byHotline.statusCode).toBe(200);
    expect(byHotline.json<{ conversationId: string }>().conversationId).not.toBe(
      byHospital.json<{ conversationId: string }>().conversationId,
    );
    // The hotline's view of "resident-7" holds none of what the hospital's resident said.
    const seen = await keyed.app.inject({
      method: 'GET',
      url: '/api/v1/messages?userId=resident-7',
      headers: { authorization: `Bearer ${HOTLINE_KEY}` },
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain('低保');
    // A userId written to look like another client's scope stays inside the caller's own.
    const forged = await post(keyed, { userId: 'hospital:resident-7', text: '你好' }, HOTLINE_KEY);
    expect(forged.json<{ conversationId: string }>().conversationId).not.toBe(
      byHospital.json<{ conversationId: string }>().conversationId,
    );
  });

  it('without REST_API_KEYS, answers this machine only, and refuses a request relayed by a local proxy', async () => {
    expect((await post(open, { userId: 'local-1', text: '你好' })).statusCode).toBe(200);
    const remote = await post(open, { userId: 'local-1', text: '你好' }, undefined, '203.0.113.9');
    expect(remote.statusCode).toBe(403);
    expect(remote.json<{ error: { message: string } }>().error.message).toContain('REST_API_KEYS');
    const relayed = await open.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId: 'local-1', text: '你好' },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(relayed.statusCode).toBe(403);
  });

  it('refuses a malformed REST_API_KEYS at boot without ever quoting a key', () => {
    const secret = 'short';
    let message = '';
    try {
      loadConfig({ REST_API_KEYS: `hospital=${secret},bad name=${HOSPITAL_KEY}` });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('REST_API_KEYS');
    expect(message).toContain('hospital');
    expect(message).not.toContain(secret);
    expect(message).not.toContain(HOSPITAL_KEY);
  });
});
