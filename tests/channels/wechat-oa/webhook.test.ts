import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { WechatInbound } from '../../../src/channels/wechat-oa/inbound.js';
import type { WechatReply } from '../../../src/channels/wechat-oa/render-text.js';
import {
  DEFAULT_FAILURE_TEXT,
  createWechatWebhook,
  type WechatWebhookOptions,
} from '../../../src/channels/wechat-oa/webhook.js';
import { anyResidentText } from '../../helpers/hostile-text.js';
import { recordingLogger } from '../../helpers/recording-logger.js';
import {
  TEST_AES_KEY,
  TEST_APP_ID,
  TEST_OA_ID,
  TEST_OPENID,
  TEST_TOKEN,
  eventXml,
  messageRequest,
  openEncryptedReply,
  sha1Sorted,
  tagText,
  textXml,
  verificationRequest,
  wechatEncrypt,
} from '../../helpers/wechat-requests.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(
  overrides: Partial<WechatWebhookOptions> = {},
  replies: readonly WechatReply[] = [{ text: '您好' }],
) {
  const logger = recordingLogger();
  const inbound: WechatInbound[] = [];
  const later: { openid: string; texts: readonly string[] }[] = [];
  const webhook = createWechatWebhook({
    token: TEST_TOKEN,
    appId: TEST_APP_ID,
    encodingAesKey: TEST_AES_KEY,
    logger,
    timeoutMs: 200,
    followUpDelayMs: 0,
    handleInbound: (message) => {
      inbound.push(message);
      return Promise.resolve(replies);
    },
    deliverLater: (openid, texts) => {
      later.push({ openid, texts });
      return Promise.resolve();
    },
    ...overrides,
  });
  return { webhook, logger, inbound, later };
}

describe('GET: server configuration check', () => {
  it('echoes echostr for the worked example of the official documentation (Token "AAAAA")', async () => {
    const { webhook } = setup({ token: 'AAAAA' });
    const response = await webhook.handle({
      method: 'GET',
      query: {
        signature: 'f464b24fc39322e44b38aa78f5edd27bd1441696',
        echostr: '4375120948345356249',
        timestamp: '1714036504',
        nonce: '1514711492',
      },
    });
    expect(response).toEqual({
      status: 200,
      body: '4375120948345356249',
      contentType: 'text/plain; charset=utf-8',
    });
  });

  it('refuses a wrong signature with 401 and logs what to check', async () => {
    const { webhook, logger } = setup();
    const response = await webhook.handle(verificationRequest({ token: 'not-the-token' }));
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('4375120948345356249');
    expect(logger.text()).toContain('WECHAT_TOKEN');
    expect(logger.text()).not.toContain(TEST_TOKEN);
  });

  it('answers 400 to a browser opening the URL without parameters', async () => {
    const { webhook } = setup();
    expect((await webhook.handle({ method: 'GET', query: {} })).status).toBe(400);
    expect((await webhook.handle({ method: 'PUT', query: {} })).status).toBe(405);
  });

  it('refuses a stale timestamp when a skew limit is set', async () => {
    const { webhook } = setup({ maxTimestampSkewSeconds: 300 });
    expect((await webhook.handle(verificationRequest({ timestamp: '1000000000' }))).status).toBe(401);
    expect((await webhook.handle(verificationRequest({}))).status).toBe(200);
  });
});

