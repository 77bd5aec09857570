import { readJsonFrame } from '../channels/read-json-frame.js';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { ConsoleClientFrame, ConsoleEvent, ConsoleServerFrame } from '../handoff/handoff-types.js';
import type { Services } from '../services.js';
import type { StaffUser } from '../auth/staff-user.js';

// Browsers cannot set headers on a WebSocket, so the bearer token comes in the first frame.
const clientFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), token: z.string().min(1).max(512) }),
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('typing'), handoffId: z.uuid() }),
]) satisfies z.ZodType<ConsoleClientFrame>;

const MAX_FRAME_BYTES = 4096;
// 1008 = policy violation: the page should log in again rather than reconnect in a loop.
const CLOSE_POLICY = 1008;

function send(socket: WebSocket, frame: ConsoleServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

/** GET /ws/console: live queue events for operators and admins, after an `auth` frame with the bearer token. */
export function registerConsoleSocket(app: FastifyInstance, services: Services): void {
  app.get('/ws/console', { websocket: true, schema: { hide: true } }, (socket, request) => {
    const log: FastifyBaseLogger = request.log.child({ channel: 'console' });
    let unsubscribe: (() => void) | undefined;
    let authenticating = false;
    let staffUser: StaffUser | undefined;
    socket.on('close', () => unsubscribe?.());
    const fail = (code: string, message: string): void => send(socket, { type: 'error', code, message });

    async function onAuth(token: string): Promise<void> {
      authenticating = true;
      const user = await services.auth.authenticate(token);
      if (!user) {
        authenticating = false;
        fail('unauthorized', '请先登录。');
        return;
      }
      if (user.role !== 'operator' && user.role !== 'admin') {
        fail('forbidden', '只有热线和窗口工作人员可以打开工作台。');
        socket.close(CLOSE_POLICY, 'forbidden');
        return;
      }
      // Listen before reading the queue, and hold events until the snapshot is sent, so nothing falls in between.
      const pending: ConsoleEvent[] = [];
      let live = false;
      unsubscribe = services.consoleHub.subscribe((event) => {
        if (live) send(socket, event);
        else pending.push(event);
      });
      staffUser = user;
      const handoffs = await services.handoffs.list(true);
      send(socket, {
        type: 'ready',
        handoffs,
        user: { id: user.id, displayName: user.displayName, role: user.role },
      });
      for (const event of pending) send(socket, event);
      live = true;
      log.info({ staffUserId: user.id }, 'console connected');
    }

    socket.on('message', (data, isBinary) => {
      const raw = readJsonFrame(data, isBinary, MAX_FRAME_BYTES, '消息太长了。');
      if (!raw.ok) return fail(raw.code, raw.message);
      const json = raw.value;
      const parsed = clientFrameSchema.safeParse(json);
      if (!parsed.success) return fail('bad_request', '消息格式不对，请刷新页面再试。');
      const frame = parsed.data;
      if (frame.type === 'ping') return send(socket, { type: 'pong' });
      if (frame.type === 'typing') {
        if (!staffUser) return fail('unauthorized', '请先登录。');
        services.handoffTools
          .operatorTyping(frame.handoffId, staffUser)
          .catch((error: unknown) =>
            log.warn({ err: error instanceof Error ? error.name : 'error' }, 'typing signal not passed on'),
          );
        return;
      }
      if (authenticating || unsubscribe) return fail('bad_request', '已经登录过了。');
      onAuth(frame.token).catch((error: unknown) => {
        authenticating = false;
        log.error(
          { err: error instanceof Error ? { name: error.name, message: error.message } : error },
          'console auth failed',
        );
        fail('internal', '系统出了点问题，请稍后再试。');
      });
    });
  });
}
