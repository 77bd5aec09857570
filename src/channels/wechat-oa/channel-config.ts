import { ConfigError, type Config } from '../../config.js';
import { DEFAULT_WECHAT_API_BASE } from './api-client.js';
import { decodeEncodingAesKey } from './message-crypto.js';

/** The WeChat Official Account settings, once validated. */
export interface WechatSettings {
  token: string;
  appId: string;
  appSecret: string;
  /** Present when the OA is in compatible or safe mode (兼容模式 / 安全模式). */
  encodingAesKey?: string;
  apiBase: string;
  /** Template for case updates after the 48-hour window; without it those residents cannot be reached on WeChat. */
  caseUpdateTemplateId?: string;
  path: string;
}

/** Whether the channel is on, and its settings when it is. */
export type WechatChannelConfig = { enabled: false } | { enabled: true; settings: WechatSettings };

type WechatVariables = Pick<
  Config,
  | 'WECHAT_TOKEN'
  | 'WECHAT_APP_ID'
  | 'WECHAT_APP_SECRET'
  | 'WECHAT_ENCODING_AES_KEY'
  | 'WECHAT_API_BASE'
  | 'WECHAT_TEMPLATE_ID_CASE_UPDATE'
  | 'WECHAT_PATH'
>;

const REQUIRED = ['WECHAT_TOKEN', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET'] as const;

/**
 * Reads the WeChat channel from the configuration: off when none of its variables is set, on when
 * token, AppID and AppSecret are. A partial or malformed setup throws a ConfigError naming the variable,
 * and never quoting a secret.
 */
export function wechatConfigFrom(config: WechatVariables): WechatChannelConfig {
  const set = (name: keyof WechatVariables) => config[name] !== undefined && config[name] !== '';
  const anySet = [...REQUIRED, 'WECHAT_ENCODING_AES_KEY', 'WECHAT_TEMPLATE_ID_CASE_UPDATE'].some((name) =>
    set(name as keyof WechatVariables),
  );
  if (!anySet) return { enabled: false };
  const missing = REQUIRED.filter((name) => !set(name));
  if (missing.length > 0) {
    throw new ConfigError(
      `The WeChat Official Account channel is only partly configured: set ${missing.join(' and ')} ` +
        `(from the Official Account backend, 设置与开发 → 基本配置), or unset the other WECHAT_ variables to turn it off.`,
    );
  }
  const problems: string[] = [];
  const token = config.WECHAT_TOKEN ?? '';
  const appSecret = config.WECHAT_APP_SECRET ?? '';
  if (!/^[A-Za-z0-9]{3,32}$/.test(token)) {
    problems.push('WECHAT_TOKEN: 3–32 letters or digits, exactly as entered in 服务器配置 → 令牌(Token)');
  }
  if (!/^[A-Za-z0-9]{16,64}$/.test(appSecret)) {
    problems.push('WECHAT_APP_SECRET: the AppSecret (开发者密码), 32 letters or digits');
  }
  const aesKey = config.WECHAT_ENCODING_AES_KEY;
  if (aesKey !== undefined) {
    try {
      decodeEncodingAesKey(aesKey);
    } catch {
      problems.push(
        'WECHAT_ENCODING_AES_KEY: the 43-character EncodingAESKey from 服务器配置 (letters and digits)',
      );
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid configuration, fix these environment variables:\n  ${problems.join('\n  ')}`,
    );
  }
  return {
    enabled: true,
    settings: {
      token,
      appId: config.WECHAT_APP_ID ?? '',
      appSecret,
      ...(aesKey ? { encodingAesKey: aesKey } : {}),
      apiBase: (config.WECHAT_API_BASE ?? DEFAULT_WECHAT_API_BASE).replace(/\/+$/, ''),
      ...(config.WECHAT_TEMPLATE_ID_CASE_UPDATE
        ? { caseUpdateTemplateId: config.WECHAT_TEMPLATE_ID_CASE_UPDATE }
        : {}),
      path: config.WECHAT_PATH,
    },
  };
}

/** The start-up line reporting the channel, e.g. 「WeChat Official Account: on at /wechat (safe mode)」. */
export function wechatStartupLine(channel: WechatChannelConfig): string {
  if (!channel.enabled)
    return 'WeChat Official Account: off (set WECHAT_TOKEN, WECHAT_APP_ID and WECHAT_APP_SECRET)';
  const { settings } = channel;
  const mode = settings.encodingAesKey ? 'plaintext, compatible or safe mode' : 'plaintext mode only';
  const template = settings.caseUpdateTemplateId
    ? 'case updates by template after 48 hours'
    : 'no case-update template';
  return `WeChat Official Account: on at ${settings.path} (${mode}; ${template})`;
}
