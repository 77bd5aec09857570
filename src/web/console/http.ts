import { session } from './session.js';

const LOGIN_PATH = '/api/v1/auth/login';

/** A failed API call: the HTTP status (0 when the network failed) and the server's message in Chinese. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;

  constructor(status: number, body: unknown) {
    const error = errorOf(body);
    super(error?.message ?? `请求失败（${status}）`);
    this.name = 'ApiError';
    this.status = status;
    this.code = error?.code;
  }
}

function errorOf(body: unknown): { code?: string; message?: string } | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const { error } = body;
  if (typeof error !== 'object' || error === null) return undefined;
  return {
    ...('code' in error && typeof error.code === 'string' ? { code: error.code } : {}),
    ...('message' in error && typeof error.message === 'string' ? { message: error.message } : {}),
  };
}

/** The status of a failed call, or undefined for anything that is not an ApiError. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof ApiError ? error.status : undefined;
}

/** The message to show for a failure. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

let onUnauthorized: (message: string) => void = () => {};

/** What to do when the server no longer accepts the token (the login module signs out). */
export function whenUnauthorized(handler: (message: string) => void): void {
  onUnauthorized = handler;
}

/**
 * Calls the JSON API with the session's bearer token. The answer is typed by the caller from the server's
 * own contract types (api.ts); a 401 anywhere but the login itself ends the session.
 */
export async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session.token) headers.authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, { error: { code: 'network', message: '网络不通，请稍后再试。' } });
  }
  const data = parse(await response.text());
  if (response.status === 401 && path !== LOGIN_PATH) {
    onUnauthorized('登录已过期或已在别处退出，请重新登录。');
    throw new ApiError(401, data);
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data as T;
}
