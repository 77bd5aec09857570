/**
 * Limits on failed status checks. A receipt number and the last four phone digits are the two factors; without
 * these limits a guesser who changes userId per try gets unlimited tries (the probe found a phone in 406 guesses).
 */
export const STATUS_GUARD = {
  /** Failures on one receipt number within `caseWindowMs` that pause its online check. */
  caseFailures: 5,
  caseWindowMs: 24 * 60 * 60_000,
  /** How long a paused case stays paused; its owner is told at once. */
  lockMs: 24 * 60 * 60_000,
  /** Failures by one resident address (channel and user) within `addressWindowMs` before checks stop for it. */
  addressFailures: 6,
  addressWindowMs: 24 * 60 * 60_000,
  /** Failures by everyone within `globalWindowMs` before online checks pause for all (a distributed guesser). */
  globalFailures: 200,
  globalWindowMs: 60 * 60_000,
} as const;

/** What a status check needs to know of the failures so far. */
export interface StatusGuardFacts {
  /** Failures by this resident address within its window. */
  addressFailures: number;
  /** Failures by everyone within the global window. */
  globalFailures: number;
}

/** True when status checks must not go on for this address (or for anyone). */
export function statusChecksPaused(facts: StatusGuardFacts): boolean {
  return (
    facts.addressFailures >= STATUS_GUARD.addressFailures ||
    facts.globalFailures >= STATUS_GUARD.globalFailures
  );
}
