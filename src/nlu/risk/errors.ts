/** Raised when a file in risk/ is malformed; the message names the file and the entry to fix. */
export class RiskDataError extends Error {
  override readonly name = 'RiskDataError';
}
