import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError, toErrorBody } from '../../src/errors.js';
import { registerRateLimits } from '../../src/net/rate-limits.js';
import { freePort } from '../helpers/server-process.js';

// The Redis the machine runs for CI (README: Testing); the key space is namespaced per test run.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

/** One "instance": the real rate limits on a bare Fastify with a route that counts a resident's message. */
async function instance(env: Record<string, string>): Promise<FastifyInstance> {
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_EXEMPT_LOOPBACK: 'false', ...env });
  const app = Fastify({ logger: false });
  app.setErrorHandler((error, _request, reply) =>
    error instanceof AppError ? reply.code(error.status).send(toErrorBody(error)) : reply.code(500).send(),
  );
  const limits = await registerRateLimits(app, config);
  app.post('/message', async (request) => {
    await limits.message(request, `web:${(request.body as { userId: string }).userId}`);
    return { ok: true };
  });
  await app.ready();
  return app;
}

const send = (app: FastifyInstance, userId: string) =>
  app.inject({ method: 'POST', url: '/message', payload: { userId }, remoteAddress: '198.51.100.7' });

describe('rate limits shared across instances (RATE_LIMIT_REDIS_URL)', () => {
  let a: FastifyInstance;
  let b: FastifyInstance;
  let alone: FastifyInstance;
  beforeAll(async () => {
    const env = { RATE_LIMIT_REDIS_URL: REDIS_URL, RATE_LIMIT_MESSAGES_PER_USER: '4' };
    a = await instance(env);
    b = await instance(env);
    alone = await instance({ RATE_LIMIT_MESSAGES_PER_USER: '4' });
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close(), alone.close()]);
  });

  it('regression: rate limits are per instance: two instances on one Redis count one resident once', async () => {
    const resident = `resident-${randomUUID()}`;
    const codes = [];
    for (const app of [a, b, a, b, a, b]) codes.push((await send(app, resident)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await send(b, resident);
    expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/太频繁/);
    // Another resident on the same address still gets through.
    expect((await send(b, `resident-${randomUUID()}`)).statusCode).toBe(200);
  });

  it('without Redis each instance counts alone', async () => {
    const resident = `resident-${randomUUID()}`;
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await send(alone, resident)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 429]);
  });

  it('an unreachable Redis lets residents through instead of silencing them', async () => {
    const closedPort = await freePort();
    const cut = await instance({
      RATE_LIMIT_REDIS_URL: `redis://127.0.0.1:${closedPort}/0`,
      RATE_LIMIT_MESSAGES_PER_USER: '1',
    });
    try {
      const resident = `resident-${randomUUID()}`;
      for (let i = 0; i < 3; i++) expect((await send(cut, resident)).statusCode).toBe(200);
    } finally {
      await cut.close();
    }
  });

  it('refuses a RATE_LIMIT_REDIS_URL that is not a Redis URL, naming the variable', () => {
    expect(() => loadConfig({ RATE_LIMIT_REDIS_URL: 'http://example' })).toThrow(/RATE_LIMIT_REDIS_URL/);
  });
});
