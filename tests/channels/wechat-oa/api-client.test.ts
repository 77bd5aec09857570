import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WechatApiClient, type WechatApiClientOptions } from '../../../src/channels/wechat-oa/api-client.js';
import { WechatApiError, WechatNetworkError } from '../../../src/channels/wechat-oa/api-errors.js';
import { YIMEN_MENU, menuProblems } from '../../../src/channels/wechat-oa/menu.js';
import { startFakeWechatServer, type FakeWechatServer } from '../../helpers/fake-wechat-server.js';
import { recordingLogger } from '../../helpers/recording-logger.js';

const OPENID = 'oResident_000000000000000001';
const CUSTOM = '/cgi-bin/message/custom/send';

let wechat: FakeWechatServer;
beforeAll(async () => {
  wechat = await startFakeWechatServer();
});
afterAll(() => wechat.close());
beforeEach(() => wechat.reset());

function client(overrides: Partial<WechatApiClientOptions> = {}) {
  const logger = recordingLogger();
  const api = new WechatApiClient({
    appId: wechat.appId,
    appSecret: wechat.appSecret,
    baseUrl: wechat.baseUrl,
    logger,
    timeoutMs: 1000,
    ...overrides,
  });
  return { api, logger };
}

async function refusal(promise: Promise<unknown>): Promise<WechatApiError | WechatNetworkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WechatApiError || error instanceof WechatNetworkError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('access token', () => {
  it('fetches the token once and reuses it', async () => {
    const { api } = client();
    await api.sendText(OPENID, '您好');
    await api.sendText(OPENID, '再见');
    expect(wechat.tokenFetches()).toBe(1);
    expect(wechat.customMessages()).toEqual([
      { touser: OPENID, content: '您好' },
      { touser: OPENID, content: '再见' },
    ]);
  });

  it('makes one token request however many calls wait for it (single flight)', async () => {
    const { api } = client();
    wechat.setDelay(50);
    await Promise.all(Array.from({ length: 8 }, (_, i) => api.sendText(OPENID, `第${i}条`)));
    expect(wechat.tokenFetches()).toBe(1);
    expect(wechat.customMessages()).toHaveLength(8);
  });

  it('refreshes before the token expires', async () => {
    let now = 1_000_000;
    const { api } = client({ tokenEndpoint: 'classic', now: () => now });
    const first = await api.accessToken();
    now += 7200_000 - 6 * 60_000; // six minutes before expiry: still good
    expect(await api.accessToken()).toBe(first);
    now += 2 * 60_000; // four minutes before: inside the five-minute margin
    expect(await api.accessToken()).not.toBe(first);
    expect(wechat.tokenFetches()).toBe(2);
  });

  it('replaces a token WeChat calls expired (42001) and sends the message once', async () => {
    const { api, logger } = client();
    await api.sendText(OPENID, '第一条');
    wechat.expireTokenOnce(42001);
    await api.sendText(OPENID, '第二条');
    expect(wechat.customMessages().map((m) => m.content)).toEqual(['第一条', '第二条']);
    expect(wechat.tokenFetches()).toBe(2);
    expect(logger.text()).toContain('42001');
  });

  it('forces a new stable token when the stable endpoint hands back the refused one (40001)', async () => {
    const { api } = client();
    const first = await api.accessToken();
    wechat.failNext(CUSTOM, { errcode: 40001 });
    await api.sendText(OPENID, '重发');
    const stableCalls = wechat.calls.filter((c) => c.path === '/cgi-bin/stable_token');
    expect(stableCalls.map((c) => (c.body as { force_refresh: boolean }).force_refresh)).toEqual([
      false,
      false,
      true,
    ]);
    expect(await api.accessToken()).not.toBe(first);
    expect(wechat.customMessages()).toHaveLength(1);
  });

  it('gives up after one retry when the new token is refused as well', async () => {
    const { api } = client();
    wechat.failNext(CUSTOM, { errcode: 42001 }, 2);
    const error = await refusal(api.sendText(OPENID, 'x'));
    expect(error).toBeInstanceOf(WechatApiError);
    expect((error as WechatApiError).code).toBe(42001);
    expect(wechat.calls.filter((c) => c.path === CUSTOM)).toHaveLength(2);
  });

  it('says the AppSecret is wrong, naming the variable, on both token endpoints', async () => {
    for (const tokenEndpoint of ['stable', 'classic'] as const) {
      const { api, logger } = client({ appSecret: 'wrong-secret-wrong-secret-000000', tokenEndpoint });
      const error = await refusal(api.sendText(OPENID, 'x'));
      expect(error).toBeInstanceOf(WechatApiError);
      expect((error as WechatApiError).retryable).toBe(false);
      expect(error.message).toContain('WECHAT_APP_SECRET');
      expect(logger.lines.find((l) => l.level === 'error')?.msg).toContain('check WECHAT_APP_SECRET');
      expect(logger.text()).not.toContain('wrong-secret');
    }
  });

  it('names the IP whitelist when WeChat refuses the server address (40164)', async () => {
    const { api } = client();
    wechat.failNext('/cgi-bin/stable_token', { errcode: 40164 });
    const error = await refusal(api.accessToken());
    expect((error as WechatApiError).hint).toContain('IP whitelist');
  });
});

