import type { StaffRepository } from '../auth/staff-repository.js';
import type { StaffUser } from '../auth/staff-user.js';
import type { CaseLedger } from '../cases/case-types.js';
import type { EngineLogger } from '../engine/logger.js';
import type { Clock, ConversationStore } from '../engine/types.js';
import { AppError } from '../errors.js';
import type { LocalityProfile } from '../localities/schema.js';
import type { CaseRepository } from '../store/case-repository.js';
import type { HandoffRepository } from '../store/handoff-repository.js';
import { residentText } from '../text/resident-text.js';
import { readState } from '../engine/conversation-state.js';
import type { ConversationBus } from '../channels/conversation-bus.js';
import type { ConsoleHub } from './console-hub.js';
import { mustGetHandoff, mustHold } from './handoff-guards.js';
import type { HandoffNote, HandoffView } from './handoff-types.js';

/** What the operator tools are built from. */
export interface HandoffToolsDeps {
  repository: HandoffRepository;
  conversations: ConversationStore;
  cases: CaseRepository;
  ledger: CaseLedger;
  staff: StaffRepository;
  hub: ConsoleHub;
  clock: Clock;
  logger: EngineLogger;
  locality: LocalityProfile;
  /** Live signals to residents' open chat pages (the operator's typing). */
  bus: Pick<ConversationBus, 'publishTyping'>;
  /** The handoff as the queue shows it, after a change. */
  view: (id: string) => Promise<HandoffView>;
}

/** A colleague a conversation can be passed to. */
export interface Colleague {
  id: string;
  displayName: string;
}

const MAX_NOTE_CHARS = 2000;

function clean(text: string, what: string): string {
  const value = residentText(text).trim();
  if (value.length === 0) throw new AppError('bad_request', `${what}不能为空。`);
  return value.slice(0, MAX_NOTE_CHARS);
}

