import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { fakeIdNumber } from '../helpers/id-numbers.js';

const TYPES = ['minimum_living', 'temporary', 'medical', 'education', 'housing', 'disability'] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Waits from arrival to claim of the generated handoffs, in seconds (null: never claimed). */
export const CLAIM_WAITS = [30, 60, 90, 110, 150, 200, 300, null, 45, 600] as const;
/** The ratings residents gave on the first completed cases. */
export const RATINGS = [5, 4, 2] as const;

/** What was generated, to check the figures against. */
export interface GeneratedMonth {
  caseNos: string[];
  byType: Record<string, number>;
  transferredOnTime: number;
  transferredLate: number;
  notTransferred: number;
  completed: string[];
}

/**
 * A month of fictional cases in November 2026 (no holidays): one a day from the 2nd at 10:00 Beijing time,
 * a third transferred the next day, a third five days late, a third never; every fourth transferred one
 * completed six days after acceptance; ten handoffs with known claim waits; three ratings.
 */
export async function generateNovember(app: FastifyInstance): Promise<GeneratedMonth> {
  const { services } = app;
  const month: GeneratedMonth = {
    caseNos: [],
    byType: {},
    transferredOnTime: 0,
    transferredLate: 0,
    notTransferred: 0,
    completed: [],
  };
  for (let i = 0; i < 24; i++) {
    const acceptedAt = new Date(Date.UTC(2026, 10, 2 + i, 2));
    const type = TYPES[i % TYPES.length]!;
    const { case: record } = await services.ledger.register({
      assistanceType: type,
      localityCode: '320281',
      conversationId: null,
      channel: 'rest',
      userId: `month-${i}`,
      urgency: 'none',
      fields: {
        applicant_name: `测试居民${i}`,
        id_number: fakeIdNumber(`1960${String((i % 12) + 1).padStart(2, '0')}15`, i + 1),
        phone: `139${String(10_000_000 + i).padStart(8, '0')}`,
      },
      at: acceptedAt,
    });
    month.caseNos.push(record.caseNo);
    month.byType[type] = (month.byType[type] ?? 0) + 1;
    if (i % 3 === 2) {
      month.notTransferred++;
      continue;
    }
    const transferAt = new Date(acceptedAt.getTime() + (i % 3 === 0 ? 1 : 5) * DAY);
    if (i % 3 === 0) month.transferredOnTime++;
    else month.transferredLate++;
    await services.cases.addEvent(record.caseNo, {
      kind: 'transferred',
      statusAfter: 'transferred',
      note: null,
      actor: 'test',
      at: transferAt,
    });
    if (i % 4 === 0) {
      const completedAt = new Date(acceptedAt.getTime() + 6 * DAY + i * HOUR);
      await services.cases.addEvent(record.caseNo, {
        kind: 'completed',
        statusAfter: 'completed',
        note: null,
        actor: 'test',
        at: completedAt,
        completedAt,
        feedbackDueAt: new Date(completedAt.getTime() + 2 * DAY),
      });
      month.completed.push(record.caseNo);
    }
  }
  for (const [i, wait] of CLAIM_WAITS.entries()) {
    const createdAt = new Date(Date.UTC(2026, 10, 3 + i, 6));
    const conversation = await services.conversations.getOrCreate(
      { channel: 'rest', userId: `urgent-${i}` },
      createdAt,
    );
    await services.db.query(
      `INSERT INTO handoffs (id, conversation_id, channel, user_id, priority, reasons, status, created_at, escalated_at, claimed_at)
       VALUES ($1, $2, 'rest', $3, $4, '[]'::jsonb, $5, $6, $6, $7)`,
      [
        randomUUID(),
        conversation.id,
        `urgent-${i}`,
        (['critical', 'high', 'normal'] as const)[i % 3],
        wait === null ? 'queued' : 'claimed',
        createdAt,
        wait === null ? null : new Date(createdAt.getTime() + wait * 1000),
      ],
    );
  }
  for (const [i, rating] of RATINGS.entries()) {
    const caseNo = month.completed[i]!;
    await services.db.query(
      `INSERT INTO satisfaction_surveys (case_no, department_code, asked_at, rating, comment, answered_at)
       SELECT case_no, department_code, completed_at, $2, $3, completed_at + interval '1 hour' FROM cases WHERE case_no = $1`,
      [caseNo, rating, rating < 3 ? '等了太久' : null],
    );
  }
  return month;
}
