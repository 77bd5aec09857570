import type { CasePlan } from '../cases/case-plan.js';
import type { Button } from './buttons.js';

/** How soon a person must look at a handed-over conversation. */
export type HandoffPriority = 'critical' | 'high' | 'normal';

/** Facts a turn records for staff and for tuning, saved with the turn. */
export type RecordKind =
  | 'complaint'
  | 'human_requested'
  | 'urgency'
  | 'distress'
  | 'answer_feedback'
  | 'consent'
  | 'case_registered'
  | 'report_filed'
  | 'volunteer_registered'
  | 'location_shared'
  | 'image_received'
  | 'unsubscribed'
  | 'personal_data_erased'
  | 'turn_failed'
  | 'satisfaction_rated';

/** A message the resident reads, with the buttons offered under it. */
export interface ReplyAction {
  type: 'reply';
  text: string;
  buttons?: Button[];
}

/**
 * Registers an application in the ledger; its receipt number is drawn in the turn's transaction. The
 * store puts one of the two branches in the effect's place: `onRegistered`, or `onOwnDuplicate` when this
 * same resident already has an open case of the person and type (another person's case is never told:
 * the new request is registered and marked for staff to merge).
 */
export interface RegisterCaseEffect {
  type: 'register_case';
  /** Names the case in this turn: tokens (ctx.token(ref)) in replies and state become its receipt number. */
  ref: string;
  plan: CasePlan;
  onRegistered: OutboundAction[];
  /** Said instead when the resident's own open case exists; `${ref}_status` tokens become its status. */
  onOwnDuplicate: OutboundAction[];
}

/** Marks the person's open case urgent (never lowering it), or registers one urgent case for them. */
export interface FlagUrgentEffect {
  type: 'flag_urgent';
  ref: string;
  level: 'critical' | 'high';
  reasons: string[];
  /** The case this conversation already flagged or registered, if any: one person, one urgent case. */
  knownCaseNo: string | null;
  /** The case to register when the person has none open. */
  plan: CasePlan;
}

/**
 * Writes what the safety follow-up learned (where the person is, a number to call back, their name) into the
 * urgent case already flagged: only what the case does not hold yet, so nothing staff wrote is overwritten.
 */
export interface CompleteUrgentCaseEffect {
  type: 'complete_urgent_case';
  caseNo: string;
  name?: string;
  address?: string;
  phone?: string;
}

/** Registers a volunteer or grid worker, to be verified once by an operator. */
export interface RegisterVolunteerEffect {
  type: 'register_volunteer';
  name: string;
  phone: string;
  community: string;
}

/** Deletes personal data the resident gave in this conversation, everywhere it went (cancel, refusal, withdrawal). */
export interface ErasePersonalDataEffect {
  type: 'erase_personal_data';
  /** The values to remove wherever they were stored: names, addresses, free text; ID numbers and phones are always masked. */
  values: string[];
  reason:
    | 'cancelled'
    | 'consent_refused'
    | 'consent_withdrawn'
    | 'duplicate'
    | 'consent_withdrawn_after_registration';
}

/**
 * Counts a failed status check against the receipt number tried (if any) and this address; when the case
 * reaches its limit its online check is paused and its owner told, through the outbox, with `ownerNotice`.
 */
export interface StatusCheckFailedEffect {
  type: 'status_check_failed';
  caseNo: string | null;
  ownerNotice: string;
}

/**
 * A resident withdrew consent after registering: `cancel` (not yet passed to a department) are cancelled
 * and their personal data deleted; `keep` stay with the department as the law requires. Every case's
 * personal data is erased from this conversation either way.
 */
export interface WithdrawConsentEffect {
  type: 'withdraw_consent';
  cancel: string[];
  keep: string[];
  /** Personal values the conversation holds outside any case (an application set aside), erased with the cases'. */
  values: string[];
}

/** The effects a turn asks for; the store applies them in the turn's transaction, in order. */
export type Effect =
  | RegisterCaseEffect
  | FlagUrgentEffect
  | CompleteUrgentCaseEffect
  | RegisterVolunteerEffect
  | ErasePersonalDataEffect
  | StatusCheckFailedEffect
  | WithdrawConsentEffect;

/** What the engine asks a channel and the store to do after a turn. */
export type OutboundAction =
  | ReplyAction
  /** Joins the green-channel queue; `caseNo` (or a `{{ref}}` token) links the urgent case. */
  | {
      type: 'handoff';
      priority: HandoffPriority;
      reasons: string[];
      caseNo?: string;
      /** The risk category heard (risk/taxonomy.yaml): a resident left waiting is told the number that fits it. */
      category?: string;
    }
  | { type: 'record'; kind: RecordKind; detail: Record<string, unknown> }
  | Effect;

/** True for the actions the store applies as effects. */
export function isEffect(action: OutboundAction): action is Effect {
  return (
    action.type === 'register_case' ||
    action.type === 'flag_urgent' ||
    action.type === 'complete_urgent_case' ||
    action.type === 'register_volunteer' ||
    action.type === 'erase_personal_data' ||
    action.type === 'status_check_failed' ||
    action.type === 'withdraw_consent'
  );
}

/** The replies of a turn, in order. */
export function repliesOf(actions: readonly OutboundAction[]): ReplyAction[] {
  return actions.filter((a): a is ReplyAction => a.type === 'reply');
}

/**
 * A placeholder for a value an effect produces (a receipt number), unguessable so that text a resident
 * typed can never be mistaken for one: the nonce is drawn per turn by the engine.
 */
export function effectToken(nonce: string, ref: string): string {
  return `⟦${nonce}:${ref}⟧`;
}

/** Replaces every effect token in a JSON-serialisable value with the value its effect produced. */
export function resolveTokens<T>(value: T, nonce: string, produced: ReadonlyMap<string, string>): T {
  if (produced.size === 0) return value;
  const json = JSON.stringify(value).replace(
    /⟦([0-9a-f]+):([a-z0-9_]+)⟧/g,
    (whole, n: string, ref: string) => (n === nonce ? (produced.get(ref) ?? whole) : whole),
  );
  return JSON.parse(json) as T;
}
