// Judges a played conversation against what the resident expected: the outcome reached, every expected
// field exactly right in the stored case (read through the staff API), no answer given twice, and the
// urgency it ended as. The masking rule is written out here so the driver does not trust the code it measures.
import type { Played } from './play.js';
import type { Outcome, Resident } from './residents.js';

/** One case as GET /api/v1/cases/:caseNo shows it, as far as the judge reads it. */
export interface StaffCase {
  caseNo: string;
  type: string;
  urgency: 'critical' | 'high' | 'none';
  applicant: { name: string | null };
  fields: Record<string, string | number>;
}

/** The verdict on one conversation. */
export interface Verdict {
  right: boolean;
  outcomeReached: boolean;
  fieldsExact: number;
  fieldsExpected: number;
  /** Why it is not right, in short words (never the resident's text). */
  problems: string[];
}

function masked(value: string): string {
  const clean = value.replace(/\s/g, '').toUpperCase();
  return clean.length <= 7
    ? '*'.repeat(clean.length)
    : `${clean.slice(0, 3)}${'*'.repeat(clean.length - 7)}${clean.slice(-4)}`;
}

const MASKED = new Set(['id_number', 'phone', 'reporter_phone']);

/** True when the stored value is the expected one, as staff should see it. */
export function sameValue(
  name: string,
  expected: string | number | string[],
  stored: string | number | undefined,
): boolean {
  if (stored === undefined) return false;
  if (Array.isArray(expected)) {
    const got = String(stored)
      .split(/[、,，;；\s]+/)
      .filter(Boolean)
      .sort();
    return JSON.stringify(got) === JSON.stringify([...expected].sort());
  }
  if (typeof expected === 'number') return Number(stored) === expected;
  if (MASKED.has(name)) return masked(expected) === String(stored);
  return expected.trim() === String(stored).trim();
}

function reached(
  outcome: Outcome,
  played: Played,
  staffCase: StaffCase | undefined,
  receipt: string | undefined,
): boolean {
  const last = played.exchanges.at(-1)?.bot.state;
  if (!last) return false;
  switch (outcome) {
    case 'registered':
      return staffCase !== undefined && last.topic !== 'report_other';
    case 'status_told':
      return receipt !== undefined && last.caseNo === receipt && last.topic === 'check_status';
    case 'report_filed':
      return last.topic === 'report_other' && last.caseNo !== undefined;
    case 'answered':
      // A policy answer, or what the bot can do told in the resident's own language.
      return (last.topic === 'ask_policy' || last.topic === 'other_language') && last.understood !== false;
    case 'abstained':
      return last.understood === false;
    case 'urgent_handoff':
      return last.urgency !== 'none';
    case 'distress_support':
      return played.risksHeard.has('distress');
    case 'consent_refused':
      return played.discardedAt?.includes('consent') === true;
    case 'cancelled':
      return played.discardedAt !== null && !played.discardedAt.includes('consent');
    case 'registered_volunteer':
      // The sign-up flow ended on its own registration (a cancelled sign-up clears the topic).
      return (
        last.flow === null &&
        last.topic === 'volunteer_signup' &&
        played.exchanges.some((e) => e.bot.state.flow === 'volunteer_signup')
      );
  }
}

const RANK = { none: 0, high: 1, critical: 2 } as const;

function urgencyRight(
  expected: Resident['expect']['urgency'],
  played: Played,
  staffCase: StaffCase | undefined,
): boolean {
  // A report about someone else carries its urgency on the case it files, not on the reporter's conversation.
  const said = played.exchanges.at(-1)?.bot.state.urgency ?? 'none';
  const filed = staffCase?.urgency ?? 'none';
  const last = RANK[filed] > RANK[said] ? filed : said;
  switch (expected) {
    case 'none':
      return last === 'none';
    case 'distress':
      return last === 'none' && played.risksHeard.has('distress');
    case 'high':
    case 'critical':
      return last === expected;
  }
}

/** The verdict: right only when every part holds. */
export function judge(
  resident: Resident,
  played: Played,
  staffCase: StaffCase | undefined,
  receipt: string | undefined,
  urgentCase?: StaffCase,
): Verdict {
  const problems: string[] = [];
  const { expect } = resident;
  const outcomeReached = reached(expect.outcome, played, staffCase, receipt);
  if (!outcomeReached) problems.push(`outcome ≠ ${expect.outcome}`);
  if (expect.type && staffCase && !sameType(staffCase.type, expect.type))
    problems.push(`type ${staffCase.type}`);
  let fieldsExact = 0;
  const expected = Object.entries(expect.fields);
  for (const [name, value] of expected) {
    const stored =
      staffCase?.fields[name] ??
      (name === 'applicant_name' ? (staffCase?.applicant.name ?? undefined) : undefined);
    if (sameValue(name, value, stored)) fieldsExact += 1;
    else problems.push(`field ${name}`);
  }
  // The person the help is for, as the console names them: on the case filed, else on the urgent case raised.
  const named = staffCase ?? urgentCase;
  if (expect.subject !== undefined && named?.applicant.name !== expect.subject) problems.push('subject');
  if (played.repeated.length > 0) problems.push(`repeated ${played.repeated.join(',')}`);
  if (!urgencyRight(expect.urgency, played, staffCase)) problems.push(`urgency ≠ ${expect.urgency}`);
  if (played.cutOff) problems.push('cut off');
  return {
    right: problems.length === 0,
    outcomeReached,
    fieldsExact,
    fieldsExpected: expected.length,
    problems,
  };
}

/**
 * The stored kind of help is the one expected; `general` (the form for other help, 其他救助, as the writers' view
 * names it) is no kind of its own: a case applied for as "other help" is stored as unknown, for the window to decide.
 */
function sameType(stored: string, expected: string): boolean {
  return stored === expected || (expected === 'general' && stored === 'unknown');
}
