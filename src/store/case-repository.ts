import { randomUUID } from 'node:crypto';
import type { CaseEvent, CaseRecord, CaseStatus } from '../cases/case-types.js';
import type { UrgencyLevel } from '../nlu/types.js';
import { isUniqueViolation, type SqlDatabase, type SqlExecutor } from './sql.js';

interface CaseRow {
  id: string;
  case_no: string;
  locality_code: string;
  assistance_type: string;
  status: CaseStatus;
  urgency: UrgencyLevel;
  conversation_id: string | null;
  channel: string;
  user_id: string;
  applicant_name: string | null;
  id_number: string | null;
  phone: string | null;
  address: string | null;
  fields: Record<string, string | number>;
  department_code: string;
  department_name: string;
  joint_meeting: boolean;
  accepted_at: Date | string;
  transfer_due_at: Date | string;
  transfer_due_calendar: 'official' | 'weekdays_fallback';
  completed_at: Date | string | null;
  feedback_due_at: Date | string | null;
  updated_at: Date | string;
}

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

function toRecord(row: CaseRow): CaseRecord {
  return {
    caseNo: row.case_no,
    assistanceType: row.assistance_type,
    localityCode: row.locality_code,
    status: row.status,
    urgency: row.urgency,
    conversationId: row.conversation_id,
    channel: row.channel,
    userId: row.user_id,
    applicantName: row.applicant_name,
    idNumber: row.id_number,
    phone: row.phone,
    address: row.address,
    fields: row.fields,
    departmentCode: row.department_code,
    departmentName: row.department_name,
    jointMeeting: row.joint_meeting,
    acceptedAt: date(row.accepted_at),
    transferDueAt: date(row.transfer_due_at),
    transferDueCalendar: row.transfer_due_calendar,
    completedAt: row.completed_at === null ? null : date(row.completed_at),
    feedbackDueAt: row.feedback_due_at === null ? null : date(row.feedback_due_at),
    updatedAt: date(row.updated_at),
  };
}

/** A case ready to insert, with its receipt number still to be drawn. */
export interface CaseInsert extends Omit<
  CaseRecord,
  'caseNo' | 'status' | 'completedAt' | 'feedbackDueAt' | 'updatedAt'
> {
  /** Local date (YYYYMMDD) the receipt sequence counts within. */
  sequenceDay: string;
}

/** Filters for listing cases. */
export interface CaseFilter {
  status?: CaseStatus;
  assistanceType?: string;
  urgent?: boolean;
  departmentCode?: string;
  limit?: number;
}

/** Why an insert did not happen. */
export type InsertOutcome =
  { ok: true; case: CaseRecord } | { ok: false; reason: 'duplicate'; existing: CaseRecord };