describe('POST: plaintext messages', () => {
  it('answers a quick reply passively, addressed back to the resident', async () => {
    const { webhook, inbound } = setup();
    const response = await webhook.handle(messageRequest(textXml('我想申请低保', { msgId: '1001' })));
    expect(response.status).toBe(200);
    expect(response.contentType).toContain('xml');
    expect(tagText(response.body, 'ToUserName')).toBe(TEST_OPENID);
    expect(tagText(response.body, 'FromUserName')).toBe(TEST_OA_ID);
    expect(tagText(response.body, 'MsgType')).toBe('text');
    expect(tagText(response.body, 'Content')).toBe('您好');
    expect(inbound).toEqual([
      expect.objectContaining({
        channel: 'wechat',
        userId: TEST_OPENID,
        messageId: '1001',
        kind: 'text',
        text: '我想申请低保',
      }),
    ]);
  });

  it('refuses a bad signature with 401 and does not run the bot', async () => {
    const { webhook, inbound } = setup();
    const request = messageRequest(textXml('x'), { token: 'wrong' });
    expect((await webhook.handle(request)).status).toBe(401);
    expect(inbound).toHaveLength(0);
  });

  it('answers success to an event with nothing to say, and to pushes that are not the resident talking', async () => {
    const { webhook, inbound } = setup({}, []);
    expect((await webhook.handle(messageRequest(eventXml('unsubscribe')))).body).toBe('success');
    expect(inbound).toHaveLength(1);
    expect((await webhook.handle(messageRequest(eventXml('VIEW', { eventKey: 'https://x' })))).body).toBe(
      'success',
    );
    expect(inbound).toHaveLength(1);
  });

  it('refuses an oversized body with 413 and malformed or hostile XML with 400', async () => {
    const { webhook, inbound } = setup({ maxBodyBytes: 4096 });
    expect((await webhook.handle(messageRequest(textXml('字'.repeat(2000))))).status).toBe(413);
    expect((await webhook.handle(messageRequest('<xml><Content>open</xml>'))).status).toBe(400);
    const bomb =
      '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><xml><Content>&b;</Content></xml>';
    expect((await webhook.handle(messageRequest(bomb))).status).toBe(400);
    expect(inbound).toHaveLength(0);
  });

  it('sends what does not fit in the passive reply through the customer-service API, in order', async () => {
    const long = '这是一段很长的政策说明。'.repeat(120); // 4,320 bytes
    const { webhook, later } = setup({}, [{ text: long }]);
    const response = await webhook.handle(messageRequest(textXml('低保怎么申请')));
    const first = tagText(response.body, 'Content') ?? '';
    await webhook.drain();
    expect(later).toHaveLength(1);
    expect(later[0]!.openid).toBe(TEST_OPENID);
    expect((first + later[0]!.texts.join('')).replace(/\s/g, '')).toBe(long);
    for (const text of [first, ...later[0]!.texts]) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(2000);
  });

  it('apologises instead of staying silent when the bot fails', async () => {
    const { webhook, logger } = setup({ handleInbound: () => Promise.reject(new Error('database down')) });
    const response = await webhook.handle(messageRequest(textXml('你好')));
    expect(tagText(response.body, 'Content')).toBe(DEFAULT_FAILURE_TEXT);
    expect(logger.lines.some((l) => l.level === 'error')).toBe(true);
  });
});

describe('numbered options', () => {
  it('maps a digit answer back to the offered button payload, and forgets options the next reply did not offer', async () => {
    const replies: WechatReply[][] = [
      [
        {
          text: '您想办什么？',
          buttons: [
            { id: 'apply', label: '申请救助' },
            { id: 'check_status', label: '查询进度' },
          ],
        },
      ],
      [{ text: '请告诉我您的受理编号。' }],
      [{ text: '好的' }],
    ];
    const { webhook, inbound } = setup({
      handleInbound: (m) => (inbound.push(m), Promise.resolve(replies.shift() ?? [])),
    });
    const menu = await webhook.handle(messageRequest(textXml('你好', { msgId: '1' })));
    expect(tagText(menu.body, 'Content')).toBe('您想办什么？\n\n请回复数字：\n1. 申请救助\n2. 查询进度');
    await webhook.handle(messageRequest(textXml('2', { msgId: '2' })));
    await webhook.handle(messageRequest(textXml('2', { msgId: '3' })));
    expect(inbound.map((m) => m.kind)).toEqual(['text', 'button', 'text']);
    expect(inbound[1]).toMatchObject({ payload: { id: 'check_status', source: 'option' } });
  });
});

