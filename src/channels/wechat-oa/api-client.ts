import { AccessTokenCache, type TokenEndpoint } from './access-token.js';
import { WechatApiError, adviceFor } from './api-errors.js';
import { assertWechatOk, requestWechatJson, type WechatJson } from './http-json.js';
import type { WechatLogger } from './logger.js';
import type { WechatMenu } from './menu.js';

/** The public WeChat API; tests point the client at a local server that speaks the same protocol. */
export const DEFAULT_WECHAT_API_BASE = 'https://api.weixin.qq.com';

/** Options of the WeChat API client. */
export interface WechatApiClientOptions {
  appId: string;
  appSecret: string;
  /** WECHAT_API_BASE; default https://api.weixin.qq.com. */
  baseUrl?: string;
  logger: WechatLogger;
  fetch?: typeof fetch;
  /** Longest wait for one API answer. */
  timeoutMs?: number;
  tokenEndpoint?: TokenEndpoint;
  /** Refresh the token this long before it expires. */
  refreshMarginMs?: number;
  now?: () => number;
}

/** A template message: `data` maps the template's keys (e.g. `thing1`, `time2`) to their values. */
export interface TemplateMessage {
  openid: string;
  templateId: string;
  data: Readonly<Record<string, string>>;
  /** Page opened when the resident taps the message. */
  url?: string;
}

/**
 * The calls the bot makes to WeChat, with a cached access token. A refused token (40001, 40014, 42001)
 * is replaced and the call made once more; every other refusal is a WechatApiError saying what to do,
 * and a call that got no answer is a WechatNetworkError. Nothing here logs message text or openids.
 */
export class WechatApiClient {
  private readonly tokens: AccessTokenCache;
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly logger: WechatLogger;

  constructor(options: WechatApiClientOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_WECHAT_API_BASE).replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.logger = options.logger;
    this.tokens = new AccessTokenCache({
      appId: options.appId,
      appSecret: options.appSecret,
      baseUrl: this.baseUrl,
      fetch: this.fetch,
      timeoutMs: this.timeoutMs,
      endpoint: options.tokenEndpoint ?? 'stable',
      logger: options.logger,
      now: options.now ?? Date.now,
      refreshMarginMs: options.refreshMarginMs ?? 5 * 60_000,
    });
  }

  /** The current access token (fetched or refreshed as needed). */
  accessToken(): Promise<string> {
    return this.tokens.get();
  }

  /** Sends a customer-service text message (客服消息); allowed within 48 hours of the resident's last message. */
  async sendText(openid: string, content: string): Promise<void> {
    await this.call('message/custom/send', { touser: openid, msgtype: 'text', text: { content } });
  }

  /** Sends a template message (模板消息), the way to reach a resident after the 48-hour window. */
  async sendTemplate(message: TemplateMessage): Promise<{ msgId?: string }> {
    const data = Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }]));
    const json = await this.call('message/template/send', {
      touser: message.openid,
      template_id: message.templateId,
      ...(message.url ? { url: message.url } : {}),
      data,
    });
    const msgId = json.msgid;
    return typeof msgId === 'number' || typeof msgId === 'string' ? { msgId: String(msgId) } : {};
  }

  /** Replaces the Official Account's custom menu. */
  async createMenu(menu: WechatMenu): Promise<void> {
    await this.call('menu/create', menu);
  }

  private async call(api: string, body: unknown): Promise<WechatJson> {
    const token = await this.tokens.get();
    const first = await this.post(api, token, body);
    if (!isTokenRejection(first)) return this.checked(api, first);
    this.logger.warn(
      { api, code: first.errcode },
      'WeChat refused the access token; fetching a new one and retrying once',
    );
    const retried = await this.post(api, await this.tokens.replace(token), body);
    return this.checked(api, retried);
  }

  private post(api: string, token: string, body: unknown): Promise<WechatJson> {
    return requestWechatJson(`${this.baseUrl}/cgi-bin/${api}?access_token=${encodeURIComponent(token)}`, {
      fetch: this.fetch,
      timeoutMs: this.timeoutMs,
      api,
      method: 'POST',
      body,
    });
  }

  private checked(api: string, json: WechatJson): WechatJson {
    try {
      assertWechatOk(api, json);
    } catch (error) {
      if (error instanceof WechatApiError) {
        const level = error.retryable || error.useTemplate ? 'warn' : 'error';
        this.logger[level](
          { api, code: error.code, retryable: error.retryable },
          `WeChat ${api} refused: ${error.hint}`,
        );
      }
      throw error;
    }
    return json;
  }
}

function isTokenRejection(json: WechatJson): boolean {
  return (
    typeof json.errcode === 'number' && json.errcode !== 0 && adviceFor(json.errcode).tokenRejected === true
  );
}
