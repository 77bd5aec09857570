/**
 * A local server that speaks the WeChat Official Account API the bot uses: access tokens (classic and
 * stable endpoints) with expiry, customer-service messages, template messages and the custom menu.
 * Tests script failures (an expired token, 45015 for one resident, HTTP 5xx, slow answers) and read
 * back what was sent. Listens on 127.0.0.1 on a random port.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One API call as the server received it. */
export interface RecordedWechatCall {
  method: string;
  /** Path without the query, e.g. /cgi-bin/message/custom/send. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The JSON errcode the server answered with (0 for success), or the HTTP status when it failed. */
  answered: { errcode: number } | { status: number };
}

/** A scripted failure for the next call(s) to a path. */
export type ScriptedFailure = { errcode: number; errmsg?: string } | { status: number } | { hangMs: number };

/** The running fake. */
export interface FakeWechatServer {
  readonly baseUrl: string;
  readonly appId: string;
  readonly appSecret: string;
  /** Every call received, in order. */
  readonly calls: RecordedWechatCall[];
  /** Customer-service messages accepted: openid and text. */
  customMessages(): { touser: string; content: string }[];
  /** Template messages accepted. */
  templateMessages(): {
    touser: string;
    template_id: string;
    data: Record<string, { value: string }>;
    url?: string;
  }[];
  /** Menus accepted. */
  menus(): unknown[];
  /** Calls made to a token endpoint (classic and stable). */
  tokenFetches(): number;
  /** Refuses the next API call carrying the current token with `code` (42001 expired, 40001 invalid) and kills that token. */
  expireTokenOnce(code?: number): void;
  /** Answers every customer-service send to this openid with `errcode` (e.g. 45015 outside the 48-hour window). */
  refuseOpenid(openid: string, errcode: number): void;
  /** Fails the next `times` calls to `path` (e.g. '/cgi-bin/message/custom/send') as scripted. */
  failNext(path: string, failure: ScriptedFailure, times?: number): void;
  /** Delays every answer by `ms`. */
  setDelay(ms: number): void;
  /** Lifetime of tokens issued from now on, in seconds (WeChat: 7200). */
  setTokenTtl(seconds: number): void;
  /** Forgets scripts and recordings (tokens stay valid). */
  reset(): void;
  close(): Promise<void>;
}

/** Options of startFakeWechatServer. */
export interface FakeWechatOptions {
  appId?: string;
  appSecret?: string;
  /** Template ids the account has; others get 40037. */
  templateIds?: string[];
}

