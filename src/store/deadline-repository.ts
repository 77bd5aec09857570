import type { CaseStatus } from '../cases/case-types.js';
import type { SqlDatabase, SqlExecutor } from './sql.js';

// A fixed advisory-lock key: one deadline check at a time across every instance (PGlite has the same functions).
const DEADLINE_LOCK_KEY = 4_231_978;

/** The kinds of deadline event a case is marked with, once each. */
export type DeadlineMarkKind =
  'transfer_reminder' | 'transfer_overdue' | 'feedback_reminder' | 'feedback_overdue';

/** A case whose transfer or feedback deadline is still running, with what the checks need. */
export interface WatchedCase {
  caseNo: string;
  assistanceType: string;
  status: CaseStatus;
  departmentCode: string;
  departmentName: string;
  transferDueAt: Date;
  completedAt: Date | null;
  feedbackDueAt: Date | null;
  feedbackAt: Date | null;
}

/** A notice for the window (audience 'window') or for one department (audience = its code). */
export interface StaffNotification {
  id: string;
  audience: string;
  caseNo: string | null;
  kind: string;
  text: string;
  createdAt: Date;
  readAt: Date | null;
}

interface WatchedRow {
  case_no: string;
  assistance_type: string;
  status: CaseStatus;
  department_code: string;
  department_name: string;
  transfer_due_at: Date | string;
  completed_at: Date | string | null;
  feedback_due_at: Date | string | null;
  feedback_at: Date | string | null;
}

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
const maybeDate = (value: Date | string | null): Date | null => (value === null ? null : date(value));

/** SQL for "when the window fed the result back": the first feedback event after completion. */
export const FEEDBACK_AT_SQL =
  "(SELECT min(e.created_at) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'feedback_given')";

/** The case event kind that records the result was fed back to the applicant. */
export const FEEDBACK_EVENT = 'feedback_given';

/** Cases with a running deadline due before `horizon` (transfer while registered, feedback after completion). */
export async function watchedCases(tx: SqlExecutor, horizon: Date): Promise<WatchedCase[]> {
  const { rows } = await tx.query<WatchedRow>(
    `SELECT c.case_no, c.assistance_type, c.status, c.department_code, c.department_name, c.transfer_due_at,
       c.completed_at, c.feedback_due_at, ${FEEDBACK_AT_SQL} AS feedback_at
     FROM cases c
     WHERE (c.status = 'registered' AND c.transfer_due_at <= $1)
        OR (c.status = 'completed' AND c.feedback_due_at IS NOT NULL AND c.feedback_due_at <= $1
            AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'feedback_given'))
     ORDER BY c.accepted_at`,
    [horizon],
  );
  return rows.map((r) => ({
    caseNo: r.case_no,
    assistanceType: r.assistance_type,
    status: r.status,
    departmentCode: r.department_code,
    departmentName: r.department_name,
    transferDueAt: date(r.transfer_due_at),
    completedAt: maybeDate(r.completed_at),
    feedbackDueAt: maybeDate(r.feedback_due_at),
    feedbackAt: maybeDate(r.feedback_at),
  }));
}

interface NotificationRow {
  id: string | number;
  audience: string;
  case_no: string | null;
  kind: string;
  text: string;
  created_at: Date | string;
  read_at: Date | string | null;
}

const toNotification = (r: NotificationRow): StaffNotification => ({
  id: String(r.id),
  audience: r.audience,
  caseNo: r.case_no,
  kind: r.kind,
  text: r.text,
  createdAt: date(r.created_at),
  readAt: maybeDate(r.read_at),
});

/** What one locked deadline pass may do inside its transaction. */
export interface DeadlinePass {
  watched(horizon: Date): Promise<WatchedCase[]>;
  /** Marks a case once per kind; false when it was marked before (by this or another instance). */
  mark(caseNo: string, kind: DeadlineMarkKind, dueAt: Date, at: Date): Promise<boolean>;
  notify(
    audiences: readonly string[],
    caseNo: string | null,
    kind: string,
    text: string,
    at: Date,
  ): Promise<void>;
  /** Completed cases with a conversation, not yet asked for a rating, completed after `since`; each is recorded as asked. */
  claimSurveys(
    since: Date,
    at: Date,
  ): Promise<{ caseNo: string; conversationId: string; channel: string; userId: string }[]>;
  /** Copies the ratings residents gave into their surveys; how many landed. */
  collectAnswers(): Promise<number>;
}

