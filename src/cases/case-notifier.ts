import { assistanceTypeLabel } from './assistance-type-labels.js';
import type { CaseRecord, CaseStatus } from './case-types.js';
import { fillTemplate, type CannedReply, type SystemReplies } from '../engine/system-replies.js';
import type { ConversationStore } from '../engine/types.js';
import type { ConversationBus } from '../channels/conversation-bus.js';

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

/** Tells the resident about a department update on the channel they used: stored in the transcript and pushed live. */
export function createCaseNotifier(deps: {
  conversations: ConversationStore;
  bus: ConversationBus;
  replies: SystemReplies;
}) {
  return async function notifyResident(
    record: CaseRecord,
    type: CaseEventType,
    detail: { reason?: string | undefined; note?: string | undefined },
    at: Date,
  ): Promise<boolean> {
    if (!record.conversationId) return false;
    const canned = template(deps.replies, type);
    const title = assistanceTypeLabel(record.assistanceType);
    const text = fillTemplate(canned.text, {
      caseNo: record.caseNo,
      title,
      department: record.departmentName,
      reason: detail.reason ?? '',
      note: detail.note ?? '',
    }).trim();
    const message = await deps.conversations.appendMessage(
      record.conversationId,
      'bot',
      text,
      canned.quickReplies,
      at,
    );
    deps.bus.publish({ conversationId: record.conversationId, message });
    return true;
  };
}
