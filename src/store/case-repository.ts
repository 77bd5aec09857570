import { randomUUID } from 'node:crypto';
import { CLOSED_STATUSES, type CaseEvent, type CaseRecord, type CaseStatus } from '../cases/case-types.js';
import type { UrgencyLevel } from '../nlu/types.js';
import type { CasePlan } from '../cases/case-plan.js';
import { formatReceiptNumber, randomReceiptSerial } from '../cases/receipt-number.js';
import { openNullable, sealNullable, type DataCipher } from './crypto/data-cipher.js';
import type { SqlDatabase, SqlExecutor } from './sql.js';

/** A row of the cases table as both drivers return it. */
export interface CaseRow {
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
  fields: string;
  department_code: string;
  department_name: string;
  joint_meeting: boolean;
  accepted_at: Date | string;
  transfer_due_at: Date | string;
  transfer_due_calendar: 'official' | 'weekdays_fallback';
  completed_at: Date | string | null;
  feedback_due_at: Date | string | null;
  updated_at: Date | string;
  duplicate_of: string | null;
  status_locked_until?: Date | string | null;
}

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** A cases row as the ledger record, personal data opened with the cipher. */
export function toRecord(row: CaseRow, cipher: DataCipher): CaseRecord {
  return {
    caseNo: row.case_no,
    assistanceType: row.assistance_type,
    localityCode: row.locality_code,
    status: row.status,
    urgency: row.urgency,
    conversationId: row.conversation_id,
    channel: row.channel,
    userId: row.user_id,
    applicantName: openNullable(cipher, row.applicant_name),
    idNumber: openNullable(cipher, row.id_number),
    phone: openNullable(cipher, row.phone),
    address: openNullable(cipher, row.address),
    fields: cipher.openJson<Record<string, string | number>>(row.fields),
    departmentCode: row.department_code,
    departmentName: row.department_name,
    jointMeeting: row.joint_meeting,
    acceptedAt: date(row.accepted_at),
    transferDueAt: date(row.transfer_due_at),
    transferDueCalendar: row.transfer_due_calendar,
    completedAt: row.completed_at === null ? null : date(row.completed_at),
    feedbackDueAt: row.feedback_due_at === null ? null : date(row.feedback_due_at),
    updatedAt: date(row.updated_at),
    duplicateOf: row.duplicate_of,
    statusLockedUntil: row.status_locked_until ? date(row.status_locked_until) : null,
  };
}

/** Filters for listing cases. */
export interface CaseFilter {
  status?: CaseStatus;
  assistanceType?: string;
  urgent?: boolean;
  departmentCode?: string;
  limit?: number;
}

/** What registering a planned case came to. */
export type RegistrationOutcome =
  /** Registered; `duplicateOf` names an open case of the same person and type that someone else registered. */
  | { kind: 'registered'; case: CaseRecord; duplicateOf: string | null }
  /** The same resident already has this open case: nothing new was registered. */
  | { kind: 'own_duplicate'; case: CaseRecord };

const OPEN = "status NOT IN ('refused', 'completed', 'cancelled')";

const SERIAL_TRIES = 8;

/**
 * A receipt number not yet used: its serial is random (src/cases/receipt-number.ts says why). Checked
 * against the ledger before use; two registrations drawing the same unused number in the same instant
 * (odds about one in a million per pair and day) would fail one turn on the unique index, and its retry
 * draws again.
 */
async function unusedCaseNo(tx: SqlExecutor, plan: CasePlan): Promise<string> {
  for (let attempt = 0; attempt < SERIAL_TRIES; attempt++) {
    const caseNo = caseNoOf(plan, randomReceiptSerial());
    const { rows } = await tx.query('SELECT 1 FROM cases WHERE case_no = $1', [caseNo]);
    if (rows.length === 0) return caseNo;
  }
  throw new Error('no unused receipt number found: the day is nearly full for this locality');
}

function caseNoOf(plan: CasePlan, serial: number): string {
  const formatted = formatReceiptNumber({
    localityCode: plan.localityCode,
    date: new Date(plan.acceptedAt),
    sequence: serial,
    tz: plan.timezone,
  });
  if (!formatted.ok) throw new Error(`cannot format a receipt number: ${formatted.error.code}`);
  return formatted.value;
}

