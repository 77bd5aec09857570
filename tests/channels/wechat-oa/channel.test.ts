import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WechatApiError } from '../../../src/channels/wechat-oa/api-errors.js';
import { createWechatChannel, type WechatChannelDeps } from '../../../src/channels/wechat-oa/channel.js';
import type { WechatSettings } from '../../../src/channels/wechat-oa/channel-config.js';
import { caseUpdateTemplateData, customerServiceSender } from '../../../src/channels/wechat-oa/delivery.js';
import type { WechatInbound } from '../../../src/channels/wechat-oa/inbound.js';
import { WechatApiClient } from '../../../src/channels/wechat-oa/api-client.js';
import { startFakeWechatServer, type FakeWechatServer } from '../../helpers/fake-wechat-server.js';
import { recordingLogger } from '../../helpers/recording-logger.js';
import {
  TEST_AES_KEY,
  TEST_OPENID,
  TEST_TOKEN,
  messageRequest,
  openEncryptedReply,
  tagText,
  textXml,
} from '../../helpers/wechat-requests.js';

const CUSTOM = '/cgi-bin/message/custom/send';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let wechat: FakeWechatServer;
beforeAll(async () => {
  wechat = await startFakeWechatServer();
});
afterAll(() => wechat.close());
beforeEach(() => wechat.reset());

function settings(overrides: Partial<WechatSettings> = {}): WechatSettings {
  return {
    token: TEST_TOKEN,
    appId: wechat.appId,
    appSecret: wechat.appSecret,
    encodingAesKey: TEST_AES_KEY,
    apiBase: wechat.baseUrl,
    caseUpdateTemplateId: 'TPL_CASE_UPDATE',
    path: '/wechat',
    ...overrides,
  };
}

function channel(deps: Partial<WechatChannelDeps> = {}, overrides: Partial<WechatSettings> = {}) {
  const received: WechatInbound[] = [];
  const created = createWechatChannel(settings(overrides), {
    logger: recordingLogger(),
    handleInbound: (inbound) => {
      received.push(inbound);
      return Promise.resolve([{ text: '收到' }]);
    },
    retry: { attempts: 3, baseDelayMs: 10 },
    ...deps,
  });
  return { ...created, received };
}

