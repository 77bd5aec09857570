import { WechatApiError, WechatNetworkError, adviceFor } from './api-errors.js';
import { assertWechatOk, requestWechatJson } from './http-json.js';
import type { WechatLogger } from './logger.js';

/** Where the token comes from: the stable endpoint (recommended, not invalidated by other callers) or the classic one. */
export type TokenEndpoint = 'stable' | 'classic';

/** Options of the access-token cache. */
export interface AccessTokenOptions {
  appId: string;
  appSecret: string;
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  endpoint: TokenEndpoint;
  logger: WechatLogger;
  now: () => number;
  /** Refresh this long before expiry (capped at half the token's lifetime). */
  refreshMarginMs: number;
}

// WeChat allows a forced stable-token refresh only every 30 seconds (and 20 times a day).
const FORCE_REFRESH_INTERVAL_MS = 30_000;

/**
 * Holds the Official Account's access token: fetched on first use, refreshed before it expires, one
 * fetch at a time however many callers wait (single flight), and replaced when WeChat refuses it.
 */
export class AccessTokenCache {
  private current: { token: string; refreshAt: number } | undefined;
  private inFlight: Promise<string> | undefined;
  private lastForcedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: AccessTokenOptions) {}

  /** A token valid for a while yet. */
  get(): Promise<string> {
    const current = this.current;
    if (current && this.options.now() < current.refreshAt) return Promise.resolve(current.token);
    return this.fetchOnce(false);
  }

  /**
   * Drops `rejected` after WeChat refused it (40001, 40014, 42001) and returns a new token. When the stable
   * endpoint hands back the same token, asks it once to force a new one.
   */
  async replace(rejected: string): Promise<string> {
    if (this.current?.token === rejected) this.current = undefined;
    const next = await this.get();
    if (next !== rejected || this.options.endpoint !== 'stable') return next;
    if (this.options.now() - this.lastForcedAt < FORCE_REFRESH_INTERVAL_MS) return next;
    this.current = undefined;
    return this.fetchOnce(true);
  }

  private fetchOnce(force: boolean): Promise<string> {
    this.inFlight ??= this.fetchToken(force).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async fetchToken(force: boolean): Promise<string> {
    const { appId, appSecret, baseUrl, endpoint } = this.options;
    const api = endpoint === 'stable' ? 'stable_token' : 'token';
    if (force) this.lastForcedAt = this.options.now();
    const json =
      endpoint === 'stable'
        ? await requestWechatJson(`${baseUrl}/cgi-bin/stable_token`, {
            ...this.http(api),
            method: 'POST',
            body: { grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: force },
          })
        : await requestWechatJson(
            `${baseUrl}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}`,
            { ...this.http(api), method: 'GET' },
          );
    try {
      assertWechatOk(api, json);
    } catch (error) {
      if (error instanceof WechatApiError) throw this.tokenEndpointError(error);
      throw error;
    }
    const token = json.access_token;
    const expiresIn = json.expires_in;
    if (typeof token !== 'string' || token === '' || typeof expiresIn !== 'number' || expiresIn <= 0) {
      throw new WechatNetworkError(api, 'the token answer has no access_token or expires_in');
    }
    const lifetimeMs = expiresIn * 1000;
    const margin = Math.min(this.options.refreshMarginMs, lifetimeMs / 2);
    this.current = { token, refreshAt: this.options.now() + lifetimeMs - margin };
    this.options.logger.info({ api, expiresIn }, 'WeChat access token fetched');
    return token;
  }

  private http(api: string) {
    return { fetch: this.options.fetch, timeoutMs: this.options.timeoutMs, api };
  }

  /** At the token endpoint, 40001 means the AppSecret, not a token, is wrong. */
  private tokenEndpointError(error: WechatApiError): WechatApiError {
    const advice =
      error.code === 40001
        ? { ...adviceFor(40125), retryable: false }
        : { ...adviceFor(error.code), tokenRejected: false };
    const refused = new WechatApiError(error.api, error.code, error.errmsg, advice);
    this.options.logger.error(
      { api: error.api, code: error.code },
      `Cannot get a WeChat access token: ${refused.hint}`,
    );
    return refused;
  }
}
