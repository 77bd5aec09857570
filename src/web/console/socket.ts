import type { ConsoleClientFrame, ConsoleServerFrame } from '../../handoff/handoff-types.js';
import type { ConnectionState } from './labels.js';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15_000;
// A ping now and then keeps proxies from closing a quiet connection.
const PING_MS = 25_000;

/** What the socket tells the desk. */
export interface SocketListener {
  frame(frame: ConsoleServerFrame): void;
  state(state: ConnectionState): void;
}

function parseFrame(data: unknown): ConsoleServerFrame | null {
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    // The server is ours and typed (ConsoleServerFrame); checking the tag is enough to route the frame.
    return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
      ? (value as ConsoleServerFrame)
      : null;
  } catch {
    return null;
  }
}

/**
 * The live queue over /ws/console: sends the token first (browsers cannot set headers on a WebSocket),
 * and after a drop reconnects by itself with a growing delay, reset once the server says `ready`.
 */
export class ConsoleSocket {
  private socket: WebSocket | null = null;
  private stopped = true;
  private retryDelay = FIRST_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly token: () => string | null,
    private readonly listener: SocketListener,
  ) {}

  /** Connects and keeps the connection up until stop(). */
  start(): void {
    this.stopped = false;
    this.pingTimer ??= setInterval(() => this.send({ type: 'ping' }), PING_MS);
    this.connect();
  }

  /** Closes the connection and stops reconnecting. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.pingTimer = undefined;
    const ws = this.socket;
    this.socket = null;
    ws?.close();
    this.listener.state('');
  }

  /** Tells the resident of this handoff that the operator is typing (dropped while offline). */
  typing(handoffId: string): void {
    this.send({ type: 'typing', handoffId });
  }

  private send(frame: ConsoleClientFrame): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  private connect(): void {
    const token = this.token();
    if (this.stopped || !token) return;
    this.listener.state('connecting');
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/ws/console`);
    this.socket = ws;
    ws.addEventListener('open', () => {
      const auth: ConsoleClientFrame = { type: 'auth', token };
      ws.send(JSON.stringify(auth));
    });
    ws.addEventListener('message', (event) => {
      // A frame from a socket already replaced (or closed by stop) is stale.
      if (ws !== this.socket) return;
      const frame = parseFrame(event.data);
      if (!frame) return;
      if (frame.type === 'ready') {
        this.retryDelay = FIRST_RETRY_MS;
        this.listener.state('online');
      }
      this.listener.frame(frame);
    });
    ws.addEventListener('close', () => {
      if (ws !== this.socket) return;
      this.socket = null;
      if (this.stopped) return;
      this.listener.state('offline');
      this.retryTimer = setTimeout(() => this.connect(), this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    });
  }
}
