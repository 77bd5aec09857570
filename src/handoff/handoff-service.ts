import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../auth/staff-user.js';
import { CLOSED_STATUSES, type CaseLedger, type CaseRecord, type CaseStatus } from '../cases/case-types.js';
import type { OutboundRouter } from '../delivery/outbound-router.js';
import type { HandoffPriority } from '../engine/actions.js';
import { readState, type ConversationState } from '../engine/conversation-state.js';
import type { FlowRegistry } from '../engine/flow-registry.js';
import type { Inbound } from '../engine/inbound.js';
import type { EngineLogger } from '../engine/logger.js';
import type { Clock, ConversationStore, TranscriptEntry, TurnResult } from '../engine/types.js';
import { AppError } from '../errors.js';
import { residentText } from '../text/resident-text.js';
import type { CaseRepository } from '../store/case-repository.js';
import type { HandoffFilter, HandoffRepository } from '../store/handoff-repository.js';
import type { ConsoleHub } from './console-hub.js';
import { mustGetHandoff, mustHold } from './handoff-guards.js';
import { readLiveFacts, rowPlace } from './live-summary.js';
import {
  OUTCOME_LABELS,
  toHandoffView,
  type ConsoleMessage,
  type HandoffDetail,
  type HandoffOutcome,
  type HandoffRecord,
  type HandoffSummary,
  type HandoffView,
} from './handoff-types.js';

/** What the handoff service is built from. */
export interface HandoffServiceDeps {
  repository: HandoffRepository;
  conversations: ConversationStore;
  cases: CaseRepository;
  ledger: CaseLedger;
  hub: ConsoleHub;
  router: OutboundRouter;
  flows: FlowRegistry;
  clock: Clock;
  logger: EngineLogger;
  localityCode: string;
  /** Said to the resident when the operator hands the conversation back to the bot. */
  handedBackText: string;
  /** How long after a hand back the follow-up is due (the consoles are reminded then). */
  followUpSeconds: number;
  /** Puts the case on the assistance type the operator chose (its department follows the locality's routing). */
  applyCaseType: (caseNo: string, type: string, actor: string, at: Date) => Promise<void>;
  /**
   * Has the bot answer what the resident wrote while an operator held the conversation and left unanswered,
   * through the outbox (set once the engine exists).
   */
  answerAfterHold: (
    address: { channel: string; userId: string },
    messageId: string,
    text: string,
  ) => Promise<void>;
}

/** A report about someone else filed by a logged-in volunteer. */
export interface VolunteerReport {
  subject: string;
  location: string;
  situation: string;
  urgency?: HandoffPriority | undefined;
  reporterPhone?: string | undefined;
}

const TRANSCRIPT_LIMIT = 200;
const ROW_MESSAGES = 10;
const toMessage = (entry: TranscriptEntry): ConsoleMessage => ({
  id: entry.id,
  author: entry.author,
  text: entry.text,
  at: entry.at,
});
const text = (value: string | number | undefined): string | null =>
  value === undefined ? null : String(value);

