import { AppError } from '../errors.js';

// SQLSTATE class 08 (connection exception) and the shutdown codes a restarting server sends its sessions.
const LOST_STATES = new Set(['57P01', '57P02', '57P03']);
const LOST_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** The database went away mid-request; the client should send the same message again soon (503). */
export class DatabaseUnavailableError extends AppError {
  constructor(readonly lost: unknown) {
    super('unavailable', '系统正在恢复，请稍等几秒再发一次。');
  }
}

/** True when `error` says the database server went away (restart, crash, network), not that a query was wrong. */
export function isConnectionLost(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('08') || LOST_STATES.has(code) || LOST_ERRNOS.has(code)))
    return true;
  const message = error instanceof Error ? error.message : '';
  return (
    message.startsWith('Connection terminated') ||
    message.includes('not queryable') ||
    message.includes('timeout exceeded when trying to connect')
  );
}

/**
 * A lost database connection as the client should see it: 503, send the same message again soon. Nothing of
 * the turn was kept (it commits in one transaction), so the retry with the same messageId is answered once.
 */
export function unavailableWhenLost(error: unknown): unknown {
  return isConnectionLost(error) && !(error instanceof DatabaseUnavailableError)
    ? new DatabaseUnavailableError(error)
    : error;
}
