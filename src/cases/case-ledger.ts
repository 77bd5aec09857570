import type { LocalityRegistry } from '../localities/locality-registry.js';
import { isAssistanceType } from '../nlu/types.js';
import type { CaseRepository } from '../store/case-repository.js';
import type {
  CaseLedger,
  CaseRecord,
  NewApplication,
  RegistrationResult,
  UrgentCaseInput,
} from './case-types.js';
import type { UrgencyLevel } from '../nlu/types.js';
import { formatLocalDate, localDateOf } from './local-date.js';
import { formatReceiptNumber } from './receipt-number.js';
import { addWorkingDays } from './working-days.js';

/** Where the ledger reports a deadline computed without the official calendar. */
export interface LedgerLogger {
  warn(obj: object, msg: string): void;
}

/** The case ledger: routing by locality profile, transfer deadline in working days, receipt numbers. */
export function createCaseLedger(
  repository: CaseRepository,
  localities: LocalityRegistry,
  logger: LedgerLogger,
): CaseLedger {
  const ledger: CaseLedger = {
    findOpen: (idNumber, assistanceType) => repository.findOpen(idNumber, assistanceType),
    get: (caseNo) => repository.get(caseNo),

    async register(application: NewApplication): Promise<RegistrationResult> {
      const profile = localities.get(application.localityCode) ?? localities.default();
      const type = application.assistanceType;
      // A type nobody clearly owns (or a resident who was not sure) goes to the joint meeting, never nowhere.
      const department = isAssistanceType(type)
        ? (localities.departmentFor(profile.code, type) ?? {
            code: 'joint_meeting',
            name: profile.jointMeeting.name,
            jointMeeting: true,
          })
        : { code: 'joint_meeting', name: profile.jointMeeting.name, jointMeeting: true };
      const materials = isAssistanceType(type)
        ? (localities.materialsFor(profile.code, type)?.items ?? [])
        : (localities.materialsFor(profile.code, 'temporary')?.items ?? []);
      const deadline = addWorkingDays(application.at, profile.sla.transferWorkingDays, profile.timezone);
      if (deadline.warning)
        logger.warn({ localityCode: profile.code, calendar: deadline.calendar }, deadline.warning);
      const { fields } = application;
      const text = (name: string): string | null => {
        const value = fields[name];
        return typeof value === 'string' ? value : null;
      };
      const outcome = await repository.insert(
        {
          assistanceType: type,
          localityCode: profile.code,
          urgency: application.urgency,
          conversationId: application.conversationId,
          channel: application.channel,
          userId: application.userId,
          applicantName: text('applicant_name'),
          idNumber: text('id_number'),
          phone: text('phone'),
          address: text('address'),
          fields,
          departmentCode: department.code,
          departmentName: department.name,
          jointMeeting: department.jointMeeting,
          acceptedAt: application.at,
          transferDueAt: deadline.due,
          transferDueCalendar: deadline.calendar,
          sequenceDay: formatLocalDate(localDateOf(application.at, profile.timezone)).replaceAll('-', ''),
        },
        (sequence) => {
          const formatted = formatReceiptNumber({
            localityCode: profile.code,
            date: application.at,
            sequence,
            tz: profile.timezone,
          });
          if (!formatted.ok) throw new Error(`cannot format a receipt number: ${formatted.error.code}`);
          return formatted.value;
        },
      );
      if (!outcome.ok) return outcome;
      return {
        ok: true,
        case: outcome.case,
        materials: materials.map((m) => ({ name: m.name, note: m.note, when: m.when })),
        ...(deadline.warning ? { warning: deadline.warning } : {}),
      };
    },

    async flagUrgent(input: UrgentCaseInput): Promise<CaseRecord> {
      const raise = async (existing: CaseRecord): Promise<CaseRecord> => {
        if (RANK[existing.urgency] >= RANK[input.urgency]) return existing;
        const updated = await repository.addEvent(existing.caseNo, {
          kind: 'urgency_flagged',
          statusAfter: null,
          note: `紧急程度：${input.urgency === 'critical' ? '危急' : '加急'}（${input.reasons.join('；')}）`,
          actor: 'system',
          at: input.at,
          urgency: input.urgency,
        });
        return updated ?? existing;
      };
      const open = await repository.findOpenByConversation(input.conversationId);
      if (open) return raise(open);
      const registered = await ledger.register({
        assistanceType: 'temporary',
        localityCode: input.localityCode,
        conversationId: input.conversationId,
        channel: input.channel,
        userId: input.userId,
        urgency: input.urgency,
        fields: { ...input.fields, urgency_reasons: input.reasons.join('；') },
        at: input.at,
      });
      return registered.ok ? registered.case : raise(registered.existing);
    },
  };
  return ledger;
}

const RANK: Readonly<Record<UrgencyLevel, number>> = { none: 0, high: 1, critical: 2 };
