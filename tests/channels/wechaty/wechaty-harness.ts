import { rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { types } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { tempDir } from '../../helpers/test-app.js';

/** The mocked WeChat account the bot runs as. */
export const BOT_NAME = '一门助手';

type MessagePayload = ReturnType<mock.Mocker['messagePayload']>;
type ContactMock = ReturnType<mock.Mocker['createContact']>;
type RoomMock = ReturnType<mock.Mocker['createRoom']>;

/** The yimen app with Wechaty on over wechaty-puppet-mock, the bot logged in. */
export interface WechatyTestApp {
  app: FastifyInstance;
  mocker: mock.Mocker;
  puppet: PuppetMock;
  bot: ContactMock;
  /** Every message the bot sent, in order. */
  sent: MessagePayload[];
  close(): Promise<void>;
}

/** Starts the real app on a fresh PGlite dir with WECHATY_PUPPET=wechaty-puppet-mock, and logs the bot in. */
export async function startWechatyApp(env: Record<string, string> = {}): Promise<WechatyTestApp> {
  const dataDir = await tempDir('yimen-wechaty-');
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests drive the outbox through kicks; the timer only catches retries.
    OUTBOX_INTERVAL_MS: '200',
    SLA_CHECK_INTERVAL_MS: '600000',
    WECHATY_PUPPET: 'wechaty-puppet-mock',
    ...env,
    DATA_DIR: dataDir,
  });
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const app = await buildApp({ config, wechatyPuppet: puppet });
  const bot = mocker.createContact({ name: BOT_NAME });
  const sent: MessagePayload[] = [];
  puppet.on('message', ({ messageId }) => {
    const payload = mocker.messagePayload(messageId);
    if (payload.talkerId === bot.id) sent.push(payload);
  });
  const loggedIn = new Promise<void>((resolve) => {
    puppet.once('login', () => resolve());
  });
  mocker.login(bot);
  await loggedIn;
  return {
    app,
    mocker,
    puppet,
    bot,
    sent,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** Emits a message from `talker` as the puppet would, and returns its id. */
export function emitMessage(
  t: WechatyTestApp,
  talker: ContactMock,
  content: Partial<MessagePayload> & { type: types.Message },
  room?: RoomMock,
): string {
  const id = `mock-msg-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  const payload = {
    id,
    talkerId: talker.id,
    timestamp: Date.now(),
    ...(room ? { roomId: room.id, mentionIdList: [] } : { listenerId: t.bot.id }),
    ...content,
  } as MessagePayload;
  t.mocker.MessageMock.create(payload);
  t.puppet.emit('message', { messageId: id });
  return id;
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Whether a turn for this message was committed. */
export async function turnCommitted(t: WechatyTestApp, messageId: string): Promise<boolean> {
  const { rows } = await t.app.services.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM turns WHERE message_id = $1',
    [messageId],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Whether the outbox has nothing left to send. */
export async function outboxIdle(t: WechatyTestApp): Promise<boolean> {
  const { rows } = await t.app.services.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM outbox WHERE status IN ('pending', 'sending')",
  );
  return rows[0]?.n === 0;
}

/** A resident on a mocked WeChat account, writing to the bot in a private chat. */
export class MockResident {
  readonly contact: ContactMock;

  constructor(
    private readonly t: WechatyTestApp,
    name: string,
  ) {
    this.contact = t.mocker.createContact({ name });
  }

  /** Messages the bot sent this resident, in order. */
  received(): string[] {
    return this.t.sent.filter((m) => m.listenerId === this.contact.id).map((m) => m.text ?? '');
  }

  /** Sends a message and resolves with the bot's answers to it, once its turn is committed and delivered. */
  async send(content: Partial<MessagePayload> & { type: types.Message }): Promise<string[]> {
    const before = this.received().length;
    const id = emitMessage(this.t, this.contact, content);
    await until(() => turnCommitted(this.t, id), `the turn of ${JSON.stringify(content.text)}`);
    await until(() => outboxIdle(this.t), 'the outbox to deliver');
    return this.received().slice(before);
  }

  /** Types a text message. */
  say(text: string): Promise<string[]> {
    return this.send({ type: types.Message.Text, text });
  }

  /** Answers the options of the last message with the digit of the option labelled `label`. */
  async choose(label: string): Promise<string[]> {
    const last = this.received().at(-1) ?? '';
    const line = last.split('\n').find((l) => new RegExp(`^\\d\\. ${escape(label)}$`).test(l));
    if (!line) throw new Error(`「${label}」 is not among the options of:\n${last}`);
    return this.say(line.slice(0, 1));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
