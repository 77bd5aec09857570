import { describe, expect, it } from 'vitest';
import { wechatConfigFrom, wechatStartupLine } from '../../../src/channels/wechat-oa/channel-config.js';
import { ConfigError, loadConfig } from '../../../src/config.js';

const SECRET = '0123456789abcdef0123456789abcdef';
const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const full = { WECHAT_TOKEN: 'yimenToken1', WECHAT_APP_ID: 'wx0123456789abcdef', WECHAT_APP_SECRET: SECRET };

function configError(env: NodeJS.ProcessEnv): string {
  try {
    wechatConfigFrom(loadConfig(env));
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('WeChat channel configuration', () => {
  it('is off when no WECHAT_ variable is set', () => {
    const channel = wechatConfigFrom(loadConfig({}));
    expect(channel).toEqual({ enabled: false });
    expect(wechatStartupLine(channel)).toContain('off');
  });

  it('is on with token, AppID and AppSecret, with the defaults', () => {
    const channel = wechatConfigFrom(loadConfig(full));
    expect(channel).toEqual({
      enabled: true,
      settings: {
        token: 'yimenToken1',
        appId: 'wx0123456789abcdef',
        appSecret: SECRET,
        apiBase: 'https://api.weixin.qq.com',
        path: '/wechat',
      },
    });
    expect(wechatStartupLine(channel)).toBe(
      'WeChat Official Account: on at /wechat (plaintext mode only; no case-update template)',
    );
  });

  it('takes the optional variables', () => {
    const channel = wechatConfigFrom(
      loadConfig({
        ...full,
        WECHAT_ENCODING_AES_KEY: AES,
        WECHAT_API_BASE: 'http://127.0.0.1:9999/',
        WECHAT_TEMPLATE_ID_CASE_UPDATE: 'TPL_1',
        WECHAT_PATH: '/hooks/wechat',
      }),
    );
    expect(channel).toMatchObject({
      enabled: true,
      settings: {
        encodingAesKey: AES,
        apiBase: 'http://127.0.0.1:9999',
        caseUpdateTemplateId: 'TPL_1',
        path: '/hooks/wechat',
      },
    });
    expect(wechatStartupLine(channel)).toContain('safe mode');
  });

  it('names the missing variable of a partial configuration', () => {
    expect(configError({ WECHAT_TOKEN: 'abc123' })).toMatch(/set WECHAT_APP_ID and WECHAT_APP_SECRET/);
    expect(configError({ ...full, WECHAT_APP_SECRET: '' })).toMatch(/set WECHAT_APP_SECRET /);
    expect(configError({ WECHAT_ENCODING_AES_KEY: AES })).toMatch(
      /WECHAT_TOKEN and WECHAT_APP_ID and WECHAT_APP_SECRET/,
    );
  });

  it('names a malformed variable without quoting secrets', () => {
    const message = configError({
      ...full,
      WECHAT_TOKEN: 'has spaces in it',
      WECHAT_APP_SECRET: 'short',
      WECHAT_ENCODING_AES_KEY: 'tooShortKey',
    });
    expect(message).toContain('WECHAT_TOKEN');
    expect(message).toContain('WECHAT_APP_SECRET');
    expect(message).toContain('WECHAT_ENCODING_AES_KEY');
    expect(message).not.toContain('has spaces');
    expect(message).not.toContain('short');
    expect(message).not.toContain('tooShortKey');
    expect(() => loadConfig({ ...full, WECHAT_APP_ID: 'gh_123' })).toThrow(/WECHAT_APP_ID/);
    expect(() => loadConfig({ WECHAT_PATH: 'wechat' })).toThrow(/WECHAT_PATH/);
  });
});
