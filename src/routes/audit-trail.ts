import type { FastifyRequest } from 'fastify';
import { staffOf } from '../auth/require-staff.js';
import type { Services } from '../services.js';
import type { AuditAction } from '../store/audit-repository.js';

/** What one audited request touched. */
export interface AuditTarget {
  caseNo?: string | null;
  handoffId?: string | null;
  field?: string | null;
  reason?: string | null;
}

/**
 * Writes who did what to which case, awaited before the answer goes out: a read that could not be recorded
 * fails rather than going unrecorded.
 */
export async function audit(
  services: Services,
  request: FastifyRequest,
  action: AuditAction,
  targets: AuditTarget | readonly AuditTarget[],
): Promise<void> {
  const user = staffOf(request);
  const actor = { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
  const list = Array.isArray(targets) ? (targets as readonly AuditTarget[]) : [targets as AuditTarget];
  const at = services.clock.now();
  await services.audit.record(list.map((target) => ({ actor, action, at, ...target })));
}