/** The case ledger on PostgreSQL SQL (PGlite and server alike). */
export function createCaseRepository(db: SqlDatabase) {
  async function nextSequence(tx: SqlExecutor, localityCode: string, day: string): Promise<number> {
    // The upsert takes a row lock, so concurrent registrations on any instance get distinct numbers.
    const { rows } = await tx.query<{ last_value: number }>(
      `INSERT INTO case_sequences (locality_code, day, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (locality_code, day) DO UPDATE SET last_value = case_sequences.last_value + 1
       RETURNING last_value`,
      [localityCode, day],
    );
    return rows[0]!.last_value;
  }

  async function findOpen(idNumber: string, assistanceType: string): Promise<CaseRecord | undefined> {
    const { rows } = await db.query<CaseRow>(
      `SELECT * FROM cases WHERE id_number = $1 AND assistance_type = $2
       AND status NOT IN ('refused', 'completed', 'cancelled') LIMIT 1`,
      [idNumber, assistanceType],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  return {
    findOpen,

    /** The newest case of a conversation that is still open, if any (urgent flags land on it). */
    async findOpenByConversation(conversationId: string): Promise<CaseRecord | undefined> {
      const { rows } = await db.query<CaseRow>(
        `SELECT * FROM cases WHERE conversation_id = $1 AND status NOT IN ('refused', 'completed', 'cancelled')
         ORDER BY accepted_at DESC LIMIT 1`,
        [conversationId],
      );
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    /** Cases of the same person: the same channel user, or the same ID number or phone; newest first. */
    async ofPerson(person: {
      channel: string;
      userId: string;
      idNumber?: string | null;
      phone?: string | null;
    }): Promise<CaseRecord[]> {
      const { rows } = await db.query<CaseRow>(
        `SELECT * FROM cases WHERE (channel = $1 AND user_id = $2) OR id_number = $3 OR phone = $4
         ORDER BY accepted_at DESC LIMIT 50`,
        [person.channel, person.userId, person.idNumber ?? null, person.phone ?? null],
      );
      return rows.map(toRecord);
    },

    /** Inserts a case with the next receipt number of its locality and day; refuses a second open case of a person and type. */
    async insert(input: CaseInsert, formatCaseNo: (sequence: number) => string): Promise<InsertOutcome> {
      try {
        const record = await db.transaction(async (tx) => {
          const caseNo = formatCaseNo(await nextSequence(tx, input.localityCode, input.sequenceDay));
          const { rows } = await tx.query<CaseRow>(
            `INSERT INTO cases (id, case_no, locality_code, assistance_type, status, urgency, conversation_id, channel, user_id,
               applicant_name, id_number, phone, address, fields, department_code, department_name, joint_meeting,
               accepted_at, transfer_due_at, transfer_due_calendar, updated_at)
             VALUES ($1, $2, $3, $4, 'registered', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $17)
             RETURNING *`,
            [
              randomUUID(),
              caseNo,
              input.localityCode,
              input.assistanceType,
              input.urgency,
              input.conversationId,
              input.channel,
              input.userId,
              input.applicantName,
              input.idNumber,
              input.phone,
              input.address,
              JSON.stringify(input.fields),
              input.departmentCode,
              input.departmentName,
              input.jointMeeting,
              input.acceptedAt,
              input.transferDueAt,
              input.transferDueCalendar,
            ],
          );
          const row = rows[0]!;
          await tx.query(
            `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at) VALUES ($1, 'registered', 'registered', $2, 'system', $3)`,
            [row.id, `受理登记，转交${input.departmentName}`, input.acceptedAt],
          );
          return toRecord(row);
        });
        return { ok: true, case: record };
      } catch (error) {
        if (isUniqueViolation(error) && input.idNumber) {
          const existing = await findOpen(input.idNumber, input.assistanceType);
          if (existing) return { ok: false, reason: 'duplicate', existing };
        }
        throw error;
      }
    },

    /** A case by receipt number. */
    async get(caseNo: string): Promise<CaseRecord | undefined> {
      const { rows } = await db.query<CaseRow>('SELECT * FROM cases WHERE case_no = $1', [caseNo]);
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    /** Cases matching the filter, newest first. */
    async list(filter: CaseFilter): Promise<CaseRecord[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        params.push(value);
        where.push(clause.replace('?', `$${params.length}`));
      };
      if (filter.status) add('status = ?', filter.status);
      if (filter.assistanceType) add('assistance_type = ?', filter.assistanceType);
      if (filter.departmentCode) add('department_code = ?', filter.departmentCode);
      if (filter.urgent === true) where.push("urgency <> 'none'");
      if (filter.urgent === false) where.push("urgency = 'none'");
      params.push(Math.min(filter.limit ?? 100, 500));
      const { rows } = await db.query<CaseRow>(
        `SELECT * FROM cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY accepted_at DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map(toRecord);
    },

    /** The case's timeline, oldest first. */
    async events(caseNo: string): Promise<CaseEvent[]> {
      const { rows } = await db.query<{
        id: string;
        kind: string;
        status_after: CaseStatus | null;
        note: string | null;
        actor: string;
        created_at: Date | string;
      }>(
        `SELECT e.id, e.kind, e.status_after, e.note, e.actor, e.created_at FROM case_events e
         JOIN cases c ON c.id = e.case_id WHERE c.case_no = $1 ORDER BY e.id`,
        [caseNo],
      );
      return rows.map((r) => ({
        id: String(r.id),
        kind: r.kind,
        statusAfter: r.status_after,
        note: r.note,
        actor: r.actor,
        at: date(r.created_at),
      }));
    },

    /** Appends an event and moves the status (with completion time and feedback deadline when given), in one transaction. */
    async addEvent(
      caseNo: string,
      event: {
        kind: string;
        statusAfter: CaseStatus | null;
        note: string | null;
        actor: string;
        at: Date;
        completedAt?: Date;
        feedbackDueAt?: Date;
        urgency?: UrgencyLevel;
      },
    ): Promise<CaseRecord | undefined> {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<CaseRow>('SELECT * FROM cases WHERE case_no = $1 FOR UPDATE', [
          caseNo,
        ]);
        const row = rows[0];
        if (!row) return undefined;
        await tx.query(
          `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [row.id, event.kind, event.statusAfter, event.note, event.actor, event.at],
        );
        const updated = await tx.query<CaseRow>(
          `UPDATE cases SET status = COALESCE($2, status), completed_at = COALESCE($3, completed_at),
             feedback_due_at = COALESCE($4, feedback_due_at), urgency = COALESCE($5, urgency), updated_at = $6
           WHERE id = $1 RETURNING *`,
          [
            row.id,
            event.statusAfter,
            event.completedAt ?? null,
            event.feedbackDueAt ?? null,
            event.urgency ?? null,
            event.at,
          ],
        );
        return toRecord(updated.rows[0]!);
      });
    },
  };
}

/** The case repository's API. */
export type CaseRepository = ReturnType<typeof createCaseRepository>;
