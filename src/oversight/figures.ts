/**
 * The oversight figures: one computation that the dashboard, the monthly report (xlsx and printable page)
 * and the public page all read, so they can never disagree. Cases count by acceptance inside the period;
 * handoffs by arrival; surveys by when they were asked; the overdue list is as of `now`.
 */
import type { LocalityProfile } from '../localities/schema.js';
import { typeLabelsOf } from '../localities/type-labels.js';
import type { CaseStatus } from '../cases/case-types.js';
import { addDays, formatLocalDate, localDateOf, weekdayOf } from '../cases/local-date.js';
import { parseLocalDate, type Period } from './period.js';
import type { SqlExecutor } from '../store/sql.js';
import { watchedCases } from '../store/deadline-repository.js';
import { latenessLabel, latenessOf } from './lateness.js';
import { median, percentile, round, share } from './statistics.js';
import { STAFF_STATUS_LABELS } from './status-labels.js';

/** A count under a code and its label. */
export interface CountRow {
  code: string;
  label: string;
  count: number;
}

/** Time from acceptance to completion in one department. */
export interface CompletionRow {
  code: string;
  label: string;
  completed: number;
  medianHours: number | null;
  p90Hours: number | null;
}

/** Time from arrival to claim of handoffs of one priority (or all). */
export interface GreenChannelRow {
  code: string;
  label: string;
  arrived: number;
  claimed: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  longestSeconds: number | null;
  within2Minutes: number;
  shareWithin2Minutes: number | null;
}

/** A case past its transfer or feedback deadline now. */
export interface OverdueRow {
  caseNo: string;
  typeLabel: string;
  department: string;
  kind: 'transfer' | 'feedback';
  dueAt: string;
  workingDaysLate: number;
  label: string;
}

/** Ratings residents gave, overall and per department. */
export interface SatisfactionFigures {
  asked: number;
  answered: number;
  average: number | null;
  distribution: { rating: number; count: number }[];
  byDepartment: { code: string; label: string; answered: number; average: number | null }[];
  comments: { caseNo: string; rating: number; comment: string; at: string }[];
}

/** Everything the dashboard and the report show for one period. */
export interface Figures {
  /** The locality's name (江阴市 …), for titles. */
  locality: string;
  period: { from: string; to: string; timezone: string };
  asOf: string;
  totals: { cases: number; completed: number; overdueNow: number; handoffs: number };
  byType: CountRow[];
  byDepartment: CountRow[];
  byStatus: CountRow[];
  perWeek: CountRow[];
  transfer: { onTime: number; late: number; pending: number; share: number | null };
  completion: CompletionRow[];
  greenChannel: GreenChannelRow[];
  satisfaction: SatisfactionFigures;
  overdue: OverdueRow[];
}

/** Kinds of case event that show the case left the window for its department. */
const TRANSFER_EVENTS = ['transferred', 'accepted', 'approved', 'refused', 'completed', 'referred'];
const TWO_MINUTES = 120;
const PRIORITY_LABELS: Readonly<Record<string, string>> = { critical: '危急', high: '紧急', normal: '一般' };

interface CaseRow {
  case_no: string;
  assistance_type: string;
  status: CaseStatus;
  department_code: string;
  department_name: string;
  accepted_at: Date | string;
  transfer_due_at: Date | string;
  completed_at: Date | string | null;
  transfer_at: Date | string | null;
}

const time = (v: Date | string): number => (v instanceof Date ? v : new Date(v)).getTime();