describe('the 5-second rule and retries', () => {
  function slowBot(ms: number) {
    const calls = vi.fn();
    const state = { done: false };
    const handleInbound = async (message: WechatInbound) => {
      calls(message.messageId);
      await sleep(ms);
      state.done = true;
      return [{ text: '这是慢慢想出来的回答' }];
    };
    return { calls, handleInbound, state };
  }

  it('answers success after the timeout and sends the reply through customer service once, whatever the 3 retries', async () => {
    const bot = slowBot(400);
    const { webhook, later } = setup({ handleInbound: bot.handleInbound, timeoutMs: 100 });
    const request = messageRequest(textXml('我的申请到哪了', { msgId: '7001' }));
    expect((await webhook.handle(request)).body).toBe('success');
    // Answered on the timeout, while the bot was still thinking.
    expect(bot.state.done).toBe(false);
    // WeChat's retries of the same message (same MsgId, new nonce and signature).
    for (let i = 0; i < 3; i++) {
      const retry = await webhook.handle(messageRequest(textXml('我的申请到哪了', { msgId: '7001' })));
      expect(retry.body).toBe('success');
    }
    await webhook.drain();
    expect(bot.calls).toHaveBeenCalledTimes(1);
    expect(later).toEqual([{ openid: TEST_OPENID, texts: ['这是慢慢想出来的回答'] }]);
    // A retry after the answer went out is answered success and runs nothing.
    expect((await webhook.handle(messageRequest(textXml('我的申请到哪了', { msgId: '7001' })))).body).toBe(
      'success',
    );
    expect(bot.calls).toHaveBeenCalledTimes(1);
  });

  it('lets a retry that arrives while the message is in flight wait for the same result and answer it passively', async () => {
    const bot = slowBot(150);
    const { webhook, later } = setup({ handleInbound: bot.handleInbound, timeoutMs: 1000 });
    const first = webhook.handle(messageRequest(textXml('在吗', { msgId: '7002' })));
    await sleep(30);
    const retry = webhook.handle(messageRequest(textXml('在吗', { msgId: '7002' })));
    const [a, b] = await Promise.all([first, retry]);
    expect(a.body).toBe('success');
    expect(tagText(b.body, 'Content')).toBe('这是慢慢想出来的回答');
    await webhook.drain();
    expect(bot.calls).toHaveBeenCalledTimes(1);
    expect(later).toEqual([]);
  });

  it('dedupes events on sender + CreateTime', async () => {
    const bot = slowBot(10);
    const { webhook } = setup({ handleInbound: bot.handleInbound });
    await webhook.handle(messageRequest(eventXml('subscribe', { createTime: 1714000000 })));
    await webhook.handle(messageRequest(eventXml('subscribe', { createTime: 1714000000 })));
    await webhook.handle(messageRequest(eventXml('subscribe', { createTime: 1714000001 })));
    expect(bot.calls.mock.calls.map((c) => c[0] as string)).toEqual([
      `${TEST_OPENID}:1714000000:subscribe`,
      `${TEST_OPENID}:1714000001:subscribe`,
    ]);
  });
});