describe('WeChat channel against the fake WeChat API', () => {
  it('sends a slow answer through the customer-service API after answering success, once across retries', async () => {
    let runs = 0;
    const { webhook } = channel({
      timeoutMs: 100,
      handleInbound: async () => {
        runs++;
        await sleep(300);
        return [{ text: '根据您的情况，可以申请低保。' }];
      },
    });
    const ask = () =>
      webhook.handle(messageRequest(textXml('我能申请低保吗', { msgId: '9001' }), { safeMode: {} }));
    expect((await ask()).body).toBe('success');
    expect((await ask()).body).toBe('success');
    await sleep(350);
    await webhook.drain();
    expect((await ask()).body).toBe('success');
    expect(runs).toBe(1);
    expect(wechat.customMessages()).toEqual([
      { touser: TEST_OPENID, content: '根据您的情况，可以申请低保。' },
    ]);
  });

  it('answers the first part passively (encrypted) and the rest through customer service', async () => {
    const long = '这是一段很长的政策说明。'.repeat(120);
    const { webhook } = channel({ handleInbound: () => Promise.resolve([{ text: long }]) });
    const response = await webhook.handle(messageRequest(textXml('低保怎么申请'), { safeMode: {} }));
    const passive = tagText(openEncryptedReply(response.body).xml, 'Content') ?? '';
    await webhook.drain();
    const rest = wechat.customMessages().map((m) => m.content);
    expect(rest.length).toBeGreaterThan(0);
    expect((passive + rest.join('')).replace(/\s/g, '')).toBe(long);
  });

  it('pushes an operator reply with numbered options, and reads the digit answer as the button', async () => {
    const { push, webhook, received } = channel();
    await push(TEST_OPENID, [
      {
        text: '我是街道工作人员小王，需要帮您联系社区吗？',
        buttons: [
          { id: 'yes', label: '需要' },
          { id: 'no', label: '不用了' },
        ],
      },
    ]);
    expect(wechat.customMessages()[0]?.content).toBe(
      '我是街道工作人员小王，需要帮您联系社区吗？\n\n请回复数字：\n1. 需要\n2. 不用了',
    );
    await webhook.handle(messageRequest(textXml('1', { msgId: '9100' })));
    expect(received[0]).toMatchObject({ kind: 'button', payload: { id: 'yes', source: 'option' } });
  });

  it('still delivers when the token expired in between', async () => {
    const { push } = channel();
    await push(TEST_OPENID, [{ text: '第一条' }]);
    wechat.expireTokenOnce(42001);
    await push(TEST_OPENID, [{ text: '第二条' }]);
    expect(wechat.customMessages().map((m) => m.content)).toEqual(['第一条', '第二条']);
  });

  it('sends a case update as a customer-service message inside the window, as the template after it', async () => {
    const { pushCaseUpdate } = channel();
    const update = {
      text: '您的申请 JY20240501-0001 已受理。',
      caseNo: 'JY20240501-0001',
      status: '已受理',
      at: new Date('2024-05-01T01:30:00Z'),
    };
    expect(await pushCaseUpdate(TEST_OPENID, update)).toBe('customer_service');
    wechat.refuseOpenid(TEST_OPENID, 45015);
    expect(await pushCaseUpdate(TEST_OPENID, update)).toBe('template');
    expect(wechat.templateMessages()).toEqual([
      {
        touser: TEST_OPENID,
        template_id: 'TPL_CASE_UPDATE',
        data: {
          character_string1: { value: 'JY20240501-0001' },
          phrase2: { value: '已受理' },
          time3: { value: '2024-05-01 09:30' },
        },
      },
    ]);
  });

  it('rejects a case update it cannot deliver, typed, when no template is configured', async () => {
    const { pushCaseUpdate } = channel({}, { caseUpdateTemplateId: undefined });
    wechat.refuseOpenid(TEST_OPENID, 45015);
    const update = { text: '已办结', caseNo: 'X', status: '已办结', at: new Date() };
    await expect(pushCaseUpdate(TEST_OPENID, update)).rejects.toMatchObject({
      name: 'WechatApiError',
      code: 45015,
    });
  });
});

describe('customer-service sender', () => {
  const client = () =>
    new WechatApiClient({
      appId: wechat.appId,
      appSecret: wechat.appSecret,
      baseUrl: wechat.baseUrl,
      logger: recordingLogger(),
    });

  it('retries a send that failed for a retryable reason, and delivers it once', async () => {
    const send = customerServiceSender(client(), { attempts: 3, baseDelayMs: 5 });
    wechat.failNext(CUSTOM, { status: 502 }, 2);
    await send(TEST_OPENID, ['您好']);
    expect(wechat.customMessages()).toEqual([{ touser: TEST_OPENID, content: '您好' }]);
    expect(wechat.calls.filter((c) => c.path === CUSTOM)).toHaveLength(3);
  });

  it('stops at a refusal retrying cannot fix, without sending the rest', async () => {
    const send = customerServiceSender(client(), { attempts: 3, baseDelayMs: 5 });
    wechat.failNext(CUSTOM, { errcode: 45047 });
    await expect(send(TEST_OPENID, ['一', '二'])).rejects.toBeInstanceOf(WechatApiError);
    expect(wechat.calls.filter((c) => c.path === CUSTOM)).toHaveLength(1);
  });
});

describe('case-update template data', () => {
  it('keeps values within WeChat template limits', () => {
    expect(
      caseUpdateTemplateData({
        caseNo: 'A'.repeat(40),
        status: '已经转交民政部门审核',
        at: new Date('2024-12-31T16:05:00Z'),
        note: '请携带户口本、身份证和收入证明到街道便民服务中心办理',
      }),
    ).toEqual({
      character_string1: 'A'.repeat(32),
      phrase2: '已经转交民',
      time3: '2025-01-01 00:05',
      thing4: '请携带户口本、身份证和收入证明到街道便民',
    });
  });
});