function counted(keys: Iterable<{ code: string; label: string }>): CountRow[] {
  const map = new Map<string, CountRow>();
  for (const { code, label } of keys) {
    const row = map.get(code) ?? { code, label, count: 0 };
    row.count++;
    map.set(code, row);
  }
  return [...map.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function weeks(period: Period, cases: readonly CaseRow[]): CountRow[] {
  const mondayOf = (day: ReturnType<typeof localDateOf>) => addDays(day, -((weekdayOf(day) + 6) % 7));
  const rows = new Map<string, CountRow>();
  const first = mondayOf(parseLocalDate(period.from)!);
  const last = formatLocalDate(mondayOf(parseLocalDate(period.to)!));
  for (let day = first; ; day = addDays(day, 7)) {
    const code = formatLocalDate(day);
    rows.set(code, { code, label: `${code} 起`, count: 0 });
    if (code === last) break;
  }
  for (const c of cases) {
    const row = rows.get(
      formatLocalDate(mondayOf(localDateOf(new Date(time(c.accepted_at)), period.timezone))),
    );
    if (row) row.count++;
  }
  return [...rows.values()];
}

function transferShare(cases: readonly CaseRow[], now: number) {
  let onTime = 0;
  let late = 0;
  let pending = 0;
  for (const c of cases) {
    const due = time(c.transfer_due_at);
    if (c.transfer_at !== null) {
      if (time(c.transfer_at) <= due) onTime++;
      else late++;
    } else if (c.status === 'cancelled') continue;
    else if (now > due) late++;
    else pending++;
  }
  return { onTime, late, pending, share: share(onTime, onTime + late) };
}

function completion(cases: readonly CaseRow[]): CompletionRow[] {
  const byDept = new Map<string, { label: string; hours: number[] }>();
  for (const c of cases) {
    if (c.completed_at === null) continue;
    const entry = byDept.get(c.department_code) ?? { label: c.department_name, hours: [] };
    entry.hours.push((time(c.completed_at) - time(c.accepted_at)) / 3_600_000);
    byDept.set(c.department_code, entry);
  }
  return [...byDept.entries()]
    .map(([code, { label, hours }]) => ({
      code,
      label,
      completed: hours.length,
      medianHours: round(median(hours), 1),
      p90Hours: round(percentile(hours, 90), 1),
    }))
    .sort((a, b) => b.completed - a.completed || a.code.localeCompare(b.code));
}

function greenRow(
  code: string,
  label: string,
  handoffs: readonly { waited: number | null }[],
): GreenChannelRow {
  const waits = handoffs.flatMap((h) => (h.waited === null ? [] : [h.waited]));
  const within = waits.filter((w) => w <= TWO_MINUTES).length;
  return {
    code,
    label,
    arrived: handoffs.length,
    claimed: waits.length,
    medianSeconds: round(median(waits), 0),
    p90Seconds: round(percentile(waits, 90), 0),
    longestSeconds: waits.length === 0 ? null : Math.round(Math.max(...waits)),
    within2Minutes: within,
    // Unclaimed arrivals count against the share: nobody picked them up within two minutes either.
    shareWithin2Minutes: share(within, handoffs.length),
  };
}

async function greenChannel(db: SqlExecutor, period: Period): Promise<GreenChannelRow[]> {
  const { rows } = await db.query<{
    priority: string;
    created_at: Date | string;
    claimed_at: Date | string | null;
  }>('SELECT priority, created_at, claimed_at FROM handoffs WHERE created_at >= $1 AND created_at < $2', [
    period.start,
    period.end,
  ]);
  const handoffs = rows.map((r) => ({
    priority: r.priority,
    waited: r.claimed_at === null ? null : (time(r.claimed_at) - time(r.created_at)) / 1000,
  }));
  return [
    greenRow('all', '全部', handoffs),
    ...['critical', 'high', 'normal'].map((p) =>
      greenRow(
        p,
        PRIORITY_LABELS[p] ?? p,
        handoffs.filter((h) => h.priority === p),
      ),
    ),
  ];
}

async function satisfaction(db: SqlExecutor, period: Period): Promise<SatisfactionFigures> {
  const { rows } = await db.query<{
    case_no: string;
    department_code: string;
    department_name: string;
    rating: number | null;
    comment: string | null;
    answered_at: Date | string | null;
  }>(
    `SELECT s.case_no, s.department_code, c.department_name, s.rating, s.comment, s.answered_at
     FROM satisfaction_surveys s JOIN cases c ON c.case_no = s.case_no
     WHERE s.asked_at >= $1 AND s.asked_at < $2 ORDER BY s.answered_at DESC NULLS LAST, s.case_no`,
    [period.start, period.end],
  );
  const answered = rows.filter((r) => r.rating !== null);
  const avg = (list: typeof rows) =>
    list.length === 0 ? null : round(list.reduce((sum, r) => sum + (r.rating ?? 0), 0) / list.length, 2);
  const depts = new Map<string, { label: string; list: typeof rows }>();
  for (const r of answered) {
    const entry = depts.get(r.department_code) ?? { label: r.department_name, list: [] };
    entry.list.push(r);
    depts.set(r.department_code, entry);
  }
  return {
    asked: rows.length,
    answered: answered.length,
    average: avg(answered),
    distribution: [1, 2, 3, 4, 5].map((rating) => ({
      rating,
      count: answered.filter((r) => r.rating === rating).length,
    })),
    byDepartment: [...depts.entries()].map(([code, { label, list }]) => ({
      code,
      label,
      answered: list.length,
      average: avg(list),
    })),
    comments: answered
      .filter((r) => r.comment)
      .slice(0, 50)
      .map((r) => ({
        caseNo: r.case_no,
        rating: r.rating!,
        comment: r.comment!,
        at: new Date(time(r.answered_at!)).toISOString(),
      })),
  };
}

/** Cases past a deadline at `now`, most late first. */
export async function overdueCases(
  db: SqlExecutor,
  now: Date,
  timezone: string,
  typeLabel: (type: string) => string,
): Promise<OverdueRow[]> {
  const rows: OverdueRow[] = [];
  for (const c of await watchedCases(db, now)) {
    const late = latenessOf(c, now, timezone);
    if (!late) continue;
    rows.push({
      caseNo: c.caseNo,
      typeLabel: typeLabel(c.assistanceType),
      department: c.departmentName,
      kind: late.kind,
      dueAt: late.dueAt.toISOString(),
      workingDaysLate: late.workingDaysLate,
      label: latenessLabel(late),
    });
  }
  return rows.sort((a, b) => b.workingDaysLate - a.workingDaysLate || a.caseNo.localeCompare(b.caseNo));
}

/** Computes every figure of the period as of `now`. */
export async function computeFigures(
  db: SqlExecutor,
  period: Period,
  now: Date,
  locality: LocalityProfile,
): Promise<Figures> {
  const typeLabel = typeLabelsOf(locality).label;
  const { rows: cases } = await db.query<CaseRow>(
    `SELECT c.case_no, c.assistance_type, c.status, c.department_code, c.department_name, c.accepted_at,
       c.transfer_due_at, c.completed_at,
       (SELECT min(e.created_at) FROM case_events e WHERE e.case_id = c.id AND e.kind = ANY($3)) AS transfer_at
     FROM cases c WHERE c.accepted_at >= $1 AND c.accepted_at < $2 ORDER BY c.accepted_at`,
    [period.start, period.end, TRANSFER_EVENTS],
  );
  const [green, rated, overdue] = await Promise.all([
    greenChannel(db, period),
    satisfaction(db, period),
    overdueCases(db, now, period.timezone, typeLabel),
  ]);
  return {
    locality: locality.name,
    period: { from: period.from, to: period.to, timezone: period.timezone },
    asOf: now.toISOString(),
    totals: {
      cases: cases.length,
      completed: cases.filter((c) => c.completed_at !== null).length,
      overdueNow: overdue.length,
      handoffs: green[0]?.arrived ?? 0,
    },
    byType: counted(cases.map((c) => ({ code: c.assistance_type, label: typeLabel(c.assistance_type) }))),
    byDepartment: counted(cases.map((c) => ({ code: c.department_code, label: c.department_name }))),
    byStatus: counted(cases.map((c) => ({ code: c.status, label: STAFF_STATUS_LABELS[c.status] }))),
    perWeek: weeks(period, cases),
    transfer: transferShare(cases, now.getTime()),
    completion: completion(cases),
    greenChannel: green,
    satisfaction: rated,
    overdue,
  };
}
