import type { CaseLedger } from '../cases/case-types.js';
import type { ParseResult, UrgencyLevel } from '../nlu/types.js';
import type { TurnOutput } from './dialogue.js';
import { cannedReply, fillTemplate, type CannedReply, type SystemReplies } from './system-replies.js';
import type { ConversationState, HandoffPriority, OutboundAction, ReportState } from './types.js';
import type { VolunteerDirectory } from './volunteer-signup-flow.js';

/** What the report flow is built from. */
export interface ReportFlowDeps {
  ledger: CaseLedger;
  replies: SystemReplies;
  localityCode: string;
  contacts: { hotline: string; hotlineName: string };
  /** Registered volunteers: a verified one's report carries their identity and is marked trusted. */
  volunteers?: VolunteerDirectory;
}

/** Where the reporter's conversation is, for the case the report creates. */
export interface ReportContext {
  conversationId: string;
  channel: string;
  userId: string;
  at: Date;
}

// Words that start a report about someone else; a question about someone else's rights stays a question.
const TRIGGER =
  /我要(?:报告|上报|反映)(?:困难|情况|一个|一位|有人)|帮(?:别人|邻居|他|她|老人)(?:求助|报告|反映)|(?:发现|看到)(?:一个|一位|有个|有位)?.{0,12}(?:困难群众|没人管|需要帮助)/;
const ANONYMOUS = /匿名|不留|不方便|不想留|算了/;
const UNKNOWN = /^(?:不清楚|不知道|不晓得|不确定)$/;
const RANK: Readonly<Record<HandoffPriority, number>> = { normal: 0, high: 1, critical: 2 };

const higher = (a: HandoffPriority | null, b: HandoffPriority | null): HandoffPriority | null =>
  a === null ? b : b === null ? a : RANK[a] >= RANK[b] ? a : b;

function urgencyAnswer(text: string): HandoffPriority {
  if (/生命危险|危险|快不行|有生命|救命|晕倒|昏迷/.test(text)) return 'critical';
  if (/急|今天|马上|尽快/.test(text) && !/不太急|不急/.test(text)) return 'high';
  return 'normal';
}

/** Reports about someone else (主动发现): who, where, what, how urgent, the reporter's contact; anonymous welcome. */
export function createReportFlow(deps: ReportFlowDeps) {
  const { ledger, replies, contacts } = deps;
  const say = (canned: CannedReply): OutboundAction => cannedReply(canned, contacts);

  function ask(report: ReportState, state: ConversationState, prefix: OutboundAction[] = []): TurnOutput {
    const question = {
      subject: replies.report_start,
      location: replies.report_ask_location,
      situation: replies.report_ask_situation,
      urgency: replies.report_ask_urgency,
      contact: replies.report_ask_contact,
    }[report.stage];
    return { actions: [...prefix, say(question)], state: { ...state, topic: 'report_other', report } };
  }

  async function file(
    report: ReportState,
    phone: string | null,
    state: ConversationState,
    context: ReportContext,
    prefix: OutboundAction[],
  ): Promise<TurnOutput> {
    const priority = higher(report.urgency, report.detected) ?? 'normal';
    const volunteer = await deps.volunteers?.find(context.channel, context.userId);
    const trusted = volunteer?.status === 'verified' ? volunteer : undefined;
    const reporterPhone = phone ?? trusted?.phone ?? null;
    const registered = await ledger.register({
      assistanceType: 'temporary',
      localityCode: deps.localityCode,
      conversationId: context.conversationId,
      channel: context.channel,
      userId: context.userId,
      urgency: priority === 'normal' ? 'none' : priority,
      fields: {
        report_subject: report.subject ?? '不清楚',
        ...(report.location ? { address: report.location } : {}),
        report_situation: report.situation ?? '不清楚',
        report_source: trusted ? '已核实的志愿者/网格员上报' : phone ? '群众上报' : '匿名上报',
        ...(reporterPhone ? { reporter_phone: reporterPhone } : {}),
        ...(trusted
          ? { reporter_name: trusted.name, reporter_community: trusted.community, reporter_trusted: '已核实' }
          : {}),
      },
      at: context.at,
    });
    const caseNo = registered.ok ? registered.case.caseNo : registered.existing.caseNo;
    return {
      actions: [
        ...prefix,
        { type: 'reply', text: fillTemplate(replies.report_filed.text, { ...contacts, caseNo }) },
        ...(priority === 'normal' ? [] : [say(replies.report_safety_line)]),
        {
          type: 'handoff',
          priority,
          reasons: [
            trusted
              ? `已核实网格员/志愿者上报（${trusted.name}，${trusted.community}）`
              : phone
                ? '群众上报困难群众'
                : '匿名上报困难群众',
          ],
          caseNo,
        },
        { type: 'record', kind: 'report_filed', detail: { caseNo, priority, anonymous: phone === null } },
      ],
      state: { ...state, topic: 'report_other', report: null, caseNo },
    };
  }

  return {
    /** True when the message asks to report someone else. */
    triggers(text: string): boolean {
      return TRIGGER.test(text);
    },

    /** Starts a report: the first question is who needs help. */
    start(state: ConversationState): TurnOutput {
      return ask(
        {
          stage: 'subject',
          subject: null,
          location: null,
          situation: null,
          urgency: null,
          detected: null,
        },
        state,
      );
    },

    /** Takes the answer to the question asked and asks the next; urgency heard in any answer reaches the queue at once. */
    async continue(
      text: string,
      parse: ParseResult,
      urgency: { level: UrgencyLevel; reasons: string[] },
      state: ConversationState,
      context: ReportContext,
    ): Promise<TurnOutput> {
      const current = state.report!;
      const answer = UNKNOWN.test(text) ? null : text.slice(0, 500);
      const heard: HandoffPriority | null = urgency.level === 'none' ? null : urgency.level;
      const report: ReportState = { ...current, detected: higher(current.detected, heard) };
      // A danger in the report goes to the queue now, not after the last question.
      const prefix: OutboundAction[] =
        heard === 'critical'
          ? [
              say(replies.report_safety_line),
              { type: 'handoff', priority: 'critical', reasons: urgency.reasons },
              { type: 'record', kind: 'urgency', detail: { level: 'critical', reasons: urgency.reasons } },
            ]
          : [];
      switch (current.stage) {
        case 'subject':
          return ask({ ...report, subject: answer, stage: 'location' }, state, prefix);
        case 'location': {
          const place = parse.entities.find((e) => e.type === 'address');
          return ask(
            { ...report, location: place ? String(place.value) : answer, stage: 'situation' },
            state,
            prefix,
          );
        }
        case 'situation':
          return ask({ ...report, situation: answer, stage: 'urgency' }, state, prefix);
        case 'urgency':
          return ask({ ...report, urgency: urgencyAnswer(text), stage: 'contact' }, state, prefix);
        case 'contact': {
          const phone = parse.entities.find((e) => e.type === 'phone');
          const given = phone && !ANONYMOUS.test(text) ? String(phone.value) : null;
          return file(report, given, state, context, prefix);
        }
      }
    },
  };
}

/** The report flow's API. */
export type ReportFlow = ReturnType<typeof createReportFlow>;
