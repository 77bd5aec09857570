import type { CaseLedger } from '../cases/case-types.js';
import { CASE_STATUS_LABELS } from '../cases/case-types.js';
import { parseReceiptNumber } from '../cases/receipt-number.js';
import type { FlowLocality, FlowOutput } from './application-flow.js';
import { cannedReply as reply, type CannedReply, type SystemReplies } from './system-replies.js';
import type { ConversationState, OutboundAction } from './types.js';
import type { CaseRecord } from '../cases/case-types.js';

const MAX_FAILURES = 3;
const RECEIPT_LIKE = /[0-9０-９]{6}[\s\-－一—]*[0-9０-９]{8}[\s\-－一—]*[0-9０-９]{6}[\s\-－一—]*[0-9０-９]/;

/** Status checks: receipt number, then the last four digits of the phone, then the case in plain words. */
export function createStatusFlow(deps: {
  ledger: CaseLedger;
  replies: SystemReplies;
  locality: FlowLocality;
}) {
  const { ledger, replies, locality } = deps;
  const contacts = () => ({ hotline: locality.hotline, hotlineName: locality.hotlineName });

  function describe(record: CaseRecord): OutboundAction {
    let next: string;
    if (record.status === 'registered')
      next = `我们会在${locality.formatDate(record.transferDueAt)}前转交经办部门。`;
    else if (record.status === 'completed' || record.status === 'refused')
      next = '有疑问可以转人工，或拨打热线咨询。';
    else next = '经办部门办理后会在这里通知您。';
    return reply(replies.status_result, {
      caseNo: record.caseNo,
      title: locality.typeLabel(record.assistanceType),
      status: CASE_STATUS_LABELS[record.status],
      department: record.departmentName,
      next,
    });
  }

  function giveUp(state: ConversationState, canned: CannedReply, reason: string): FlowOutput {
    return {
      actions: [reply(canned, contacts()), { type: 'handoff', priority: 'normal', reasons: [reason] }],
      state: { ...state, statusCheck: null, topic: 'request_human' },
    };
  }

  return {
    /** Starts a status check; a case registered in this very conversation is shown at once. */
    async start(text: string, state: ConversationState): Promise<FlowOutput> {
      if (RECEIPT_LIKE.test(text))
        return this.continue(text, {
          ...state,
          statusCheck: { stage: 'ask_case', caseNo: null, failures: 0 },
        });
      if (state.caseNo) {
        const own = await ledger.get(state.caseNo);
        if (own)
          return { actions: [describe(own)], state: { ...state, topic: 'check_status', statusCheck: null } };
      }
      return {
        actions: [reply(replies.status_ask_case)],
        state: {
          ...state,
          topic: 'check_status',
          statusCheck: { stage: 'ask_case', caseNo: null, failures: 0 },
        },
      };
    },

    /** Continues a status check with the resident's answer. */
    async continue(text: string, state: ConversationState): Promise<FlowOutput> {
      const check = state.statusCheck;
      if (!check) return this.start(text, state);
      if (/没有回执号|没回执|忘了|找不到/.test(text))
        return giveUp(state, replies.status_no_receipt, '查询进度：没有回执号');
      if (check.stage === 'ask_case') {
        const parsed = parseReceiptNumber(RECEIPT_LIKE.exec(text)?.[0] ?? text);
        if (!parsed.ok) {
          const failures = check.failures + 1;
          if (failures >= MAX_FAILURES)
            return giveUp(state, replies.status_give_up, '查询进度：回执号多次核对不上');
          return {
            actions: [reply(replies.status_bad_case, { problem: parsed.error.message })],
            state: { ...state, statusCheck: { ...check, failures } },
          };
        }
        return {
          actions: [reply(replies.status_ask_phone)],
          state: {
            ...state,
            statusCheck: { stage: 'ask_phone', caseNo: parsed.value.canonical, failures: check.failures },
          },
        };
      }
      const digits = text.replace(/\D/g, '');
      const record = check.caseNo ? await ledger.get(check.caseNo) : undefined;
      // Same answer for "no such case" and "wrong digits": a stranger learns nothing about whose case exists.
      if (!record || digits.length < 4 || !record.phone || !record.phone.endsWith(digits.slice(-4))) {
        const failures = check.failures + 1;
        if (failures >= MAX_FAILURES)
          return giveUp(state, replies.status_give_up, '查询进度：身份核对未通过');
        return {
          actions: [reply(replies.status_no_match), reply(replies.status_ask_case)],
          state: { ...state, statusCheck: { stage: 'ask_case', caseNo: null, failures } },
        };
      }
      return {
        actions: [describe(record)],
        state: { ...state, topic: 'check_status', statusCheck: null, caseNo: record.caseNo },
      };
    },
  };
}

/** The status flow API. */
export type StatusFlow = ReturnType<typeof createStatusFlow>;
