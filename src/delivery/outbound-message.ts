import type { Button } from '../engine/buttons.js';
import type { Address } from '../engine/inbound.js';

/** Why a message is pushed to a resident outside the turn's own answer. */
export type OutboundKind = 'reply' | 'operator' | 'case_update' | 'system';

/** A message for a resident's channel: what it says, the buttons under it, and what it is about. */
export interface OutboundMessage {
  kind: OutboundKind;
  text: string;
  buttons?: Button[];
  /** The transcript line this message is, so a page that also loads the history shows it once. */
  transcriptId?: string;
  /** ISO time it was written. */
  at?: string;
  /** For a case update, the facts a channel's template message needs when free text is not allowed. */
  caseUpdate?: { caseNo: string; title: string; status: string; at: string };
}

/** A channel's way of sending a message to a resident (web socket, WeChat customer-service API, Telegram …). */
export interface ChannelSender {
  readonly channel: string;
  /** Sends one message; resolves when the channel took it, throws a DeliveryError when it could not. */
  send(address: Address, message: OutboundMessage): Promise<void>;
}

/** A send that failed: `retryable` says whether trying again later may help (a network error) or not (blocked). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
    /** A channel-specific code for logs and the console (e.g. WeChat's 45015). */
    readonly code?: string,
    /** How long the channel asked to wait before the next try (Telegram's 429 retry_after); never sooner. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