/** The console's tools around a conversation: internal notes and transfers to a colleague or a department. */
export function createHandoffTools(deps: HandoffToolsDeps) {
  const { repository, cases, ledger, staff, hub, clock, logger, locality } = deps;

  async function note(
    handoffId: string,
    kind: HandoffNote['kind'],
    user: StaffUser,
    text: string,
    detail?: Record<string, unknown>,
  ): Promise<HandoffNote> {
    const added = await repository.addEvent({
      handoffId,
      kind,
      actor: { id: user.id, name: user.displayName },
      text,
      ...(detail ? { detail } : {}),
      at: clock.now(),
    });
    hub.publish({ type: 'note', handoffId, note: added });
    return added;
  }

  return {
    /** Colleagues on the console (operators and admins), for 「转给同事」. */
    async colleagues(): Promise<Colleague[]> {
      return (await staff.listActive(['operator', 'admin'])).map((u) => ({
        id: u.id,
        displayName: u.displayName,
      }));
    },

    /** The operator holding the conversation is typing: the resident's chat page shows it. Ignored otherwise. */
    async operatorTyping(id: string, user: StaffUser): Promise<void> {
      const record = await repository.get(id);
      if (record?.status !== 'claimed' || record.claimedById !== user.id) return;
      await deps.bus.publishTyping({ channel: record.channel, userId: record.userId });
    },

    /** An internal note on a handoff: every operator sees it, the resident never does. */
    async addNote(id: string, user: StaffUser, text: string): Promise<HandoffNote> {
      const record = await mustGetHandoff(repository, id);
      if (record.status === 'resolved') throw new AppError('conflict', '这条对话已经结案，不能再加备注。');
      return note(id, 'note', user, clean(text, '备注'));
    },

    /** Passes a held conversation to a colleague, with the reason; the colleague's console is told. */
    async transferToColleague(
      id: string,
      user: StaffUser,
      input: { toUserId: string; reason: string },
    ): Promise<HandoffView> {
      const record = await mustGetHandoff(repository, id);
      mustHold(record, user);
      const reason = clean(input.reason, '转交原因');
      const target = await staff.findById(input.toUserId);
      if (!target || !target.active || (target.role !== 'operator' && target.role !== 'admin'))
        throw new AppError('bad_request', '只能转给在岗的热线或窗口同事。');
      if (target.id === user.id) throw new AppError('bad_request', '这条对话已经在你手里了。');
      if (!(await repository.transfer(id, user.id, { id: target.id, name: target.displayName }, clock.now())))
        throw new AppError('conflict', '这条对话已经不在你手里了。');
      await note(id, 'transfer', user, `转给${target.displayName}：${reason}`, { toUserId: target.id });
      if (record.caseNo)
        await cases.addEvent(record.caseNo, {
          kind: 'handoff_transferred',
          statusAfter: null,
          note: `${user.displayName}转给${target.displayName}：${reason}`,
          actor: user.username,
          at: clock.now(),
        });
      hub.publish({
        type: 'transfer',
        handoffId: id,
        toUserId: target.id,
        fromName: user.displayName,
        reason,
      });
      const view = await deps.view(id);
      hub.publish({ type: 'handoff', handoff: view });
      logger.info(
        { conversationId: record.conversationId, channel: record.channel, handoffId: id },
        'handoff passed to a colleague',
      );
      return view;
    },

    /**
     * Transfers the request to a department (转办) with the reason: the case (registered now if there is
     * none) goes to that department, with the assistance type when the operator chose one. The operator
     * keeps the conversation until it is closed with an outcome.
     */
    async transferToDepartment(
      id: string,
      user: StaffUser,
      input: { departmentCode: string; reason: string; caseType?: string | undefined },
    ): Promise<HandoffView> {
      const record = await mustGetHandoff(repository, id);
      mustHold(record, user);
      const reason = clean(input.reason, '转办原因');
      const departmentName = locality.departments[input.departmentCode];
      if (departmentName === undefined) throw new AppError('bad_request', '没有这个部门，请从列表里选。');
      const at = clock.now();
      let caseNo = record.caseNo;
      let existing = caseNo ? await cases.get(caseNo) : undefined;
      if (!existing) {
        const conversation = await deps.conversations.get(record.conversationId);
        const state = conversation ? readState(conversation.state) : undefined;
        const registered = await ledger.register({
          assistanceType: input.caseType ?? 'temporary',
          localityCode: locality.code,
          conversationId: record.conversationId,
          channel: record.channel,
          userId: record.userId,
          urgency: record.priority === 'normal' ? 'none' : record.priority,
          fields: {
            ...(state?.safety?.location ? { address: state.safety.location } : {}),
            ...(state?.safety?.phone ? { phone: state.safety.phone } : {}),
          },
          at,
        });
        existing = registered.case;
        caseNo = existing.caseNo;
      }
      try {
        await cases.reroute(
          existing.caseNo,
          {
            assistanceType: input.caseType ?? existing.assistanceType,
            departmentCode: input.departmentCode,
            departmentName,
            jointMeeting: false,
            statusAfter: existing.status === 'registered' ? 'transferred' : null,
          },
          { kind: 'transferred', note: `转交${departmentName}：${reason}`, actor: user.username, at },
        );
      } catch (error) {
        logger.warn(
          {
            conversationId: record.conversationId,
            handoffId: id,
            err: error instanceof Error ? error.name : 'error',
          },
          'a case could not be moved to another type: the person has an open case of that type',
        );
        throw new AppError('conflict', '这个人已经有一件同类型的案件在办理，请在案件里合并处理后再转办。');
      }
      await repository.setDepartment(id, input.departmentCode, caseNo);
      await note(id, 'transfer', user, `转交${departmentName}：${reason}`, {
        departmentCode: input.departmentCode,
      });
      const view = await deps.view(id);
      hub.publish({ type: 'handoff', handoff: view });
      logger.info(
        { conversationId: record.conversationId, channel: record.channel, handoffId: id },
        'handoff transferred to a department',
      );
      return view;
    },
  };
}

/** The operator tools' API. */
export type HandoffTools = ReturnType<typeof createHandoffTools>;