/** The green channel: turns to queue events, claims, operator replies, hand-back, resolution, volunteer reports. */
export function createHandoffService(deps: HandoffServiceDeps) {
  const { repository, conversations, cases, ledger, hub, router, flows, clock, logger } = deps;

  /** What the conversation's flow (running or set aside) gathered: the application's type and fields. */
  function gathered(
    state: ConversationState,
  ): { type: string; fields: Record<string, string | number> } | null {
    for (const slot of [state.flow, state.paused]) {
      const flow = slot ? flows.get(slot.name) : undefined;
      const parsed = flow?.schema.safeParse(slot?.state);
      const summary = parsed?.success ? flow?.summary?.(parsed.data) : undefined;
      if (summary) return summary;
    }
    return null;
  }

  /** Queue rows with who is in danger and where, read from the residents' own words in one query. */
  async function views(records: readonly HandoffRecord[]): Promise<HandoffView[]> {
    // A row needs only the latest few messages; the full detail reads more.
    const texts = await repository.residentTexts(
      records.map((r) => r.conversationId),
      ROW_MESSAGES,
    );
    return records.map((record) => {
      const facts = readLiveFacts(texts.get(record.conversationId) ?? []);
      return toHandoffView(record, { who: facts.personAtRisk, place: rowPlace(facts.place) });
    });
  }

  const view = async (record: HandoffRecord): Promise<HandoffView> => (await views([record]))[0]!;

  const publishHandoff = async (record: HandoffRecord): Promise<void> =>
    hub.publish({ type: 'handoff', handoff: await view(record) });

  const mustGet = (id: string): Promise<HandoffRecord> => mustGetHandoff(repository, id);

  async function timeline(
    caseNo: string | null,
    kind: string,
    note: string,
    actor: string,
    at: Date,
    statusAfter: CaseStatus | null = null,
  ) {
    if (!caseNo) return;
    await cases.addEvent(caseNo, { kind, statusAfter, note, actor, at });
  }

  async function pushToResident(record: HandoffRecord, author: 'operator' | 'bot', body: string) {
    // Into the transcript and the resident's channel, durably (retried until the channel takes it).
    const message = await router.push(
      record.conversationId,
      { channel: record.channel, userId: record.userId },
      author,
      { kind: author === 'operator' ? 'operator' : 'system', text: body },
    );
    hub.publish({ type: 'message', handoffId: record.id, message: toMessage(message) });
    return message;
  }

  return {
    /** After a committed turn: tell the consoles about the queue entry and the new messages of a handed-off conversation. */
    async afterTurn(result: TurnResult, _inbound: Inbound): Promise<void> {
      // Most turns are not in the queue: no query for them.
      if (!result.handoffOpen) return;
      const open = await repository.openFor(result.conversationId);
      if (!open) return;
      await publishHandoff(open);
      const replies = result.actions.filter((a) => a.type === 'reply').length;
      const entries = await conversations.transcript(result.conversationId, 1 + replies);
      for (const entry of entries)
        hub.publish({ type: 'message', handoffId: open.id, message: toMessage(entry) });
      logger.debug({ conversationId: result.conversationId, handoffId: open.id }, 'console told of a turn');
    },

    /** Open or resolved handoffs as the console lists them. */
    async list(open: boolean): Promise<HandoffView[]> {
      return views(await repository.list(open));
    },

    /** Handoffs matching the console's filters and search. */
    async search(filter: HandoffFilter): Promise<HandoffView[]> {
      return views(await repository.search(filter));
    },

    /** One handoff as the queue shows it. */
    async view(id: string): Promise<HandoffView> {
      return view(await mustGet(id));
    },

    /** A stored handoff as the queue shows it. */
    describe: view,

    /** A handoff with its transcript, the summary and the person's earlier cases. */
    async detail(id: string): Promise<HandoffDetail> {
      const record = await mustGet(id);
      const [conversation, transcript, linked, notes] = await Promise.all([
        conversations.get(record.conversationId),
        conversations.transcript(record.conversationId, TRANSCRIPT_LIMIT),
        record.caseNo ? cases.get(record.caseNo) : Promise.resolve(undefined),
        repository.events(id),
      ]);
      const state = conversation ? readState(conversation.state) : undefined;
      const form = state ? gathered(state) : null;
      const fields = form?.fields ?? {};
      const caseFields: Record<string, string | number> = linked?.fields ?? {};
      // What the resident wrote last wins over what a form or the safety questions kept earlier: a number
      // given after the fact replaces 「未留电话」, a new place replaces the old one.
      const live = readLiveFacts(transcript.filter((m) => m.author === 'resident').map((m) => m.text));
      const summary: HandoffSummary = {
        name: text(fields.applicant_name) ?? linked?.applicantName ?? text(caseFields.report_subject),
        location: live.place ?? state?.safety?.location ?? text(fields.address) ?? linked?.address ?? null,
        personAtRisk: live.personAtRisk,
        phone:
          live.phone ??
          state?.safety?.phone ??
          text(fields.phone) ??
          linked?.phone ??
          text(caseFields.reporter_phone) ??
          record.reporter?.phone ??
          null,
        reasons: record.reasons,
        form,
        urgency: state?.urgency ?? (record.priority === 'normal' ? 'none' : record.priority),
      };
      const earlier = await cases.ofPerson({
        channel: record.channel,
        userId: record.userId,
        idNumber: linked?.idNumber ?? text(fields.id_number),
        phone: summary.phone,
      });
      return {
        handoff: toHandoffView(record, { who: live.personAtRisk, place: rowPlace(live.place) }),
        transcript: transcript.map(toMessage),
        summary,
        notes,
        earlierCases: earlier.map((c: CaseRecord) => ({
          caseNo: c.caseNo,
          type: c.assistanceType,
          status: c.status,
          acceptedAt: c.acceptedAt.toISOString(),
        })),
      };
    },

    /** Claims a queued handoff for this operator; a second operator gets a conflict naming the first. */
    async claim(id: string, user: StaffUser): Promise<HandoffView> {
      const at = clock.now();
      const won = await repository.claim(id, { id: user.id, name: user.displayName }, at);
      const record = await mustGet(id);
      if (!won) {
        if (record.status === 'claimed' && record.claimedById === user.id) return view(record);
        if (record.status === 'claimed')
          throw new AppError('conflict', `已被${record.claimedByName ?? '其他同事'}接手`);
        throw new AppError('conflict', '这条对话已经处理完了。');
      }
      await publishHandoff(record);
      await timeline(
        record.caseNo,
        'handoff_claimed',
        `${user.displayName}接手了转人工对话`,
        user.username,
        at,
      );
      logger.info(
        { conversationId: record.conversationId, channel: record.channel, handoffId: id },
        'handoff claimed',
      );
      return view(record);
    },

    /** Sends an operator's message to the resident's channel; only the operator holding the conversation may. */
    async sendMessage(id: string, user: StaffUser, body: string): Promise<ConsoleMessage> {
      const record = await mustGet(id);
      mustHold(record, user);
      const at = clock.now();
      // The same cleaning as residents' text: an operator's paste can carry NUL or half an emoji too.
      const clean = residentText(body).trim();
      if (clean.length === 0) throw new AppError('bad_request', '回复不能为空。');
      const message = await pushToResident(record, 'operator', clean);
      await repository.operatorMessaged(id, at);
      // The waiting count and the silence flag change with every operator message.
      await publishHandoff(await mustGet(id));
      return toMessage(message);
    },

    /**
     * Hands the conversation back to the bot without closing it: the handoff waits for its follow-up (the
     * consoles are reminded when it is due) until someone closes it with an outcome. What the resident wrote
     * while held and nobody answered is answered by the bot now, so no message falls silent.
     */
    async release(id: string, user: StaffUser): Promise<HandoffView> {
      const record = await mustGet(id);
      mustHold(record, user);
      const at = clock.now();
      const unanswered = await repository.unansweredTexts(id);
      const due = new Date(at.getTime() + deps.followUpSeconds * 1000);
      if (!(await repository.handBack(id, user.id, at, due)))
        throw new AppError('conflict', '这条对话已经不在你手里了。');
      await pushToResident(record, 'bot', deps.handedBackText);
      await repository.addEvent({
        handoffId: id,
        kind: 'handed_back',
        actor: { id: user.id, name: user.displayName },
        text:
          unanswered.length > 0
            ? `交回机器人；${unanswered.length}条未回复的消息由机器人接着回答`
            : '交回机器人',
        at,
      });
      await timeline(record.caseNo, 'handoff_handed_back', '交回机器人，待回访', user.username, at);
      if (unanswered.length > 0) {
        try {
          await deps.answerAfterHold(
            { channel: record.channel, userId: record.userId },
            `after-hold:${id}:${at.getTime()}`,
            unanswered.join('\n'),
          );
        } catch (error) {
          // The hand back stands; the operators are told the resident still waits for an answer.
          logger.error(
            {
              conversationId: record.conversationId,
              channel: record.channel,
              handoffId: id,
              err: error instanceof Error ? { name: error.name, message: error.message } : error,
            },
            'the bot could not answer the messages left during the hold; an operator should answer them',
          );
          const note = await repository.addEvent({
            handoffId: id,
            kind: 'note',
            actor: null,
            text: `交回时有${unanswered.length}条消息机器人没能回答，请人工回复居民`,
            at,
          });
          hub.publish({ type: 'note', handoffId: id, note });
        }
      }
      const after = await mustGet(id);
      await publishHandoff(after);
      logger.info(
        { conversationId: record.conversationId, channel: record.channel, handoffId: id },
        'handoff handed back for follow-up',
      );
      return view(after);
    },

    /** Closes a handoff with an outcome; `transferred` registers a case when none is linked; the case timeline records it. */
    async resolve(
      id: string,
      user: StaffUser,
      input: {
        outcome: Exclude<HandoffOutcome, 'handed_back'>;
        note?: string | undefined;
        caseType?: string | undefined;
      },
    ): Promise<HandoffView> {
      const record = await mustGet(id);
      if (record.status === 'resolved') throw new AppError('conflict', '这条对话已经处理完了。');
      if (record.status === 'claimed' && record.claimedById !== user.id && user.role !== 'admin')
        throw new AppError('conflict', `已被${record.claimedByName ?? '其他同事'}接手`);
      // A life at risk is never closed without saying what was done about it.
      if (record.priority === 'critical' && !input.note?.trim())
        throw new AppError('bad_request', '紧急求助结案时请写明处理情况（备注不能为空）。');
      const at = clock.now();
      let caseNo = record.caseNo;
      if (!caseNo && input.outcome === 'transferred') {
        const conversation = await conversations.get(record.conversationId);
        const state = conversation ? readState(conversation.state) : undefined;
        const form = state ? gathered(state) : null;
        const registered = await ledger.register({
          assistanceType: input.caseType ?? form?.type ?? 'temporary',
          localityCode: deps.localityCode,
          conversationId: record.conversationId,
          channel: record.channel,
          userId: record.userId,
          urgency: record.priority === 'normal' ? 'none' : record.priority,
          fields: {
            ...(form?.fields ?? {}),
            ...(state?.safety?.location ? { address: state.safety.location } : {}),
            ...(state?.safety?.phone ? { phone: state.safety.phone } : {}),
          },
          at,
        });
        caseNo = registered.case.caseNo;
      } else if (caseNo && input.caseType && input.caseType !== 'unknown') {
        // The type the operator chose is the case's type from now on, and its department follows.
        await deps.applyCaseType(caseNo, input.caseType, user.username, at);
      }
      if (!(await repository.resolve(id, user.id, input.outcome, input.note ?? null, caseNo, at)))
        throw new AppError('conflict', '这条对话已经处理完了。');
      if (caseNo) {
        const linked = await cases.get(caseNo);
        const open = linked !== undefined && !CLOSED_STATUSES.includes(linked.status);
        const statusAfter: CaseStatus | null =
          open && input.outcome === 'transferred' && linked.status === 'registered'
            ? 'transferred'
            : open && input.outcome === 'referred'
              ? 'referred'
              : null;
        const label = OUTCOME_LABELS[input.outcome];
        await timeline(
          caseNo,
          'handoff_resolved',
          input.note ? `${label}：${input.note}` : label,
          user.username,
          at,
          statusAfter,
        );
      }
      const after = await mustGet(id);
      await publishHandoff(after);
      logger.info(
        {
          conversationId: record.conversationId,
          channel: record.channel,
          handoffId: id,
          outcome: input.outcome,
        },
        'handoff resolved',
      );
      return view(after);
    },

    /** A registered volunteer's report: its own conversation, a case carrying the reporter's identity, a queued handoff. */
    async report(
      user: StaffUser,
      report: VolunteerReport,
    ): Promise<{ handoff: HandoffView; caseNo: string }> {
      const at = clock.now();
      const priority = report.urgency ?? 'high';
      const channel = 'volunteer';
      const userId = `${user.id}/${randomUUID()}`;
      const conversation = await conversations.getOrCreate({ channel, userId }, at);
      await conversations.appendMessage(
        conversation.id,
        'resident',
        `【${user.displayName}上报】需要帮助的人：${report.subject}\n地点：${report.location}\n情况：${report.situation}`,
        undefined,
        at,
      );
      const reporter = {
        staffUserId: user.id,
        username: user.username,
        displayName: user.displayName,
        phone: report.reporterPhone ?? null,
        trusted: true,
      };
      const registered = await ledger.register({
        assistanceType: 'temporary',
        localityCode: deps.localityCode,
        conversationId: conversation.id,
        channel,
        userId: user.id,
        urgency: priority === 'normal' ? 'none' : priority,
        fields: {
          report_subject: report.subject,
          address: report.location,
          report_situation: report.situation,
          reporter_name: user.displayName,
          reporter_username: user.username,
          reporter_trusted: '已登记志愿者',
          ...(report.reporterPhone ? { reporter_phone: report.reporterPhone } : {}),
        },
        at,
      });
      const caseNo = registered.case.caseNo;
      const record = await repository.insertReport({
        conversationId: conversation.id,
        channel,
        userId,
        priority,
        reasons: [`已登记志愿者${user.displayName}上报`],
        caseNo,
        reporter,
        at,
      });
      await publishHandoff(record);
      logger.info(
        { conversationId: conversation.id, channel, handoffId: record.id, priority },
        'volunteer report queued',
      );
      return { handoff: await view(record), caseNo };
    },
  };
}

/** The handoff service's API. */
export type HandoffService = ReturnType<typeof createHandoffService>;
