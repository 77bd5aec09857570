import { WechatApiError, WechatNetworkError } from './api-errors.js';

/** The JSON every WeChat API answers with: errcode 0 (or absent) on success, plus the call's own fields. */
export interface WechatJson {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** How one HTTP call to WeChat is made. */
export interface HttpJsonOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  /** The API's name for errors and logs; the URL is never logged since it may hold the secret or token. */
  api: string;
  method: 'GET' | 'POST';
  body?: unknown;
}

/**
 * Calls a WeChat endpoint and returns its JSON. A failed connection, a timeout, an HTTP error status or a
 * body that is not a JSON object becomes a WechatNetworkError; errcode handling is left to the caller.
 */
export async function requestWechatJson(url: string, options: HttpJsonOptions): Promise<WechatJson> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: options.method,
      headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
      // WeChat reads the body as UTF-8 JSON; JSON.stringify keeps Chinese as is rather than \u escapes.
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new WechatNetworkError(
      options.api,
      timedOut
        ? `no answer within ${options.timeoutMs} ms`
        : 'could not reach the WeChat API (network or DNS)',
      undefined,
      { cause: error },
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new WechatNetworkError(options.api, `HTTP ${response.status}`, response.status);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new WechatNetworkError(options.api, 'the answer is not JSON', response.status, { cause: error });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new WechatNetworkError(options.api, 'the answer is not a JSON object', response.status);
  }
  return json as WechatJson;
}

/** Throws WechatApiError when the answer carries a non-zero errcode. */
export function assertWechatOk(api: string, json: WechatJson): void {
  const code = typeof json.errcode === 'number' ? json.errcode : 0;
  if (code !== 0) throw new WechatApiError(api, code, typeof json.errmsg === 'string' ? json.errmsg : '');
}
