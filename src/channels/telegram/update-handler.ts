import type { Inbound } from '../../engine/inbound.js';
import { AppError } from '../../errors.js';
import type { ChannelKit } from '../channel-kit.js';
import { withDeadline } from './abort.js';
import type { BotApi } from './bot-api.js';
import { findByCallbackData, isHashedCallbackData, type CallbackTable } from './callback-data.js';
import type { TelegramLogger } from './logger.js';
import { UpdateDeferred } from './update-deferred.js';
import { updateToInbound, type BotIdentity } from './update-to-inbound.js';

// Shown on a tapped button that can no longer be matched to what it stood for (a very old message).
const STALE_BUTTON = '这个按钮已经过期了，请直接打字告诉我您要办的事。';

// How many transcript entries to search for a hashed button that this process did not send.
const TRANSCRIPT_SEARCH = 40;

/** What the update handler uses. */
export interface UpdateHandlerDeps {
  kit: Pick<ChannelKit, 'engine' | 'transcript' | 'clock'>;
  api: Pick<BotApi, 'answerCallbackQuery'>;
  /** The bot's own identity (getMe, cached once it succeeds). */
  identity: (signal?: AbortSignal) => Promise<BotIdentity>;
  table: CallbackTable;
  logger: TelegramLogger;
}

/**
 * Runs one Telegram update: maps it, resolves a hashed button, answers the callback query (so the spinner
 * stops) and runs the turn with `replyVia: 'outbox'`, so the replies are queued in the turn's own transaction
 * and sent by the outbound router. Rejects with UpdateDeferred while the engine shuts down, so the update is
 * not confirmed and Telegram delivers it again after the restart.
 */
export function createUpdateHandler(deps: UpdateHandlerDeps): (update: unknown) => Promise<void> {
  const { kit, api, table, logger } = deps;

  const answerCallback = (id: string, text?: string) =>
    withDeadline(5_000, undefined, (signal) =>
      api.answerCallbackQuery({ callback_query_id: id, ...(text ? { text } : {}) }, signal),
    ).catch((error: unknown) => {
      // An old query cannot be answered any more; the turn goes on all the same.
      logger.debug(
        { err: error instanceof Error ? error.name : 'unknown' },
        'Telegram: callback query not answered',
      );
    });

  async function resolveButton(inbound: Inbound & { kind: 'button' }): Promise<Inbound | undefined> {
    if (!isHashedCallbackData(inbound.buttonId)) return inbound;
    const data = inbound.buttonId;
    let button = table.lookup(inbound.userId, data);
    if (!button) {
      const { history } = await kit.transcript.open(
        { channel: inbound.channel, userId: inbound.userId },
        TRANSCRIPT_SEARCH,
      );
      for (const entry of [...history].reverse()) {
        button = findByCallbackData(entry.buttons ?? [], data);
        if (button) break;
      }
    }
    if (!button) return undefined;
    return { ...inbound, buttonId: button.id, text: inbound.text === data ? button.label : inbound.text };
  }

  return async (update) => {
    const mapped = updateToInbound(update, await deps.identity(), kit.clock.now());
    if (mapped.kind === 'ignored') {
      logger.debug({ reason: mapped.reason }, 'Telegram: update ignored');
      if (mapped.callbackQueryId) await answerCallback(mapped.callbackQueryId);
      return;
    }
    let inbound: Inbound | undefined = mapped.inbound;
    if (inbound.kind === 'button') {
      inbound = await resolveButton(inbound);
      if (!inbound) {
        logger.info(
          { channel: 'telegram' },
          'Telegram: a tapped button could not be matched; the resident was told',
        );
        if (mapped.callbackQueryId) await answerCallback(mapped.callbackQueryId, STALE_BUTTON);
        return;
      }
    }
    const answered = mapped.callbackQueryId ? answerCallback(mapped.callbackQueryId) : undefined;
    try {
      await kit.engine.handle({ ...inbound, replyVia: 'outbox' });
    } catch (error) {
      if (error instanceof AppError && error.code === 'unavailable') throw new UpdateDeferred(error.message);
      throw error;
    } finally {
      await answered;
    }
  };
}
