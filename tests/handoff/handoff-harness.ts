import type { FastifyInstance } from 'fastify';
import { FrameClient } from '../helpers/ws-client.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';

/** Tuesday 24 November 2026, 10:00 in Beijing: the window is open. */
export const OFFICE_TIME = new Date('2026-11-24T02:00:00Z');

/** A running app with a fake clock, listening on loopback for the sockets. */
export interface HandoffTestApp extends TestApp {
  clock: FakeClock;
  baseUrl: string;
  wsUrl: string;
}

/** Starts the real app on a fresh PGlite dir with a fake clock, listening on 127.0.0.1. */
export async function startHandoffApp(env: Record<string, string> = {}): Promise<HandoffTestApp> {
  const clock = new FakeClock(OFFICE_TIME);
  // A long SLA timer interval: the tests drive checkSla themselves.
  const t = await startTestApp({ SLA_CHECK_INTERVAL_MS: '600000', ...env }, clock);
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...t, clock, baseUrl, wsUrl: baseUrl.replace('http', 'ws') };
}

/** Creates a staff user and logs in; resolves with the bearer token. */
export async function staffToken(
  app: FastifyInstance,
  username: string,
  role: 'operator' | 'admin' | 'volunteer' | 'department' = 'operator',
  displayName = username,
): Promise<string> {
  const password = 'operator-pass-1';
  const created = await app.services.auth.createUser({
    username,
    displayName,
    role,
    password,
    ...(role === 'department' ? { departmentCode: 'civil_affairs' } : {}),
  });
  if (!created.ok) throw new Error(`cannot create ${username}: ${JSON.stringify(created.problems)}`);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  return res.json<{ token: string }>().token;
}

/** Authorization header for a token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An operator console socket that has authenticated and received the queue snapshot. */
export async function openConsole(wsUrl: string, token: string): Promise<FrameClient> {
  const client = await FrameClient.connect(`${wsUrl}/ws/console`);
  client.send({ type: 'auth', token });
  await client.next((f) => f.type === 'ready');
  return client;
}

/** A resident on the web chat socket. */
export class WebResident {
  private count = 0;
  private constructor(
    readonly client: FrameClient,
    readonly conversationId: string,
  ) {}

  /** Connects and says hello as `userId`. */
  static async connect(wsUrl: string, userId: string): Promise<WebResident> {
    const client = await FrameClient.connect(`${wsUrl}/ws/chat`);
    client.send({ type: 'hello', userId });
    const welcome = await client.next((f) => f.type === 'welcome');
    return new WebResident(client, welcome.conversationId as string);
  }

  /** Sends a message and resolves with the bot's reply texts (empty while an operator holds the conversation). */
  async say(text: string): Promise<string[]> {
    const messageId = `m${++this.count}`;
    this.client.send({ type: 'message', messageId, text });
    const reply = await this.client.next((f) => f.type === 'reply' && f.inReplyTo === messageId);
    return (reply.messages as { text: string }[]).map((m) => m.text);
  }

  close(): void {
    this.client.close();
  }
}