describe('safe mode (安全模式)', () => {
  it('decrypts the message and encrypts the passive reply, signed', async () => {
    const { webhook, inbound } = setup();
    const response = await webhook.handle(messageRequest(textXml('我想申请低保'), { safeMode: {} }));
    expect(response.status).toBe(200);
    expect(inbound[0]).toMatchObject({ kind: 'text', text: '我想申请低保' });
    expect(response.body).not.toContain('您好');
    const opened = openEncryptedReply(response.body);
    expect(opened.signatureValid).toBe(true);
    expect(opened.appId).toBe(TEST_APP_ID);
    expect(tagText(opened.xml, 'Content')).toBe('您好');
    expect(tagText(opened.xml, 'ToUserName')).toBe(TEST_OPENID);
  });

  it('refuses a message encrypted for another AppID and says which variable to check', async () => {
    const { webhook, inbound, logger } = setup();
    const response = await webhook.handle(
      messageRequest(textXml('x'), { safeMode: { appId: 'wxffffffffffffffff' } }),
    );
    expect(response.status).toBe(400);
    expect(inbound).toHaveLength(0);
    expect(logger.text()).toContain('WECHAT_APP_ID');
  });

  it('refuses a tampered payload: the msg_signature no longer matches', async () => {
    const { webhook, inbound } = setup();
    const request = messageRequest(textXml('x'), { safeMode: {} });
    const encrypt = tagText(request.body!, 'Encrypt')!;
    const other = wechatEncrypt(textXml('转账给我'), TEST_AES_KEY, TEST_APP_ID);
    const tampered = { ...request, body: request.body!.replace(encrypt, other) };
    expect((await webhook.handle(tampered)).status).toBe(401);
    expect(inbound).toHaveLength(0);
  });

  it('says to set WECHAT_ENCODING_AES_KEY when encrypted messages arrive without one', async () => {
    const { webhook, logger } = setup({ encodingAesKey: undefined });
    expect((await webhook.handle(messageRequest(textXml('x'), { safeMode: {} }))).status).toBe(400);
    expect(logger.text()).toContain('WECHAT_ENCODING_AES_KEY');
  });

  it('says to check the key when the payload does not decrypt', async () => {
    const { webhook, logger } = setup({ encodingAesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut' });
    const response = await webhook.handle(messageRequest(textXml('x'), { safeMode: {} }));
    expect(response.status).toBe(400);
    expect(logger.text()).toMatch(/WECHAT_ENCODING_AES_KEY|WECHAT_APP_ID/);
  });

  it('uses the msg_signature, not the plain signature, in safe mode', async () => {
    const { webhook } = setup();
    const request = messageRequest(textXml('x'), { safeMode: {} });
    const { timestamp, nonce } = request.query;
    const bad = {
      ...request,
      query: { ...request.query, msg_signature: sha1Sorted(TEST_TOKEN, timestamp!, nonce!) },
    };
    expect((await webhook.handle(bad)).status).toBe(401);
  });
});

describe('logging', () => {
  it('never logs message text or openids at info level', async () => {
    const { webhook, logger } = setup({
      timeoutMs: 20,
      handleInbound: async () => (await sleep(60), [{ text: '回答' }]),
    });
    await webhook.handle(messageRequest(textXml('我叫张三，电话13912345678')));
    await sleep(80);
    await webhook.drain();
    const info = logger.lines.filter((l) => l.level === 'info' || l.level === 'warn');
    const text = JSON.stringify(info);
    expect(text).not.toContain('张三');
    expect(text).not.toContain(TEST_OPENID);
    expect(text).not.toContain('回答');
  });
});

describe('hostile requests', () => {
  it('answers every request with a response, never an exception, whatever its query and body', async () => {
    const { webhook } = setup({ timeoutMs: 50 });
    const queryValue = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
      fc.constant(undefined),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'HEAD', 'post'),
        fc.dictionary(
          fc.constantFrom('signature', 'timestamp', 'nonce', 'echostr', 'encrypt_type', 'msg_signature'),
          queryValue,
        ),
        fc.option(anyResidentText(), { nil: undefined }),
        async (method, query, body) => {
          const response = await webhook.handle({ method, query, body });
          expect([200, 400, 401, 405, 413]).toContain(response.status);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles any signed text, plaintext or encrypted, as a message or a 400', async () => {
    const { webhook, inbound } = setup({ timeoutMs: 50 });
    let msgId = 0;
    await fc.assert(
      fc.asyncProperty(anyResidentText(), fc.boolean(), fc.boolean(), async (text, inCdata, encrypted) => {
        const id = String(++msgId);
        const xml = inCdata
          ? textXml(text, { msgId: id })
          : textXml('x', { msgId: id }).replace('<![CDATA[x]]>', text);
        const response = await webhook.handle(messageRequest(xml, encrypted ? { safeMode: {} } : {}));
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
    await webhook.drain();
    expect(inbound.length).toBeGreaterThan(100);
  });
});
