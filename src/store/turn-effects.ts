import { CASE_STATUS_LABELS, CLOSED_STATUSES } from '../cases/case-types.js';
import {
  resolveTokens,
  type ErasePersonalDataEffect,
  type FlagUrgentEffect,
  type OutboundAction,
} from '../engine/actions.js';
import type { TurnCommit } from '../engine/types.js';
import {
  completeUrgentContact,
  openCaseOfConversation,
  raiseCaseUrgency,
  registerPlannedCase,
} from './case-repository.js';
import type { SqlExecutor } from './sql.js';
import { registerVolunteer } from './volunteer-repository.js';
import { recordStatusCheckFailure } from './status-guard-repository.js';
import { withdrawConsent } from './withdraw-consent.js';

/** What applying a turn's effects produced: values for the placeholders, the actions left, the erasures to do last. */
export interface AppliedEffects {
  produced: Map<string, string>;
  actions: OutboundAction[];
  erasures: ErasePersonalDataEffect[];
}

/** The person's open case gets the flag; without one, the planned urgent case is registered. One person, one urgent case. */
async function flagUrgent(tx: SqlExecutor, effect: FlagUrgentEffect, commit: TurnCommit): Promise<string> {
  const at = commit.at;
  if (effect.knownCaseNo) {
    const raised = await raiseCaseUrgency(tx, effect.knownCaseNo, effect.level, effect.reasons, at);
    if (raised && !CLOSED_STATUSES.includes(raised.status)) return raised.caseNo;
  }
  const open = await openCaseOfConversation(tx, commit.conversationId);
  if (open) {
    await raiseCaseUrgency(tx, open.caseNo, effect.level, effect.reasons, at);
    return open.caseNo;
  }
  const outcome = await registerPlannedCase(tx, effect.plan);
  return outcome.case.caseNo;
}

/**
 * Applies the effects of a turn inside its transaction, in order: cases registered (receipt numbers drawn
 * here), urgent flags, volunteer registrations. Each effect's placeholder gets its value; a registration's
 * branch (registered, or the resident's own open case) takes its place among the actions.
 */
export async function applyTurnEffects(tx: SqlExecutor, commit: TurnCommit): Promise<AppliedEffects> {
  const produced = new Map<string, string>();
  const actions: OutboundAction[] = [];
  const erasures: ErasePersonalDataEffect[] = [];
  for (const action of commit.actions) {
    switch (action.type) {
      case 'register_case': {
        const outcome = await registerPlannedCase(tx, action.plan);
        produced.set(action.ref, outcome.case.caseNo);
        produced.set(`${action.ref}_status`, CASE_STATUS_LABELS[outcome.case.status]);
        actions.push(...(outcome.kind === 'own_duplicate' ? action.onOwnDuplicate : action.onRegistered));
        break;
      }
      case 'flag_urgent':
        produced.set(action.ref, await flagUrgent(tx, action, commit));
        break;
      case 'complete_urgent_case':
        // The case may have been flagged earlier in this same turn: its number is then still a token.
        await completeUrgentContact(
          tx,
          resolveTokens(action.caseNo, commit.nonce, produced),
          action,
          commit.at,
        );
        break;
      case 'register_volunteer':
        await registerVolunteer(tx, { ...commit.address, ...action, at: commit.at });
        break;
      case 'erase_personal_data':
        erasures.push(action);
        break;
      case 'withdraw_consent':
        erasures.push(await withdrawConsent(tx, action, commit.address, commit.at));
        break;
      case 'status_check_failed':
        await recordStatusCheckFailure(tx, action, commit.address, commit.at);
        break;
      case 'reply':
      case 'handoff':
      case 'record':
        actions.push(action);
        break;
    }
  }
  return { produced, actions, erasures };
}
