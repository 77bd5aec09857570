/** Where a message comes from or goes to: a channel and the resident's id on it. */
export interface Address {
  channel: string;
  userId: string;
}

/** A place a resident shared (WeChat and Telegram location messages). */
export interface SharedLocation {
  lat: number;
  lng: number;
  /** The place name the channel gave, e.g. 「江阴市澄江街道人民路18号」. */
  label?: string;
}

/** Channel events that are not messages (and the service's own: a late second opinion on danger). */
export type InboundEvent =
  'subscribe' | 'unsubscribe' | 'start' | 'risk_second_opinion' | 'satisfaction_survey';

/** What a second opinion (the LLM's) found in a message the offline reading left calmer. */
export interface SecondOpinionRisk {
  level: 'high' | 'distress';
  category: string | null;
  reasons: string[];
  /** The reply written for the category, to send the resident now. */
  reply: string;
}

/** What a resident sent, by kind; `text` is always what the transcript shows for it. */
export type InboundContent =
  | { kind: 'text'; text: string }
  /** A voice message the channel already turned into text (WeChat's Recognition field). */
  | { kind: 'voice'; text: string }
  /** A tap on a button the bot offered: its id, and its label as the transcript shows it. */
  | { kind: 'button'; buttonId: string; text: string }
  | { kind: 'location'; text: string; location: SharedLocation }
  | { kind: 'image'; text: string; image: { mediaId?: string; url?: string } }
  | {
      kind: 'event';
      text: string;
      event: InboundEvent;
      risk?: SecondOpinionRisk;
      /** The completed case a satisfaction survey asks about. */
      caseNo?: string;
    };

/** The kinds of inbound content. */
export type InboundKind = InboundContent['kind'];

/** One message from a resident, normalised by a channel adapter. */
export type Inbound = Address &
  InboundContent & {
    /** Channel-unique id; the same id sent again is answered from the record, not run twice. */
    messageId: string;
    at: Date;
    /**
     * How the channel gets the replies: in its answer to the request (web socket, REST, WeChat's passive
     * reply), or through the outbox, queued in the turn's own transaction so that none is lost (Telegram).
     */
    replyVia?: 'answer' | 'outbox';
    /**
     * The words are already in the transcript: the resident wrote them while an operator held the
     * conversation, and the bot answers them now that it has it back.
     */
    alreadyInTranscript?: boolean;
  };

/** A plain text message, the shape most tests and the REST channel use. */
export function textInbound(address: Address, messageId: string, text: string, at: Date): Inbound {
  return { ...address, messageId, at, kind: 'text', text };
}