/** Inserts a planned case with the next receipt number; null when the open-case guard already holds one. */
async function insertPlanned(
  tx: SqlExecutor,
  plan: CasePlan,
  duplicateOf: string | null,
): Promise<CaseRecord | null> {
  const caseNo = await unusedCaseNo(tx, plan);
  const { rows } = await tx.query<CaseRow>(
    `INSERT INTO cases (id, case_no, locality_code, assistance_type, status, urgency, conversation_id, channel, user_id,
       applicant_name, id_number, phone, address, fields, department_code, department_name, joint_meeting,
       accepted_at, transfer_due_at, transfer_due_calendar, updated_at, duplicate_of, id_number_hash, phone_hash)
     VALUES ($1, $2, $3, $4, 'registered', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $17, $20,
       $21, $22)
     ON CONFLICT (id_number_hash, assistance_type)
       WHERE id_number_hash IS NOT NULL AND duplicate_of IS NULL AND status NOT IN ('refused', 'completed', 'cancelled')
     DO NOTHING
     RETURNING *`,
    [
      randomUUID(),
      caseNo,
      plan.localityCode,
      plan.assistanceType,
      plan.urgency,
      plan.conversationId,
      plan.channel,
      plan.userId,
      sealNullable(tx.cipher, plan.applicantName),
      sealNullable(tx.cipher, plan.idNumber),
      sealNullable(tx.cipher, plan.phone),
      sealNullable(tx.cipher, plan.address),
      tx.cipher.sealJson(plan.fields),
      plan.departmentCode,
      plan.departmentName,
      plan.jointMeeting,
      plan.acceptedAt,
      plan.transferDueAt,
      plan.transferDueCalendar,
      duplicateOf,
      plan.idNumber ? tx.cipher.lookupHash(plan.idNumber) : null,
      plan.phone ? tx.cipher.lookupHash(plan.phone) : null,
    ],
  );
  const row = rows[0];
  if (!row) return null;
  const note = duplicateOf
    ? `受理登记，转交${plan.departmentName}（同一身份证号已有同类申请 ${duplicateOf}，请核对合并）`
    : `受理登记，转交${plan.departmentName}`;
  await tx.query(
    `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at) VALUES ($1, 'registered', 'registered', $2, 'system', $3)`,
    [row.id, tx.cipher.seal(note), plan.acceptedAt],
  );
  return toRecord(row, tx.cipher);
}

async function openOfPersonAndType(
  tx: SqlExecutor,
  idNumber: string,
  type: string,
): Promise<CaseRow | undefined> {
  const { rows } = await tx.query<CaseRow>(
    `SELECT * FROM cases WHERE id_number_hash = ANY($1::text[]) AND assistance_type = $2 AND duplicate_of IS NULL
       AND ${OPEN} LIMIT 1 FOR UPDATE`,
    [tx.cipher.lookupHashes(idNumber), type],
  );
  return rows[0];
}

/**
 * Registers a planned case inside the caller's transaction. An open case of the same person and type
 * registered by this same channel user is returned instead; one registered by anyone else is never
 * disclosed: the new request is registered too, marked as a possible duplicate for staff to merge.
 */
export async function registerPlannedCase(tx: SqlExecutor, plan: CasePlan): Promise<RegistrationOutcome> {
  if (plan.idNumber) {
    const existing = await openOfPersonAndType(tx, plan.idNumber, plan.assistanceType);
    if (existing && existing.channel === plan.channel && existing.user_id === plan.userId)
      return { kind: 'own_duplicate', case: toRecord(existing, tx.cipher) };
    if (existing) {
      const record = await insertPlanned(tx, plan, existing.case_no);
      return { kind: 'registered', case: record!, duplicateOf: existing.case_no };
    }
  }
  const record = await insertPlanned(tx, plan, null);
  if (record) return { kind: 'registered', case: record, duplicateOf: null };
  // Another transaction registered the same person and type a moment ago: decide against that one.
  const raced = plan.idNumber ? await openOfPersonAndType(tx, plan.idNumber, plan.assistanceType) : undefined;
  if (raced && raced.channel === plan.channel && raced.user_id === plan.userId)
    return { kind: 'own_duplicate', case: toRecord(raced, tx.cipher) };
  const marked = await insertPlanned(tx, plan, raced?.case_no ?? 'unknown');
  return { kind: 'registered', case: marked!, duplicateOf: raced?.case_no ?? null };
}

