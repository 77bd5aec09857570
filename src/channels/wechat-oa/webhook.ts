import { createMessageDedupe, type MessageDedupe } from './dedupe.js';
import { encryptedReplyXml, sealReply } from './encrypted-reply.js';
import { toWechatMessage, type WechatMessage } from './incoming-message.js';
import { toWechatInbound, type WechatInbound } from './inbound.js';
import type { WechatLogger } from './logger.js';
import { decodeEncodingAesKey, decryptMessage } from './message-crypto.js';
import { createMemoryOfferedOptions, type OfferedOptions } from './offered-options.js';
import { SUCCESS_BODY, textReplyXml } from './passive-reply.js';
import { WechatCryptoError, WechatXmlError } from './protocol-errors.js';
import { renderWechatTexts, type WechatReply } from './render-text.js';
import { isFreshTimestamp, messageSignature, requestSignature, signaturesMatch } from './signature.js';
import { WECHAT_TEXT_MAX_BYTES } from './split-text.js';
import { DEFAULT_MAX_XML_BYTES, readXmlFields } from './xml-reader.js';

/** WeChat waits 5 seconds for an answer; leave a second for the network and the reply's own trip. */
export const DEFAULT_PASSIVE_TIMEOUT_MS = 4000;

/** Said when the bot failed on a message, so the resident is not left with silence. */
export const DEFAULT_FAILURE_TEXT = '抱歉，刚才没有处理好您的消息，请稍后再发一次。';

/** What the webhook needs from the request, whatever the HTTP framework. */
export interface WechatHttpRequest {
  method: string;
  /** The parsed query string (values may be arrays when a key repeats). */
  query: Readonly<Record<string, unknown>>;
  /** The raw body as received. */
  body?: string | undefined;
}

/** What to answer WeChat with. */
export interface WechatHttpResponse {
  status: number;
  body: string;
  contentType: string;
}

/** Options of createWechatWebhook. */
export interface WechatWebhookOptions {
  /** WECHAT_TOKEN: the Token entered in the OA backend's server configuration. */
  token: string;
  /** WECHAT_APP_ID: checked inside every safe-mode message. */
  appId: string;
  /** WECHAT_ENCODING_AES_KEY: needed when the OA is in compatible or safe mode. */
  encodingAesKey?: string | undefined;
  /** Runs the bot for one message; its replies are rendered as WeChat text. */
  handleInbound: (inbound: WechatInbound) => Promise<readonly WechatReply[]>;
  /** Sends texts that could not go as the passive reply (late, or beyond the first) via the customer-service API. */
  deliverLater: (openid: string, texts: readonly string[]) => Promise<void>;
  /** Shares one handling among WeChat's retries; default: in memory. */
  dedupe?: MessageDedupe;
  /** Numbered options offered per resident; default: in memory. */
  offeredOptions?: OfferedOptions;
  logger: WechatLogger;
  /** How long to wait for the replies before answering `success` and sending them later. */
  timeoutMs?: number;
  /** Largest body accepted. */
  maxBodyBytes?: number;
  /** Refuse requests whose timestamp is further than this from the server clock (replay guard); off by default. */
  maxTimestampSkewSeconds?: number;
  /** Longest WeChat text message, in UTF-8 bytes. */
  maxTextBytes?: number;
  /** Wait before sending the texts after a passive reply, so that the passive one shows first. */
  followUpDelayMs?: number;
  failureText?: string;
  now?: () => number;
}

/** The WeChat endpoint: GET verifies the server configuration, POST receives messages. */
export interface WechatWebhook {
  handle(request: WechatHttpRequest): Promise<WechatHttpResponse>;
  /** Resolves once every message being handled and every background send has finished (for shutdown and tests). */
  drain(): Promise<void>;
}

const TEXT = 'text/plain; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const ECHOSTR = /^[A-Za-z0-9_\-+/=]{1,256}$/;

/**
 * Creates the WeChat Official Account webhook, independent of any HTTP framework. It answers within
 * `timeoutMs` (WeChat's 5-second rule): with the first reply as a passive XML reply when the bot is quick
 * enough, else with `success` and the replies sent later through `deliverLater`. WeChat's retries of a
 * message share one handling and get one answer.
 */
