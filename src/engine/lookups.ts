import type { CaseStatus } from '../cases/case-types.js';
import type { StatusGuardFacts } from '../cases/status-guard.js';

/** A fact from outside the conversation that a decision needs; fetched before the turn and passed in. */
export type LookupRequest =
  /** A case by receipt number, for a status check. */
  | { kind: 'case'; caseNo: string }
  /** This channel user's volunteer registration. */
  | { kind: 'volunteer' }
  /** An open case of this ID number and type registered by this same channel user (never anyone else's). */
  | { kind: 'own_open_case'; idNumber: string; assistanceType: string }
  /** Every case this channel user registered, for a withdrawal of consent. */
  | { kind: 'own_cases' }
  /** The failed status checks of this channel user and of everyone, for the brute-force guard. */
  | { kind: 'status_guard' };

/** What a decision may know of a case: enough to tell its status, nothing it does not need. */
export interface CaseFacts {
  caseNo: string;
  assistanceType: string;
  status: CaseStatus;
  departmentName: string;
  /** ISO end of the transfer deadline. */
  transferDueAt: string;
  /** The last four digits of the phone on the case, the second factor of a status check. */
  phoneLast4: string | null;
  /** True while the case's online status check is paused after repeated failures. */
  statusLocked: boolean;
}

/** What a decision may know of a volunteer registration. */
export interface VolunteerFacts {
  status: 'pending' | 'verified' | 'rejected';
  name: string;
  community: string;
  phone: string;
}

/** The answers to lookups, as passed in with the turn. */
export interface LookupResults {
  /** Receipt number → the case, or null when there is none. */
  cases: Record<string, CaseFacts | null>;
  /** The registration, null when there is none, undefined when not looked up. */
  volunteer?: VolunteerFacts | null;
  /** `${idNumber}/${assistanceType}` → this user's own open case, or null. */
  ownOpenCases?: Record<string, CaseFacts | null>;
  /** Every case this channel user registered (oldest first), undefined when not looked up. */
  ownCases?: CaseFacts[];
  /** Failed status checks so far, undefined when not looked up. */
  statusGuard?: StatusGuardFacts;
}

/** The key of an own-open-case lookup. */
export function ownCaseKey(idNumber: string, assistanceType: string): string {
  return `${idNumber}/${assistanceType}`;
}

/** Thrown by a handler that needs a fact not yet looked up; the engine fetches it and decides again. */
export class LookupNeeded extends Error {
  constructor(readonly requests: LookupRequest[]) {
    super('lookup needed');
    this.name = 'LookupNeeded';
  }
}

/** The empty set of answers a turn starts with. */
export function noLookups(): LookupResults {
  return { cases: {} };
}