const RANK: Readonly<Record<UrgencyLevel, number>> = { none: 0, high: 1, critical: 2 };

/** Raises a case's urgency (never lowers it) with a timeline line, inside the caller's transaction. */
export async function raiseCaseUrgency(
  tx: SqlExecutor,
  caseNo: string,
  level: 'critical' | 'high',
  reasons: readonly string[],
  at: Date,
): Promise<CaseRecord | undefined> {
  const { rows } = await tx.query<CaseRow>('SELECT * FROM cases WHERE case_no = $1 FOR UPDATE', [caseNo]);
  const row = rows[0];
  if (!row) return undefined;
  if (RANK[row.urgency] >= RANK[level]) return toRecord(row, tx.cipher);
  await tx.query(
    `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at) VALUES ($1, 'urgency_flagged', NULL, $2, 'system', $3)`,
    [
      row.id,
      tx.cipher.seal(`紧急程度：${level === 'critical' ? '危急' : '加急'}（${reasons.join('；')}）`),
      at,
    ],
  );
  const updated = await tx.query<CaseRow>(
    'UPDATE cases SET urgency = $2, updated_at = $3 WHERE id = $1 RETURNING *',
    [row.id, level, at],
  );
  return toRecord(updated.rows[0]!, tx.cipher);
}

/** What the safety follow-up learned about the person in an urgent case. */
export interface UrgentContact {
  name?: string;
  address?: string;
  phone?: string;
}

/**
 * Fills the applicant's name, address and phone of an urgent case where it has none yet (never overwriting),
 * with a timeline line naming what was added, inside the caller's transaction. False when nothing was added.
 */
export async function completeUrgentContact(
  tx: SqlExecutor,
  caseNo: string,
  contact: UrgentContact,
  at: Date,
): Promise<boolean> {
  const { rows } = await tx.query<CaseRow>('SELECT * FROM cases WHERE case_no = $1 FOR UPDATE', [caseNo]);
  const row = rows[0];
  if (!row || CLOSED_STATUSES.includes(row.status)) return false;
  const name = row.applicant_name === null ? contact.name : undefined;
  const address = row.address === null ? contact.address : undefined;
  const phone = row.phone === null ? contact.phone : undefined;
  const added = [name && '姓名', address && '所在地点', phone && '联系电话'].filter(Boolean);
  if (added.length === 0) return false;
  await tx.query(
    `UPDATE cases SET applicant_name = COALESCE(applicant_name, $2), address = COALESCE(address, $3),
       phone = COALESCE(phone, $4), phone_hash = COALESCE(phone_hash, $5), updated_at = $6 WHERE id = $1`,
    [
      row.id,
      sealNullable(tx.cipher, name ?? null),
      sealNullable(tx.cipher, address ?? null),
      sealNullable(tx.cipher, phone ?? null),
      phone ? tx.cipher.lookupHash(phone) : null,
      at,
    ],
  );
  await tx.query(
    `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at) VALUES ($1, 'contact_added', NULL, $2, 'system', $3)`,
    [row.id, tx.cipher.seal(`紧急求助后补充了${added.join('、')}`), at],
  );
  return true;
}

/** The newest open case of a conversation, if any (urgent flags land on it). */
export async function openCaseOfConversation(
  tx: SqlExecutor,
  conversationId: string,
): Promise<CaseRecord | undefined> {
  const { rows } = await tx.query<CaseRow>(
    `SELECT * FROM cases WHERE conversation_id = $1 AND ${OPEN} ORDER BY accepted_at DESC LIMIT 1`,
    [conversationId],
  );
  return rows[0] ? toRecord(rows[0], tx.cipher) : undefined;
}

/** A case by receipt number. */
export async function caseByNumber(tx: SqlExecutor, caseNo: string): Promise<CaseRecord | undefined> {
  const { rows } = await tx.query<CaseRow>('SELECT * FROM cases WHERE case_no = $1', [caseNo]);
  return rows[0] ? toRecord(rows[0], tx.cipher) : undefined;
}

