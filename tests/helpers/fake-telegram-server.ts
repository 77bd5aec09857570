/**
 * A local server that speaks the Telegram Bot API the bot uses: getMe, getUpdates (long polling with its
 * timeout and offset semantics: a call with offset N confirms and forgets every update before N, a second
 * poller terminates the first with 409, and a set webhook refuses getUpdates), sendMessage (validated as
 * Telegram does: 4,096 characters, callback_data of 1–64 bytes, valid UTF-8), answerCallbackQuery,
 * setWebhook and deleteWebhook. Tests queue residents' updates, script failures (429 with retry_after, 403,
 * 500, a dropped connection, a slow answer) and read back what the bot sent. The real telegraf client talks
 * to it through TELEGRAM_API_ROOT. Listens on 127.0.0.1 on a random port.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An inline keyboard button as sent. */
export interface FakeInlineButton {
  text: string;
  callback_data?: string;
}

/** A message the bot sent, as the server accepted it. */
export interface SentTelegramMessage {
  chatId: string;
  messageId: number;
  text: string;
  keyboard?: FakeInlineButton[][];
  /** The Message object the server answered with (what a later callback query carries). */
  message: Record<string, unknown>;
}

/** One API call as received. */
export interface RecordedTelegramCall {
  method: string;
  params: Record<string, unknown>;
  /** What the server answered: ok, a Bot API error code, or an HTTP failure. */
  answered: 'ok' | { errorCode: number } | 'dropped';
}

/** A scripted failure for the next call(s) of a method. */
export type TelegramFailure =
  | { errorCode: 429; retryAfter: number }
  | { errorCode: 400 | 401 | 403 | 404 | 409; description?: string }
  /** An HTTP 5xx with an HTML body, as a proxy in front of Telegram gives. */
  | { status: 500 | 502 }
  /** The connection is destroyed without an answer (a network failure). */
  | { drop: true }
  /** The answer comes after `hangMs` (then normally). */
  | { hangMs: number };

/** Options of the update builders. */
export interface FakeUpdateOptions {
  chatType?: 'private' | 'group' | 'supergroup';
  /** The sender's user id (default: the chat id of a private chat). */
  fromId?: number;
  /** Makes the message a reply to the bot's last message in the chat. */
  replyToBot?: boolean;
}

/** The running fake. */
export interface FakeTelegramServer {
  readonly apiRoot: string;
  readonly token: string;
  readonly bot: { id: number; username: string };
  readonly calls: RecordedTelegramCall[];
  /** Messages the bot sent (to one chat, or all), in order. */
  sent(chatId?: number | string): SentTelegramMessage[];
  /** Callback queries answered: id and notice text. */
  answeredCallbacks(): { id: string; text?: string }[];
  /** The webhook set with setWebhook, if any. */
  webhook(): { url: string; secretToken?: string } | null;
  /** Every update below this id has been confirmed by a getUpdates offset. */
  confirmedBelow(): number;
  /** getUpdates calls being held open right now. */
  openPolls(): number;
  /** Queues an update (update_id assigned) and wakes a waiting getUpdates. */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown> & { update_id: number };
  /** A resident's text message (commands and @mentions get their entities, as Telegram adds them). */
  sendText(
    chatId: number,
    text: string,
    options?: FakeUpdateOptions,
  ): ReturnType<FakeTelegramServer['pushUpdate']>;
  /** Any other message content (voice, location, photo …) from a resident. */
  sendContent(
    chatId: number,
    content: Record<string, unknown>,
    options?: FakeUpdateOptions,
  ): ReturnType<FakeTelegramServer['pushUpdate']>;
  /**
   * A tap on a button with this callback_data under the bot's latest message in the chat that has it
   * (throws if none has); `message: null` sends it without the message, as for a forged or inline tap.
   */
  tap(
    chatId: number,
    callbackData: string,
    options?: { message?: Record<string, unknown> | null; fromId?: number },
  ): ReturnType<FakeTelegramServer['pushUpdate']>;
  /** Fails the next `times` calls of `method` as scripted. */
  failNext(method: string, failure: TelegramFailure, times?: number): void;
  /** Every sendMessage to this chat gets 403 (the resident blocked the bot). */
  blockChat(chatId: number | string): void;
  close(): Promise<void>;
}

