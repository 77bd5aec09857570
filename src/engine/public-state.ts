import type { ConversationState } from './conversation-state.js';

/** Where an application form stands, as channels may show it (no values, only field names). */
export interface FormProgress {
  type: string;
  stage: string;
  step: number;
  total: number;
  missing: string[];
  asking?: string;
  askingFields?: string[];
}

/** The part of the conversation state that channels may show: no personal data. */
export interface PublicState {
  topic: string | null;
  urgency: ConversationState['urgency'];
  turnCount: number;
  /** The flow in progress, by name, or null. */
  flow: string | null;
  /** What the bot is waiting for: `consent`, `field:phone`, `confirm`, `status_receipt`, `safety_location`, `offer_apply`, `need` (after a bare greeting) … */
  expecting: string[];
  /** Present while an application form is open. */
  form?: FormProgress;
  /** The receipt number of the case registered or told in this conversation. */
  caseNo?: string;
  /** The urgent case raised for this conversation (green channel), which an integration can follow up by number. */
  urgentCaseNo?: string;
  /** False when the last turn abstained: not understood, or a question the bot had no answer to (absent in turns stored before it existed). */
  understood?: boolean;
  /** The risk heard in the last message (`distress` gets a kind word and no queue). */
  risk?: 'critical' | 'high' | 'distress' | 'none';
}
