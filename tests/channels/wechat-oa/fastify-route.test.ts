import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWechatRoute } from '../../../src/channels/wechat-oa/fastify-route.js';
import type { WechatInbound } from '../../../src/channels/wechat-oa/inbound.js';
import { createWechatWebhook } from '../../../src/channels/wechat-oa/webhook.js';
import { recordingLogger } from '../../helpers/recording-logger.js';
import {
  TEST_APP_ID,
  TEST_AES_KEY,
  TEST_TOKEN,
  messageRequest,
  openEncryptedReply,
  tagText,
  textXml,
  verificationRequest,
  type WechatTestRequest,
} from '../../helpers/wechat-requests.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(path?: string) {
  const received: WechatInbound[] = [];
  const webhook = createWechatWebhook({
    token: TEST_TOKEN,
    appId: TEST_APP_ID,
    encodingAesKey: TEST_AES_KEY,
    logger: recordingLogger(),
    handleInbound: (inbound) => {
      received.push(inbound);
      return Promise.resolve([{ text: `收到：${inbound.kind}` }]);
    },
    deliverLater: () => Promise.resolve(),
  });
  app = Fastify({ logger: false });
  // A JSON route beside it, to show the XML body reading stays inside the WeChat route's scope.
  app.post('/json', (request) => ({ got: request.body }));
  await registerWechatRoute(app, webhook, path);
  await app.ready();
  return { app, received };
}

function inject(
  server: FastifyInstance,
  request: WechatTestRequest,
  url = '/wechat',
  contentType = 'text/xml',
) {
  return server.inject({
    method: request.method,
    url,
    query: request.query,
    ...(request.body === undefined
      ? {}
      : { payload: request.body, headers: { 'content-type': contentType } }),
  });
}

describe('registerWechatRoute', () => {
  it('answers the GET verification with echostr', async () => {
    const { app } = await start();
    const res = await inject(app, verificationRequest({ echostr: '987654321' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('987654321');
    expect(res.headers['content-type']).toContain('text/plain');
  });

  it('refuses a wrong signature with 401', async () => {
    const { app } = await start();
    expect((await inject(app, verificationRequest({ token: 'nope' }))).statusCode).toBe(401);
    expect((await inject(app, messageRequest(textXml('x'), { token: 'nope' }))).statusCode).toBe(401);
  });

  it('reads the raw XML body, whatever content type WeChat labels it with', async () => {
    const { app, received } = await start();
    for (const type of ['text/xml', 'application/xml; charset=utf-8', 'text/plain']) {
      const res = await inject(
        app,
        messageRequest(textXml('我想申请低保', { msgId: String(received.length + 1) })),
        '/wechat',
        type,
      );
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('xml');
      expect(tagText(res.body, 'Content')).toBe('收到：text');
    }
    expect(received.map((r) => r.kind)).toEqual(['text', 'text', 'text']);
  });

  it('serves safe mode through the route', async () => {
    const { app } = await start();
    const res = await inject(app, messageRequest(textXml('你好'), { safeMode: {} }));
    expect(res.statusCode).toBe(200);
    expect(tagText(openEncryptedReply(res.body).xml, 'Content')).toBe('收到：text');
  });

  it('refuses an oversized body with 413 before the webhook reads it', async () => {
    const { app, received } = await start();
    const res = await inject(app, messageRequest(textXml('字'.repeat(30_000))));
    expect(res.statusCode).toBe(413);
    expect(received).toHaveLength(0);
  });

  it('mounts at a configured path and leaves JSON parsing of other routes alone', async () => {
    const { app } = await start('/hooks/wechat');
    expect((await inject(app, verificationRequest({}), '/hooks/wechat')).statusCode).toBe(200);
    expect((await inject(app, verificationRequest({}))).statusCode).toBe(404);
    const json = await app.inject({ method: 'POST', url: '/json', payload: { a: 1 } });
    expect(json.json()).toEqual({ got: { a: 1 } });
  });
});