/** An open case of this person and type registered by this channel user, for the early duplicate notice. */
export async function ownOpenCase(
  tx: SqlExecutor,
  idNumber: string,
  type: string,
  address: { channel: string; userId: string },
): Promise<CaseRecord | undefined> {
  const { rows } = await tx.query<CaseRow>(
    `SELECT * FROM cases WHERE id_number_hash = ANY($1::text[]) AND assistance_type = $2 AND channel = $3
       AND user_id = $4 AND ${OPEN} ORDER BY accepted_at DESC LIMIT 1`,
    [tx.cipher.lookupHashes(idNumber), type, address.channel, address.userId],
  );
  return rows[0] ? toRecord(rows[0], tx.cipher) : undefined;
}

/** The case ledger on PostgreSQL SQL (PGlite and server alike). */
export function createCaseRepository(db: SqlDatabase) {
  async function findOpen(idNumber: string, assistanceType: string): Promise<CaseRecord | undefined> {
    const { rows } = await db.query<CaseRow>(
      `SELECT * FROM cases WHERE id_number_hash = ANY($1::text[]) AND assistance_type = $2 AND duplicate_of IS NULL
         AND ${OPEN} LIMIT 1`,
      [db.cipher.lookupHashes(idNumber), assistanceType],
    );
    return rows[0] ? toRecord(rows[0], db.cipher) : undefined;
  }

  return {
    findOpen,

    /** The newest case of a conversation that is still open, if any. */
    findOpenByConversation: (conversationId: string) => openCaseOfConversation(db, conversationId),

    /** Cases of the same person: the same channel user, or the same ID number or phone; newest first. */
    async ofPerson(person: {
      channel: string;
      userId: string;
      idNumber?: string | null;
      phone?: string | null;
    }): Promise<CaseRecord[]> {
      const { rows } = await db.query<CaseRow>(
        `SELECT * FROM cases WHERE (channel = $1 AND user_id = $2) OR id_number_hash = ANY($3::text[])
           OR phone_hash = ANY($4::text[])
         ORDER BY accepted_at DESC LIMIT 50`,
        [
          person.channel,
          person.userId,
          person.idNumber ? db.cipher.lookupHashes(person.idNumber) : [],
          person.phone ? db.cipher.lookupHashes(person.phone) : [],
        ],
      );
      return rows.map((row) => toRecord(row, db.cipher));
    },

    /** Registers a planned case in its own transaction (outside a conversation turn). */
    register: (plan: CasePlan) => db.transaction((tx) => registerPlannedCase(tx, plan)),

    /** A case by receipt number. */
    get: (caseNo: string) => caseByNumber(db, caseNo),

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
      return rows.map((row) => toRecord(row, db.cipher));
    },

    /** Moves an open case to another assistance type and department (the operator's choice), noting it on the timeline. */
    async reroute(
      caseNo: string,
      route: {
        assistanceType: string;
        departmentCode: string;
        departmentName: string;
        jointMeeting: boolean;
        statusAfter: CaseStatus | null;
      },
      event: { kind: string; note: string; actor: string; at: Date },
    ): Promise<CaseRecord | undefined> {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<CaseRow>(
          `UPDATE cases SET assistance_type = $2, department_code = $3, department_name = $4, joint_meeting = $5,
             status = COALESCE($6, status), updated_at = $7
           WHERE case_no = $1 RETURNING *`,
          [
            caseNo,
            route.assistanceType,
            route.departmentCode,
            route.departmentName,
            route.jointMeeting,
            route.statusAfter,
            event.at,
          ],
        );
        const row = rows[0];
        if (!row) return undefined;
        await tx.query(
          `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [row.id, event.kind, route.statusAfter, event.note, event.actor, event.at],
        );
        return toRecord(row, tx.cipher);
      });
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
        note: openNullable(db.cipher, r.note),
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
          [row.id, event.kind, event.statusAfter, sealNullable(tx.cipher, event.note), event.actor, event.at],
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
        return toRecord(updated.rows[0]!, tx.cipher);
      });
    },
  };
}

/** The case repository's API. */
export type CaseRepository = ReturnType<typeof createCaseRepository>;