/** Starts the fake WeChat API. */
export async function startFakeWechatServer(options: FakeWechatOptions = {}): Promise<FakeWechatServer> {
  const appId = options.appId ?? 'wx0123456789abcdef';
  const appSecret = options.appSecret ?? '0123456789abcdef0123456789abcdef';
  const templateIds = new Set(options.templateIds ?? ['TPL_CASE_UPDATE']);
  const calls: RecordedWechatCall[] = [];
  const tokens = new Map<string, number>(); // token → expiry (ms)
  let stableToken: string | undefined;
  let tokenTtlSeconds = 7200;
  let delayMs = 0;
  let expireNext: number | undefined;
  const refusedOpenids = new Map<string, number>();
  const scripted = new Map<string, ScriptedFailure[]>();

  const issue = (): string => {
    const token = `TOKEN_${randomBytes(12).toString('hex')}`;
    tokens.set(token, Date.now() + tokenTtlSeconds * 1000);
    return token;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const record = (answered: RecordedWechatCall['answered']) =>
      calls.push({ method: req.method ?? '', path: url.pathname, query, body, answered });
    const json = (payload: Record<string, unknown>) => {
      record({ errcode: typeof payload.errcode === 'number' ? payload.errcode : 0 });
      res.writeHead(200, { 'content-type': 'application/json; encoding=utf-8' }).end(JSON.stringify(payload));
    };
    const refuse = (errcode: number, errmsg = 'refused') =>
      json({ errcode, errmsg: `${errmsg} rid: fake-${calls.length}` });

    if (delayMs > 0) await sleep(delayMs);
    const failure = scripted.get(url.pathname)?.shift();
    if (failure && 'hangMs' in failure) await sleep(failure.hangMs);
    else if (failure && 'status' in failure) {
      record({ status: failure.status });
      res.writeHead(failure.status, { 'content-type': 'text/html' }).end('<html>upstream error</html>');
      return;
    } else if (failure) return refuse(failure.errcode, failure.errmsg);

    if (url.pathname === '/cgi-bin/token' && req.method === 'GET') {
      if (query.grant_type !== 'client_credential') return refuse(40002, 'invalid grant_type');
      if (query.appid !== appId) return refuse(40013, 'invalid appid');
      if (query.secret !== appSecret)
        return refuse(40001, 'invalid credential, access_token is invalid or not latest');
      return json({ access_token: issue(), expires_in: tokenTtlSeconds });
    }
    if (url.pathname === '/cgi-bin/stable_token' && req.method === 'POST') {
      const b = (body ?? {}) as Record<string, unknown>;
      if (b.grant_type !== 'client_credential') return refuse(40002, 'invalid grant_type');
      if (b.appid !== appId) return refuse(40013, 'invalid appid');
      if (b.secret !== appSecret) return refuse(40125, 'invalid appsecret');
      const valid = stableToken !== undefined && (tokens.get(stableToken) ?? 0) > Date.now();
      if (b.force_refresh === true || !valid) {
        if (stableToken) tokens.delete(stableToken);
        stableToken = issue();
      }
      const expiresIn = Math.max(1, Math.round(((tokens.get(stableToken!) ?? 0) - Date.now()) / 1000));
      return json({ access_token: stableToken, expires_in: expiresIn });
    }

    if (req.method !== 'POST') return refuse(43002, 'require POST method');
    const token = query.access_token;
    if (!token) return refuse(41001, 'access_token missing');
    const expiry = tokens.get(token);
    if (expiry === undefined)
      return refuse(40001, 'invalid credential, access_token is invalid or not latest');
    if (expiry <= Date.now()) return refuse(42001, 'access_token expired');
    if (expireNext !== undefined) {
      const code = expireNext;
      expireNext = undefined;
      tokens.set(token, 0);
      return refuse(code, code === 42001 ? 'access_token expired' : 'invalid credential');
    }
    const b = (body ?? {}) as Record<string, unknown>;
    switch (url.pathname) {
      case '/cgi-bin/message/custom/send': {
        const text = (b.text ?? {}) as { content?: unknown };
        if (b.msgtype !== 'text' || typeof b.touser !== 'string' || typeof text.content !== 'string') {
          return refuse(47001, 'data format error');
        }
        const refused = refusedOpenids.get(b.touser);
        if (refused !== undefined)
          return refuse(
            refused,
            refused === 45015 ? 'response out of time limit or subscription is canceled' : 'refused',
          );
        if (Buffer.byteLength(text.content) > 2048) return refuse(45002, 'content size out of limit');
        return json({ errcode: 0, errmsg: 'ok' });
      }
      case '/cgi-bin/message/template/send':
        if (typeof b.touser !== 'string' || typeof b.template_id !== 'string')
          return refuse(47001, 'data format error');
        if (!templateIds.has(b.template_id)) return refuse(40037, 'invalid template_id');
        return json({ errcode: 0, errmsg: 'ok', msgid: 200228332 + calls.length });
      case '/cgi-bin/menu/create': {
        const buttons = b.button;
        if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3)
          return refuse(40016, 'invalid button size');
        return json({ errcode: 0, errmsg: 'ok' });
      }
      default:
        return refuse(40066, 'invalid url');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const accepted = (path: string) =>
    calls
      .filter((c) => c.path === path && 'errcode' in c.answered && c.answered.errcode === 0)
      .map((c) => c.body);

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
    calls,
    customMessages: () =>
      accepted('/cgi-bin/message/custom/send').map((b) => {
        const body = b as { touser: string; text: { content: string } };
        return { touser: body.touser, content: body.text.content };
      }),
    templateMessages: () =>
      accepted('/cgi-bin/message/template/send') as ReturnType<FakeWechatServer['templateMessages']>,
    menus: () => accepted('/cgi-bin/menu/create'),
    tokenFetches: () =>
      calls.filter((c) => c.path === '/cgi-bin/token' || c.path === '/cgi-bin/stable_token').length,
    expireTokenOnce: (code = 42001) => {
      expireNext = code;
    },
    refuseOpenid: (openid, errcode) => {
      refusedOpenids.set(openid, errcode);
    },
    failNext: (path, failure, times = 1) => {
      scripted.set(path, [...(scripted.get(path) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    setTokenTtl: (seconds) => {
      tokenTtlSeconds = seconds;
    },
    reset: () => {
      calls.length = 0;
      refusedOpenids.clear();
      scripted.clear();
      expireNext = undefined;
      delayMs = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
