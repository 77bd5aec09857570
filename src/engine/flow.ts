import type { z } from 'zod';
import type { IntentName } from '../nlu/types.js';
import type { MenuAction } from './buttons.js';
import type { DialogueServices } from './dialogue-services.js';
import type { FormProgress } from './public-state.js';
import type { TurnContext } from './turn-context.js';

/** Returned by a flow's continue() when the message is not for it: the chain answers it as an aside. */
export const NOT_FOR_FLOW: unique symbol = Symbol('not for flow');

/** The type of NOT_FOR_FLOW. */
export type NotForFlow = typeof NOT_FOR_FLOW;

/** Returned by continue() when the resident has moved on: the flow ends and the message goes down the chain. */
export const LEFT_FLOW: unique symbol = Symbol('left flow');

/** The type of LEFT_FLOW. */
export type LeftFlow = typeof LEFT_FLOW;

/**
 * One guided exchange (an application, a status check, a report …). A conversation runs at most one;
 * its state is validated by the flow's own schema every time it is loaded. A flow speaks through the
 * turn context (replies, effects) and returns its next state, or null when it is finished.
 */
export interface Flow<S> {
  /** The registry name, saved with the state. */
  readonly name: string;
  readonly schema: z.ZodType<S>;
  /** Menu actions (buttons) and intents that start the flow when none is running. */
  readonly startsOn: { menu?: readonly MenuAction[]; intents?: readonly IntentName[] };
  /** Other messages that start the flow when none is running (「我是网格员，想登记」). */
  wants?(ctx: TurnContext): boolean;
  /** Starts the flow from the message that asked for it; null when it finished at once. */
  start(ctx: TurnContext): Promise<S | null>;
  /**
   * Takes the resident's message: the next state, null when finished, NOT_FOR_FLOW for an aside (answered,
   * then the flow asks again), or LEFT_FLOW when the resident moved on to something else.
   */
  continue(ctx: TurnContext, state: S): Promise<S | null | NotForFlow | LeftFlow>;
  /** Asks again for what the flow is waiting for (after an aside, or when the safety follow-up is done). */
  resume(ctx: TurnContext, state: S): S;
  /**
   * Takes whatever answer an urgent message carried without saying anything, so that the safety reply
   * never loses what the resident just gave; absent when the flow keeps nothing from free text.
   */
  absorb?(ctx: TurnContext, state: S): S;
  /** Takes the callback number the safety follow-up gathered, so the resident is not asked for it twice. */
  withContact?(state: S, contact: { phone: string | null }): S;
  /** What the flow waits for, as public keys: `consent`, `field:phone`, `confirm`, `status_receipt` … */
  expecting(state: S, services: DialogueServices): string[];
  /** The personal data the state holds, to erase everywhere when the flow is discarded. */
  personalValues?(state: S): string[];
  /** What the flow gathered, for the operator's summary: the application's type and its fields. */
  summary?(state: S): { type: string; fields: Record<string, string | number> } | undefined;
  /** What an urgent case for this person should carry from the flow (name, address, phone …). */
  caseFields?(state: S): Record<string, string | number>;
  /** The form progress channels may show (the application flow). */
  progress?(state: S, services: DialogueServices): FormProgress | undefined;
  /** True when the flow reports danger to the queue itself (a report about someone else). */
  readonly handlesUrgency?: boolean;
}

/** A flow of any state type, as the registry holds it. */
export type AnyFlow = Flow<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