export function createWechatWebhook(options: WechatWebhookOptions): WechatWebhook {
  const logger = options.logger;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PASSIVE_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_XML_BYTES;
  const maxTextBytes = options.maxTextBytes ?? WECHAT_TEXT_MAX_BYTES;
  const followUpDelayMs = options.followUpDelayMs ?? 300;
  const failureText = options.failureText ?? DEFAULT_FAILURE_TEXT;
  const now = options.now ?? Date.now;
  const dedupe = options.dedupe ?? createMessageDedupe();
  const offeredOptions = options.offeredOptions ?? createMemoryOfferedOptions();
  const aesKey = options.encodingAesKey ? decodeEncodingAesKey(options.encodingAesKey) : undefined;
  const background = new Set<Promise<void>>();
  const handling = new Set<Promise<unknown>>();

  const respond = (status: number, body: string, contentType = TEXT): WechatHttpResponse => ({
    status,
    body,
    contentType,
  });
  const success = () => respond(200, SUCCESS_BODY);

  function sendLater(openid: string, texts: readonly string[], delayMs = 0): void {
    if (texts.length === 0) return;
    const task = (async () => {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      await options.deliverLater(openid, texts);
    })()
      .catch((error: unknown) => {
        const hint = error instanceof Error && 'hint' in error ? String(error.hint) : undefined;
        logger.error(
          { err: errorSummary(error), messages: texts.length },
          `WeChat: could not send ${texts.length} message(s) through the customer-service API${hint ? `: ${hint}` : ''}`,
        );
      })
      .finally(() => background.delete(task));
    background.add(task);
  }

  function staleTimestamp(timestamp: string): boolean {
    const skew = options.maxTimestampSkewSeconds;
    if (skew === undefined || isFreshTimestamp(timestamp, now(), skew)) return false;
    logger.warn(
      { skew },
      "WeChat request refused: its timestamp is too far from this server's clock; check the clock (NTP)",
    );
    return true;
  }

  function verify(request: WechatHttpRequest): WechatHttpResponse {
    const q = queryStrings(request.query);
    const { signature, timestamp, nonce, echostr } = q;
    if (!signature || !timestamp || !nonce || echostr === undefined) {
      return respond(400, 'missing signature, timestamp, nonce or echostr');
    }
    if (!signaturesMatch(requestSignature(options.token, timestamp, nonce), signature)) {
      logger.warn(
        {},
        'WeChat server verification failed: the signature does not match. Check that WECHAT_TOKEN equals the Token ' +
          'entered in the Official Account backend (设置与开发 → 基本配置 → 服务器配置), with no spaces',
      );
      return respond(401, 'invalid signature');
    }
    if (staleTimestamp(timestamp)) return respond(401, 'stale timestamp');
    if (!ECHOSTR.test(echostr)) return respond(400, 'invalid echostr');
    logger.info({}, 'WeChat server verification succeeded');
    return respond(200, echostr);
  }

  /** Checks the signature, decrypts in safe mode, and types the message; or the response refusing it. */
  function openMessage(
    request: WechatHttpRequest,
  ): { message: WechatMessage; encrypted: boolean } | WechatHttpResponse {
    const q = queryStrings(request.query);
    const body = request.body ?? '';
    if (Buffer.byteLength(body, 'utf8') > maxBodyBytes) return respond(413, 'body too large');
    const { timestamp, nonce } = q;
    if (!timestamp || !nonce) return respond(400, 'missing timestamp or nonce');
    try {
      if (q.encrypt_type === 'aes') {
        if (!aesKey) {
          logger.error(
            {},
            'WeChat sent an encrypted message (compatible or safe mode) but WECHAT_ENCODING_AES_KEY is not set: copy the ' +
              'EncodingAESKey from the Official Account backend (基本配置 → 服务器配置)',
          );
          return respond(400, 'encrypted message but no EncodingAESKey configured');
        }
        const encrypt = readXmlFields(body, maxBodyBytes).Encrypt;
        if (!encrypt) return respond(400, 'no Encrypt element');
        if (!signaturesMatch(messageSignature(options.token, timestamp, nonce, encrypt), q.msg_signature)) {
          logger.warn({}, 'WeChat message refused: msg_signature does not match; check WECHAT_TOKEN');
          return respond(401, 'invalid msg_signature');
        }
        if (staleTimestamp(timestamp)) return respond(401, 'stale timestamp');
        const xml = decryptMessage(encrypt, aesKey, options.appId);
        return { message: toWechatMessage(readXmlFields(xml, maxBodyBytes)), encrypted: true };
      }
      if (!signaturesMatch(requestSignature(options.token, timestamp, nonce), q.signature)) {
        logger.warn({}, 'WeChat message refused: the signature does not match; check WECHAT_TOKEN');
        return respond(401, 'invalid signature');
      }
      if (staleTimestamp(timestamp)) return respond(401, 'stale timestamp');
      return { message: toWechatMessage(readXmlFields(body, maxBodyBytes)), encrypted: false };
    } catch (error) {
      if (error instanceof WechatCryptoError) {
        logger.error(
          { reason: error.reason },
          error.reason === 'wrong_app_id'
            ? 'WeChat message refused: it was encrypted for another AppID; check WECHAT_APP_ID'
            : 'WeChat message could not be decrypted; check that WECHAT_ENCODING_AES_KEY matches the EncodingAESKey in the ' +
                'Official Account backend',
        );
        return respond(400, 'cannot decrypt');
      }
      if (error instanceof WechatXmlError) {
        logger.warn(
          { reason: error.reason, detail: error.message },
          'WeChat message refused: not a readable message',
        );
        return respond(error.reason === 'too_large' ? 413 : 400, 'invalid message');
      }
      throw error;
    }
  }

  async function receive(request: WechatHttpRequest): Promise<WechatHttpResponse> {
    const opened = openMessage(request);
    if ('status' in opened) return opened;
    const { message, encrypted } = opened;
    const openid = message.fromUserName;
    const inbound = toWechatInbound(message, await offeredOptions.get(openid));
    if (!inbound) {
      logger.debug({ msgType: message.msgType }, 'WeChat push acknowledged without a turn');
      return success();
    }

    const started = now();
    const pending = dedupe.enter(
      inbound.messageId,
      () => track(handle(inbound)),
      (texts) => {
        logger.info(
          { kind: inbound.kind, ms: now() - started },
          'WeChat replies were late; sending them via customer service',
        );
        sendLater(openid, texts);
      },
    );
    const waited = await pending.wait(timeoutMs);
    if (waited.kind !== 'ready') {
      logger.debug({ kind: inbound.kind, outcome: waited.kind }, 'WeChat answered success');
      return success();
    }
    const [first, ...rest] = waited.value;
    if (first === undefined) return success();
    sendLater(openid, rest, followUpDelayMs);
    const xml = textReplyXml({
      toUser: openid,
      fromUser: message.toUserName,
      createTime: Math.floor(now() / 1000),
      content: first,
    });
    if (!encrypted || !aesKey) return respond(200, xml, XML);
    const sealed = sealReply(xml, {
      token: options.token,
      aesKey,
      appId: options.appId,
      timestamp: String(Math.floor(now() / 1000)),
    });
    return respond(200, encryptedReplyXml(sealed), XML);
  }

  function track<T>(task: Promise<T>): Promise<T> {
    handling.add(task);
    void task.finally(() => handling.delete(task));
    return task;
  }

  /** Runs the bot and renders its replies; never rejects, so every retry gets an answer. */
  async function handle(inbound: WechatInbound): Promise<string[]> {
    try {
      const replies = await options.handleInbound(inbound);
      const rendered = renderWechatTexts(replies, maxTextBytes);
      await offeredOptions.set(inbound.userId, rendered.offered);
      return rendered.texts;
    } catch (error) {
      logger.error(
        { err: errorSummary(error), kind: inbound.kind },
        'WeChat message handling failed; the resident gets an apology',
      );
      await offeredOptions.set(inbound.userId, []).catch(() => undefined);
      return [failureText];
    }
  }

  return {
    async handle(request) {
      const method = request.method.toUpperCase();
      if (method === 'GET') return verify(request);
      if (method === 'POST') return receive(request);
      return respond(405, 'method not allowed');
    },
    async drain() {
      // A handling that finishes late starts a background send, so wait for both until neither is left.
      while (handling.size > 0 || background.size > 0) await Promise.allSettled([...handling, ...background]);
    },
  };
}

/** The first string value of each query key. */
function queryStrings(query: Readonly<Record<string, unknown>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(query)) {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[key] = first;
  }
  return out;
}

/** An error's class and message for the log; WeChat API errors carry no message text or openid. */
function errorSummary(error: unknown): { type: string; message: string } {
  if (error instanceof Error) return { type: error.name, message: error.message };
  return { type: typeof error, message: 'non-error thrown' };
}
