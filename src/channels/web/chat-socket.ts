import type { Duplex } from 'node:stream';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { ChannelSender } from '../../delivery/outbound-message.js';
import { repliesOf } from '../../engine/actions.js';
import type { Inbound } from '../../engine/inbound.js';
import type { TurnResult } from '../../engine/types.js';
import { AppError, toErrorBody } from '../../errors.js';
import type { ChannelKit } from '../channel-kit.js';
import { readJsonFrame } from '../read-json-frame.js';
import type { ResidentRateLimits } from '../../net/rate-limits.js';
import { residentText } from '../../text/resident-text.js';
import { weakWebChatId } from './web-chat-id.js';
import { clientFrameSchema, withLabels, type ServerFrame } from './frames.js';

/** Limits of the web chat socket. */
export interface ChatSocketOptions {
  maxMessageChars: number;
  /** Frames above this many bytes are refused with an error frame (the socket stays open). */
  maxFrameBytes: number;
  historyLimit: number;
  /** Resident message and conversation-opening limits (per resident and per IP). */
  limits: ResidentRateLimits;
}

const CHANNEL = 'web';
// The page writes messageId before the text, so a refused oversized frame still says which message it was.
const LEADING_MESSAGE_ID = /"messageId"\s*:\s*"([A-Za-z0-9_-]{1,64})"/u;

/** The messageId near the start of a frame that could not be read, so the page can stop re-sending it. */
function messageIdOf(data: RawData): string | undefined {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return LEADING_MESSAGE_ID.exec(buffer.subarray(0, 200).toString('utf8'))?.[1];
}

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

/**
 * Runs `sends` with the connection corked, so the frames it sends leave in one write: every turn sends two
 * pairs (accepted and typing, the reply and the end of typing), and each write wakes the page's side once.
 */
function together(connection: Duplex, sends: () => void): void {
  connection.cork();
  try {
    sends();
  } finally {
    connection.uncork();
  }
}

/** The web channel's sender: a push reaches the resident's open pages at once; the transcript keeps it for a reload. */
export function webChatSender(kit: Pick<ChannelKit, 'bus'>): ChannelSender {
  return {
    channel: CHANNEL,
    send: (address, message) => kit.bus.publish(address, message),
  };
}