/** Options of startFakeTelegramServer. */
export interface FakeTelegramOptions {
  token?: string;
  username?: string;
}

const TELEGRAM_TEXT_MAX = 4096;

/** Starts the fake Bot API. */
export async function startFakeTelegramServer(
  options: FakeTelegramOptions = {},
): Promise<FakeTelegramServer> {
  const token = options.token ?? '123456789:AAHfakeTokenForTests_abcdefghijklmnop';
  const bot = { id: Number(token.split(':')[0]), username: options.username ?? 'yimen_test_bot' };
  const calls: RecordedTelegramCall[] = [];
  const sent: SentTelegramMessage[] = [];
  const answered: { id: string; text?: string }[] = [];
  const queue: (Record<string, unknown> & { update_id: number })[] = [];
  const scripted = new Map<string, TelegramFailure[]>();
  const blocked = new Set<string>();
  const callbackIds = new Set<string>();
  const messageIds = new Map<string, number>();
  let nextUpdateId = 500_000;
  let confirmed = 0;
  let webhook: { url: string; secretToken?: string } | null = null;
  /** The getUpdates call waiting for updates, if any: wake() answers it, terminate() refuses it. */
  let waiting: { wake: () => void; terminate: () => void } | undefined;
  let polls = 0;
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const nextMessageId = (chatId: string) => {
    const id = (messageIds.get(chatId) ?? 0) + 1;
    messageIds.set(chatId, id);
    return id;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const raw = await readBody(req);
    let params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (raw) {
      try {
        params = { ...params, ...(JSON.parse(raw) as Record<string, unknown>) };
      } catch {
        params = { ...params, ...Object.fromEntries(new URLSearchParams(raw)) };
      }
    }
    const method = match?.[2] ?? url.pathname;
    const call: RecordedTelegramCall = { method, params, answered: 'ok' };
    calls.push(call);
    const ok = (result: unknown) => {
      if (!res.writableEnded)
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    };
    const refuse = (errorCode: number, description: string, parameters?: Record<string, unknown>) => {
      call.answered = { errorCode };
      if (!res.writableEnded)
        res.writeHead(errorCode, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            ok: false,
            error_code: errorCode,
            description,
            ...(parameters ? { parameters } : {}),
          }),
        );
    };

    if (!match || match[1] !== token) return refuse(match ? 401 : 404, match ? 'Unauthorized' : 'Not Found');
    const failure = scripted.get(method)?.shift();
    if (failure) {
      if ('hangMs' in failure) await later(failure.hangMs);
      else if ('drop' in failure) {
        call.answered = 'dropped';
        req.socket.destroy();
        return;
      } else if ('status' in failure) {
        call.answered = { errorCode: failure.status };
        res.writeHead(failure.status, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
        return;
      } else if (failure.errorCode === 429) {
        return refuse(429, `Too Many Requests: retry after ${failure.retryAfter}`, {
          retry_after: failure.retryAfter,
        });
      } else return refuse(failure.errorCode, failure.description ?? defaultDescription(failure.errorCode));
    }

    switch (method) {
      case 'getMe':
        return ok({ id: bot.id, is_bot: true, first_name: '一门受理', username: bot.username });
      case 'deleteWebhook':
        webhook = null;
        if (params.drop_pending_updates === true) queue.length = 0;
        return ok(true);
      case 'setWebhook': {
        if (typeof params.url !== 'string' || params.url === '')
          return refuse(400, 'Bad Request: bad webhook: URL is empty');
        const secret = params.secret_token;
        if (secret !== undefined && (typeof secret !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/.test(secret)))
          return refuse(400, 'Bad Request: secret token contains unallowed characters');
        webhook = { url: params.url, ...(typeof secret === 'string' ? { secretToken: secret } : {}) };
        waiting?.terminate();
        return ok(true);
      }
      case 'getUpdates':
        return getUpdates(params, res, ok, refuse);
      case 'sendMessage':
        return sendMessage(params, ok, refuse);
      case 'answerCallbackQuery': {
        const id = scalar(params.callback_query_id);
        if (!callbackIds.delete(id))
          return refuse(
            400,
            'Bad Request: query is too old and response timeout expired or query ID is invalid',
          );
        answered.push({ id, ...(typeof params.text === 'string' ? { text: params.text } : {}) });
        return ok(true);
      }
      default:
        return refuse(404, 'Not Found: method not found');
    }
  };

  async function getUpdates(
    params: Record<string, unknown>,
    res: ServerResponse,
    ok: (result: unknown) => void,
    refuse: (code: number, description: string) => void,
  ): Promise<void> {
    if (webhook)
      return refuse(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    const timeout = Math.max(0, Number(params.timeout ?? 0));
    if (offset > 0) {
      // An offset confirms every update before it: they are never sent again.
      while (queue.length > 0 && queue[0]!.update_id < offset) queue.shift();
      confirmed = Math.max(confirmed, offset);
    }
    waiting?.terminate();
    const due = () => queue.filter((u) => u.update_id >= offset).slice(0, limit);
    if (due().length > 0 || timeout === 0) return ok(due());
    polls += 1;
    await new Promise<void>((resolve) => {
      let done = false;
      const finish = (answer: () => void) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        timers.delete(timer);
        res.off('close', closed);
        if (waiting === self) waiting = undefined;
        polls -= 1;
        answer();
        resolve();
      };
      const closed = () => finish(() => undefined);
      const timer = setTimeout(() => finish(() => ok([])), timeout * 1000);
      timers.add(timer);
      const self = {
        wake: () => finish(() => ok(due())),
        terminate: () =>
          finish(() =>
            refuse(
              409,
              'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
            ),
          ),
      };
      waiting = self;
      // The client gave up (an aborted request): nobody to answer.
      res.once('close', closed);
    });
  }

  function sendMessage(
    params: Record<string, unknown>,
    ok: (result: unknown) => void,
    refuse: (code: number, description: string) => void,
  ): void {
    const chatId = scalar(params.chat_id);
    if (!/^-?\d+$/.test(chatId)) return refuse(400, 'Bad Request: chat not found');
    if (blocked.has(chatId)) return refuse(403, 'Forbidden: bot was blocked by the user');
    const text = typeof params.text === 'string' ? params.text : '';
    if (text.trim() === '') return refuse(400, 'Bad Request: message text is empty');
    if (!isWellFormed(text)) return refuse(400, 'Bad Request: strings must be encoded in UTF-8');
    if (text.length > TELEGRAM_TEXT_MAX) return refuse(400, 'Bad Request: message is too long');
    let markup = params.reply_markup;
    if (typeof markup === 'string') markup = JSON.parse(markup) as unknown;
    const keyboard = (markup as { inline_keyboard?: FakeInlineButton[][] } | undefined)?.inline_keyboard;
    if (markup !== undefined && !Array.isArray(keyboard))
      return refuse(400, "Bad Request: can't parse reply keyboard markup JSON object");
    for (const button of keyboard?.flat() ?? []) {
      if (typeof button.text !== 'string' || button.text === '')
        return refuse(400, 'Bad Request: text buttons are unallowed in the inline keyboard');
      const data = button.callback_data;
      if (
        typeof data !== 'string' ||
        Buffer.byteLength(data, 'utf8') < 1 ||
        Buffer.byteLength(data, 'utf8') > 64
      )
        return refuse(400, 'Bad Request: BUTTON_DATA_INVALID');
      if (!isWellFormed(data) || !isWellFormed(button.text))
        return refuse(400, 'Bad Request: strings must be encoded in UTF-8');
    }
    const messageId = nextMessageId(chatId);
    const message = {
      message_id: messageId,
      from: { id: bot.id, is_bot: true, first_name: '一门受理', username: bot.username },
      chat: chatOf(Number(chatId)),
      date: Math.floor(Date.now() / 1000),
      text,
      ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    };
    sent.push({ chatId, messageId, text, ...(keyboard ? { keyboard } : {}), message });
    ok(message);
  }

  const push: FakeTelegramServer['pushUpdate'] = (update) => {
    const full = { ...update, update_id: nextUpdateId++ };
    queue.push(full);
    waiting?.wake();
    return full;
  };

  const residentMessage = (chatId: number, content: Record<string, unknown>, o: FakeUpdateOptions = {}) => {
    const type = o.chatType ?? (chatId < 0 ? 'group' : 'private');
    const lastBot = sent.filter((m) => m.chatId === String(chatId)).at(-1)?.message;
    return {
      message_id: nextMessageId(String(chatId)),
      from: {
        id: o.fromId ?? (type === 'private' ? chatId : 900_001),
        is_bot: false,
        first_name: '居民',
        language_code: 'zh-hans',
      },
      chat: chatOf(chatId, type),
      date: Math.floor(Date.now() / 1000),
      ...(o.replyToBot && lastBot ? { reply_to_message: lastBot } : {}),
      ...content,
    };
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    bot,
    calls,
    sent: (chatId) => (chatId === undefined ? [...sent] : sent.filter((m) => m.chatId === String(chatId))),
    answeredCallbacks: () => [...answered],
    webhook: () => webhook,
    confirmedBelow: () => confirmed,
    openPolls: () => polls,
    pushUpdate: push,
    sendText: (chatId, text, o) =>
      push({ message: residentMessage(chatId, { text, ...entitiesOf(text) }, o) }),
    sendContent: (chatId, content, o) => push({ message: residentMessage(chatId, content, o) }),
    tap(chatId, callbackData, o = {}) {
      const message =
        o.message === undefined
          ? sent
              .filter((m) => m.chatId === String(chatId))
              .reverse()
              .find((m) => m.keyboard?.flat().some((b) => b.callback_data === callbackData))?.message
          : o.message;
      if (message === undefined)
        throw new Error(`no message in chat ${chatId} has a button "${callbackData}"`);
      const id = BigInt(`0x${randomBytes(7).toString('hex')}`).toString();
      callbackIds.add(id);
      return push({
        callback_query: {
          id,
          from: { id: o.fromId ?? (chatId > 0 ? chatId : 900_001), is_bot: false, first_name: '居民' },
          chat_instance: `-${String(chatId).replace('-', '')}77`,
          ...(message ? { message } : {}),
          data: callbackData,
        },
      });
    },
    failNext(method, failure, times = 1) {
      scripted.set(method, [
        ...(scripted.get(method) ?? []),
        ...Array.from({ length: times }, () => failure),
      ]);
    },
    blockChat(chatId) {
      blocked.add(String(chatId));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        waiting?.terminate();
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function chatOf(chatId: number, type: string = chatId < 0 ? 'group' : 'private'): Record<string, unknown> {
  return type === 'private'
    ? { id: chatId, type, first_name: '居民' }
    : { id: chatId, type, title: '幸福社区居民群' };
}

/** The entities Telegram adds to a text: a bot command at the start, and @mentions (UTF-16 offsets). */
function entitiesOf(text: string): { entities?: Record<string, unknown>[] } {
  const entities: Record<string, unknown>[] = [];
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/(?<![A-Za-z0-9_/])@[A-Za-z0-9_]{5,32}/g)) {
    entities.push({ type: 'mention', offset: mention.index, length: mention[0].length });
  }
  return entities.length > 0 ? { entities } : {};
}

function defaultDescription(code: number): string {
  switch (code) {
    case 400:
      return 'Bad Request: chat not found';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden: bot was blocked by the user';
    case 409:
      return 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
    default:
      return 'Not Found';
  }
}

/** A string or number parameter as text ('' for anything else), as the Bot API reads ids. */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function isWellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
