import type { OutboundRouter } from '../delivery/outbound-router.js';
import type { ReplyAction } from '../engine/actions.js';
import type { Engine } from '../engine/engine.js';
import type { Address } from '../engine/inbound.js';
import type { Clock, TranscriptEntry } from '../engine/types.js';
import type { ConversationBus } from './conversation-bus.js';

/**
 * What a channel adapter may use, and nothing more: it turns its raw input into Inbound messages for the
 * engine, reads a resident's transcript, and registers a sender with the outbound router.
 */
export interface ChannelKit {
  engine: Pick<Engine, 'handle'>;
  transcript: {
    /** The resident's conversation id (created if new) and their transcript, oldest first. */
    open(address: Address, limit: number): Promise<{ conversationId: string; history: TranscriptEntry[] }>;
  };
  router: Pick<OutboundRouter, 'register' | 'deliver'>;
  /** Live pushes to sockets on this process (the web chat). */
  bus: ConversationBus;
  clock: Clock;
  /** Tells the operator consoles that the resident of this conversation is typing. */
  residentTyping?: (conversationId: string) => void;
  /** The bot's introduction, shown when a new resident opens a channel that has no first message of its own. */
  intro: ReplyAction;
}