/** GET /ws/chat: the web chat page's WebSocket, JSON frames validated with zod. */
export function registerChatSocket(app: FastifyInstance, kit: ChannelKit, options: ChatSocketOptions): void {
  kit.router.register(webChatSender(kit));
  const perIp = { rateLimit: options.limits.openingRoute };
  app.get('/ws/chat', { websocket: true, schema: { hide: true }, config: perIp }, (socket, request) => {
    const log: FastifyBaseLogger = request.log.child({ channel: CHANNEL });
    // The upgraded request's socket is the one the WebSocket writes its frames to.
    const connection = request.raw.socket;
    let userId: string | undefined;
    let conversationId: string | undefined;
    let unsubscribe: (() => void) | undefined;
    let unsubscribeTyping: (() => void) | undefined;
    socket.on('close', () => {
      unsubscribe?.();
      unsubscribeTyping?.();
    });

    const fail = (code: string, message: string, messageId?: string): void =>
      send(socket, { type: 'error', code, message, ...(messageId ? { messageId } : {}) });

    async function onHello(id: string): Promise<void> {
      const address = { channel: CHANNEL, userId: id };
      await options.limits.opening(request, `${CHANNEL}:${id}`);
      const opened = await kit.transcript.open(address, options.historyLimit);
      userId = id;
      conversationId = opened.conversationId;
      unsubscribe?.();
      // Department updates and operator replies reach an open page at once.
      unsubscribe = kit.bus.subscribe(address, (pushed) =>
        send(socket, {
          type: 'push',
          message: withLabels({
            id: pushed.transcriptId ?? `push:${Date.now()}`,
            author: pushed.kind === 'operator' ? 'operator' : 'bot',
            text: pushed.text,
            ...(pushed.buttons ? { buttons: pushed.buttons } : {}),
            at: pushed.at ?? kit.clock.now().toISOString(),
          }),
        }),
      );
      unsubscribeTyping?.();
      unsubscribeTyping = kit.bus.subscribeTyping(address, () =>
        send(socket, { type: 'typing', active: true, who: 'operator' }),
      );
      send(socket, {
        type: 'welcome',
        conversationId: opened.conversationId,
        history: opened.history.map(withLabels),
        intro: withLabels({
          text: kit.intro.text,
          ...(kit.intro.buttons ? { buttons: kit.intro.buttons } : {}),
        }),
      });
      log.info({ conversationId }, 'web chat connected');
    }

    async function onMessage(
      messageId: string,
      rawText: string,
      buttonId: string | undefined,
    ): Promise<void> {
      if (userId === undefined) return fail('bad_request', '连接还没准备好，请刷新页面再试。', messageId);
      // NUL dropped and lone surrogates replaced before anything reads or stores the text (see residentText).
      const text = residentText(rawText).trim();
      if (text.length === 0) return fail('bad_request', '消息不能为空。', messageId);
      await options.limits.message(request, `${CHANNEL}:${userId}`);
      if (text.length > options.maxMessageChars) {
        return fail(
          'payload_too_large',
          `消息太长了，请分几次发送（每次不超过${options.maxMessageChars}字）。`,
          messageId,
        );
      }
      together(connection, () => {
        send(socket, { type: 'accepted', messageId });
        send(socket, { type: 'typing', active: true });
      });
      let result: TurnResult;
      try {
        const address = { channel: CHANNEL, userId };
        const at = kit.clock.now();
        const inbound: Inbound = buttonId
          ? { ...address, messageId, at, kind: 'button', buttonId, text }
          : { ...address, messageId, at, kind: 'text', text };
        result = await kit.engine.handle(inbound);
      } catch (error) {
        send(socket, { type: 'typing', active: false });
        throw error;
      }
      const when = result.at.toISOString();
      together(connection, () => {
        try {
          send(socket, {
            type: 'reply',
            inReplyTo: messageId,
            replayed: result.replayed,
            messages: repliesOf(result.actions).map((r, i) =>
              withLabels({
                id: `${messageId}:${i}`,
                author: 'bot' as const,
                text: r.text,
                ...(r.buttons ? { buttons: r.buttons } : {}),
                at: when,
              }),
            ),
          });
        } finally {
          send(socket, { type: 'typing', active: false });
        }
      });
    }

    socket.on('message', (data, isBinary) => {
      const raw = readJsonFrame(data, isBinary, options.maxFrameBytes, '消息太长了，请分几次发送。');
      if (!raw.ok) return fail(raw.code, raw.message, messageIdOf(data));
      const parsed = clientFrameSchema.safeParse(raw.value);
      if (!parsed.success) {
        log.debug({ conversationId, issues: parsed.error.issues.length }, 'invalid frame');
        return fail('bad_request', '消息格式不对，请刷新页面再试。');
      }
      const frame = parsed.data;
      if (frame.type === 'typing') {
        if (conversationId !== undefined) kit.residentTyping?.(conversationId);
        return;
      }
      if (frame.type === 'hello') {
        const weak = weakWebChatId(frame.userId);
        if (weak !== undefined) {
          // Whoever presents an id reads that conversation: a guessable one is refused, never opened.
          log.debug({ reason: weak }, 'weak web chat id refused');
          return fail(
            'weak_user_id',
            '这个聊天页面的身份标识太短或太简单，别人可能猜到，为保护您的信息没有打开对话。请刷新页面再试；如果还不行，请清除浏览器缓存后再打开。',
          );
        }
      }
      const work =
        frame.type === 'hello'
          ? onHello(frame.userId)
          : frame.type === 'message'
            ? onMessage(frame.messageId, frame.text, frame.buttonId)
            : Promise.resolve(send(socket, { type: 'pong' }));
      work.catch((error: unknown) => {
        // An expected refusal (a rate limit) is the resident's answer, not a fault of the service.
        if (!(error instanceof AppError))
          log.error(
            {
              conversationId,
              err: error instanceof Error ? { name: error.name, message: error.message } : error,
            },
            'web chat frame failed',
          );
        const body = toErrorBody(error);
        fail(body.error.code, body.error.message, frame.type === 'message' ? frame.messageId : undefined);
      });
    });
  });
}
