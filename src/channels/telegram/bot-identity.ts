import { withDeadline } from './abort.js';
import type { BotApi } from './bot-api.js';
import type { BotIdentity } from './update-to-inbound.js';

/** The bot's identity from getMe, fetched once it is first needed and kept once it succeeded. */
export interface BotIdentitySource {
  get(signal?: AbortSignal): Promise<BotIdentity>;
}

/** Caches a successful getMe; a failed one is forgotten so that the next update asks again. */
export function botIdentitySource(api: Pick<BotApi, 'getMe'>, timeoutMs = 10_000): BotIdentitySource {
  let known: BotIdentity | undefined;
  let pending: Promise<BotIdentity> | undefined;
  return {
    async get(signal) {
      if (known) return known;
      pending ??= withDeadline(timeoutMs, signal, (s) => api.getMe(s)).then(
        (me) => {
          known = me;
          return me;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
