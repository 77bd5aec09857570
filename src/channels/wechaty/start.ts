import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { WechatyBuilder, type Message, type WechatyOptions } from 'wechaty';
import { ConfigError } from '../../config.js';
import type { EngineLogger } from '../../engine/logger.js';
import type { ChannelKit } from '../channel-kit.js';
import { createMemoryOfferedOptions } from '../wechat-oa/offered-options.js';
import { userIdOf } from './address.js';
import { botChat } from './bot-chat.js';
import { errorFields, logBotEvents } from './bot-events.js';
import type { WechatySettings } from './channel-config.js';
import { toWechatyInbound } from './inbound.js';
import { readMessage } from './read-message.js';
import { createWechatySender } from './sender.js';

/** A running Wechaty channel. */
export interface WechatyChannel {
  /** Whether the puppet started; when it did not, the log says why and the other channels run. */
  readonly started: boolean;
  /** Stops the bot and waits for the messages being handled; leaves no timer behind. */
  stop(): Promise<void>;
}

/** What the channel may be given besides its settings. */
export interface WechatyChannelOptions {
  /**
   * A puppet instance to use instead of loading WECHATY_PUPPET by name: tests pass wechaty-puppet-mock's
   * PuppetMock so that they can drive its mocker.
   */
  puppet?: object;
}

/**
 * Turns Wechaty on: messages from contacts (and group messages that mention the bot) run through the
 * engine with `replyVia: 'outbox'`, so the replies are queued in the turn's transaction and delivered by
 * the outbound router through this channel's sender, like every other push (operator replies, case
 * updates): retried while the account is logged out, never lost.
 */
export async function startWechatyChannel(
  kit: ChannelKit,
  settings: WechatySettings,
  logger: EngineLogger,
  options: WechatyChannelOptions = {},
): Promise<WechatyChannel> {
  if (settings.sessionFile) await mkdir(path.dirname(settings.sessionFile), { recursive: true });
  const bot = WechatyBuilder.build({
    // A name makes Wechaty keep its memory card (the puppet's login session) in that file.
    ...(settings.sessionFile ? { name: settings.sessionFile } : {}),
    ...(options.puppet
      ? { puppet: options.puppet }
      : { puppet: settings.puppet, puppetOptions: settings.token ? { token: settings.token } : {} }),
  } as WechatyOptions);
  const offered = createMemoryOfferedOptions();
  kit.router.register(createWechatySender(botChat(bot), offered));
  logBotEvents(bot, logger);

  const inFlight = new Set<Promise<void>>();
  async function handle(message: Message): Promise<void> {
    // The bot's own replies come back as messages: drop them before reading anything.
    if (message.self()) return;
    try {
      const view = await readMessage(message, bot.puppet);
      const target = { contactId: view.talkerId, ...(view.roomId ? { roomId: view.roomId } : {}) };
      const inbound = toWechatyInbound(view, await offered.get(userIdOf(target)));
      if (inbound) await kit.engine.handle(inbound);
    } catch (error) {
      logger.error(
        { channel: 'wechaty', err: errorFields(error) },
        'a Wechaty message could not be handled; the resident got no answer and may write again',
      );
    }
  }
  bot.on('message', (message) => {
    const running = handle(message).finally(() => inFlight.delete(running));
    inFlight.add(running);
  });

  let started = false;
  try {
    await bot.start();
    started = true;
  } catch (error) {
    await bot.stop().catch(() => undefined);
    if (isMissingPackage(error, settings.puppet)) {
      throw new ConfigError(
        `WECHATY_PUPPET=${settings.puppet}: that puppet package is not installed; run ` +
          `\`npm install ${settings.puppet}\` in the yimen folder, or correct the name.`,
      );
    }
    // WeChat down must not take the web chat and the console down with it: log, and run without it.
    logger.error(
      { channel: 'wechaty', err: errorFields(error) },
      'Wechaty could not start; the other channels run. Check WECHATY_PUPPET, WECHATY_PUPPET_SERVICE_TOKEN ' +
        'and that the puppet service is reachable, then restart yimen; replies to WeChat residents wait in the outbox',
    );
  }

  return {
    started,
    async stop() {
      if (started) await bot.stop();
      started = false;
      await Promise.allSettled([...inFlight]);
    },
  };
}

function isMissingPackage(error: unknown, name: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    error instanceof Error &&
    error.message.includes(name)
  );
}