/** Deadline marks, staff notices and the survey queue on PostgreSQL SQL (PGlite and server alike). */
export function createDeadlineRepository(db: SqlDatabase) {
  return {
    /** Runs `work` holding the deadline lock; resolves to undefined when another instance holds it. */
    async locked<T>(work: (pass: DeadlinePass) => Promise<T>): Promise<T | undefined> {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [
          DEADLINE_LOCK_KEY,
        ]);
        if (!rows[0]?.ok) return undefined;
        return work({
          watched: (horizon) => watchedCases(tx, horizon),
          async mark(caseNo, kind, dueAt, at) {
            const inserted = await tx.query(
              `INSERT INTO case_deadline_marks (case_no, kind, due_at, created_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING RETURNING case_no`,
              [caseNo, kind, dueAt, at],
            );
            return inserted.rows.length === 1;
          },
          async notify(audiences, caseNo, kind, text, at) {
            for (const audience of new Set(audiences))
              await tx.query(
                'INSERT INTO staff_notifications (audience, case_no, kind, text, created_at) VALUES ($1, $2, $3, $4, $5)',
                [audience, caseNo, kind, text, at],
              );
          },
          async claimSurveys(since, at) {
            const { rows } = await tx.query<{
              case_no: string;
              conversation_id: string;
              channel: string;
              user_id: string;
            }>(
              `WITH picked AS (
                 SELECT c.case_no, c.department_code, c.conversation_id, c.channel, c.user_id FROM cases c
                 WHERE c.status = 'completed' AND c.completed_at >= $1 AND c.conversation_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM satisfaction_surveys s WHERE s.case_no = c.case_no)),
               asked AS (
                 INSERT INTO satisfaction_surveys (case_no, department_code, asked_at)
                 SELECT case_no, department_code, $2 FROM picked ON CONFLICT DO NOTHING RETURNING case_no)
               SELECT p.case_no, p.conversation_id, p.channel, p.user_id FROM picked p JOIN asked a ON a.case_no = p.case_no`,
              [since, at],
            );
            return rows.map((r) => ({
              caseNo: r.case_no,
              conversationId: r.conversation_id,
              channel: r.channel,
              userId: r.user_id,
            }));
          },
          async collectAnswers() {
            // The rating flow records the answer with its turn (conversation_events); it lands on the survey here.
            const { rows } = await tx.query(
              `UPDATE satisfaction_surveys s SET rating = (e.detail->>'rating')::int,
                 comment = NULLIF(e.detail->>'comment', ''), answered_at = e.created_at
               FROM conversation_events e
               WHERE e.kind = 'satisfaction_rated' AND e.detail->>'caseNo' = s.case_no AND s.answered_at IS NULL
                 AND (e.detail->>'rating') ~ '^[1-5]$'
               RETURNING s.case_no`,
            );
            return rows.length;
          },
        });
      });
    },

    /** The newest notices for these audiences. */
    async notifications(audiences: readonly string[], limit = 100): Promise<StaffNotification[]> {
      const { rows } = await db.query<NotificationRow>(
        'SELECT * FROM staff_notifications WHERE audience = ANY($1) ORDER BY id DESC LIMIT $2',
        [[...audiences], limit],
      );
      return rows.map(toNotification);
    },

    /** Marks a notice read, only within these audiences; false when there is no such notice for them. */
    async markRead(id: string, audiences: readonly string[], at: Date): Promise<boolean> {
      const { rows } = await db.query(
        'UPDATE staff_notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND audience = ANY($2) RETURNING id',
        [id, [...audiences], at],
      );
      return rows.length === 1;
    },

    /** Kinds of marks a case carries. */
    async marksOf(caseNo: string): Promise<DeadlineMarkKind[]> {
      const { rows } = await db.query<{ kind: DeadlineMarkKind }>(
        'SELECT kind FROM case_deadline_marks WHERE case_no = $1 ORDER BY created_at',
        [caseNo],
      );
      return rows.map((r) => r.kind);
    },

    /** When the results of these cases were fed back, for those that were. */
    async feedbackTimes(caseNos: readonly string[]): Promise<Map<string, Date>> {
      if (caseNos.length === 0) return new Map();
      const { rows } = await db.query<{ case_no: string; at: Date | string }>(
        `SELECT c.case_no, min(e.created_at) AS at FROM cases c JOIN case_events e ON e.case_id = c.id
         WHERE c.case_no = ANY($1) AND e.kind = 'feedback_given' GROUP BY c.case_no`,
        [[...caseNos]],
      );
      return new Map(rows.map((r) => [r.case_no, date(r.at)]));
    },

    /** When the result of a case was fed back to the applicant, if it was. */
    async feedbackAt(caseNo: string): Promise<Date | null> {
      const { rows } = await db.query<{ at: Date | string | null }>(
        `SELECT ${FEEDBACK_AT_SQL} AS at FROM cases c WHERE c.case_no = $1`,
        [caseNo],
      );
      return maybeDate(rows[0]?.at ?? null);
    },
  };
}

/** The deadline repository's API. */
export type DeadlineRepository = ReturnType<typeof createDeadlineRepository>;