describe('customer-service and template messages', () => {
  it('types 45015 (outside the 48-hour window) as not retryable, use the template, and does not retry', async () => {
    const { api, logger } = client();
    wechat.refuseOpenid(OPENID, 45015);
    const error = await refusal(api.sendText(OPENID, '您的申请已受理'));
    expect(error).toBeInstanceOf(WechatApiError);
    expect(error).toMatchObject({ code: 45015, retryable: false, useTemplate: true });
    expect(wechat.calls.filter((c) => c.path === CUSTOM)).toHaveLength(1);
    expect(logger.text()).toContain('template');
    expect(logger.text()).not.toContain(OPENID);
    expect(logger.text()).not.toContain('您的申请已受理');
  });

  it('types 45047 (too many messages) the same way', async () => {
    const { api } = client();
    wechat.failNext(CUSTOM, { errcode: 45047 });
    expect(await refusal(api.sendText(OPENID, 'x'))).toMatchObject({
      code: 45047,
      useTemplate: true,
      retryable: false,
    });
  });

  it('turns an HTTP 5xx and a slow answer into a retryable WechatNetworkError', async () => {
    const { api } = client({ timeoutMs: 200 });
    await api.accessToken();
    wechat.failNext(CUSTOM, { status: 502 });
    const bad = await refusal(api.sendText(OPENID, 'x'));
    expect(bad).toBeInstanceOf(WechatNetworkError);
    expect(bad).toMatchObject({ status: 502, retryable: true });
    wechat.failNext(CUSTOM, { hangMs: 600 });
    const slow = await refusal(api.sendText(OPENID, 'x'));
    expect(slow).toBeInstanceOf(WechatNetworkError);
    expect(slow.message).toContain('no answer within 200 ms');
  });

  it('reports an unreachable API as a network error', async () => {
    const { api } = client({ baseUrl: 'http://127.0.0.1:9' });
    expect(await refusal(api.accessToken())).toBeInstanceOf(WechatNetworkError);
  });

  it('sends a template message with the data as {key: {value}} and returns its msgid', async () => {
    const { api } = client();
    const result = await api.sendTemplate({
      openid: OPENID,
      templateId: 'TPL_CASE_UPDATE',
      data: { character_string1: 'JY20240501-0001', phrase2: '已受理' },
      url: 'https://example.org/case',
    });
    expect(result.msgId).toMatch(/^\d+$/);
    expect(wechat.templateMessages()).toEqual([
      {
        touser: OPENID,
        template_id: 'TPL_CASE_UPDATE',
        url: 'https://example.org/case',
        data: { character_string1: { value: 'JY20240501-0001' }, phrase2: { value: '已受理' } },
      },
    ]);
    const wrong = await refusal(api.sendTemplate({ openid: OPENID, templateId: 'nope', data: {} }));
    expect(wrong).toMatchObject({ code: 40037 });
    expect(wrong.message).toContain('WECHAT_TEMPLATE_ID_CASE_UPDATE');
  });
});

describe('custom menu', () => {
  it('is within WeChat limits and is accepted by the menu API', async () => {
    expect(menuProblems(YIMEN_MENU)).toEqual([]);
    const { api } = client();
    await api.createMenu(YIMEN_MENU);
    expect(wechat.menus()).toEqual([YIMEN_MENU]);
  });

  it('reports names and keys over the limits', () => {
    expect(
      menuProblems({
        button: [
          { type: 'click', name: '一个很长的菜单名字', key: 'k' },
          { name: '更多', sub_button: [] },
          { type: 'click', name: 'ok', key: 'x'.repeat(129) },
          { type: 'view', name: 'link', url: 'https://example.org' },
        ],
      }),
    ).toHaveLength(4);
  });
});
