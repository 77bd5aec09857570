import type { OutboundRouter } from '../delivery/outbound-router.js';
import type { ButtonCatalog } from '../engine/buttons.js';
import { fillTemplate, type CannedReply, type SystemReplies } from '../engine/system-replies.js';
import { CASE_STATUS_LABELS, type CaseRecord, type CaseStatus } from './case-types.js';

/** The kinds of department update a case accepts. */
export const CASE_EVENT_TYPES = [
  'transferred',
  'accepted',
  'approved',
  'refused',
  'completed',
  'referred',
  'note',
] as const;

/** One of CASE_EVENT_TYPES. */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** The status each update moves a case to (a note leaves it where it is). */
export const STATUS_AFTER: Readonly<Record<CaseEventType, CaseStatus | null>> = {
  transferred: 'transferred',
  accepted: 'accepted',
  approved: 'approved',
  refused: 'refused',
  completed: 'completed',
  referred: 'referred',
  note: null,
};

function template(replies: SystemReplies, type: CaseEventType): CannedReply {
  switch (type) {
    case 'transferred':
      return replies.case_update_transferred;
    case 'accepted':
      return replies.case_update_accepted;
    case 'approved':
      return replies.case_update_approved;
    case 'refused':
      return replies.case_update_refused;
    case 'completed':
      return replies.case_update_completed;
    case 'referred':
      return replies.case_update_referred;
    case 'note':
      return replies.case_update_note;
  }
}

/** Tells the resident about a department update on the channel they used: in the transcript and delivered by the router. */
export function createCaseNotifier(deps: {
  router: OutboundRouter;
  replies: SystemReplies;
  buttons: ButtonCatalog;
  typeLabel: (type: string) => string;
}) {
  return async function notifyResident(
    record: CaseRecord,
    type: CaseEventType,
    detail: { reason?: string | undefined; note?: string | undefined },
    at: Date,
  ): Promise<boolean> {
    if (!record.conversationId) return false;
    const canned = template(deps.replies, type);
    const title = deps.typeLabel(record.assistanceType);
    const text = fillTemplate(canned.text, {
      caseNo: record.caseNo,
      title,
      department: record.departmentName,
      reason: detail.reason ?? '',
      note: detail.note ?? '',
    }).trim();
    const buttons = canned.buttons?.map((id) => deps.buttons.get(id));
    await deps.router.push(record.conversationId, { channel: record.channel, userId: record.userId }, 'bot', {
      kind: 'case_update',
      text,
      ...(buttons && buttons.length > 0 ? { buttons } : {}),
      caseUpdate: {
        caseNo: record.caseNo,
        title,
        status: CASE_STATUS_LABELS[record.status],
        at: at.toISOString(),
      },
    });
    return true;
  };
}
