import type { CasePlan } from '../../src/cases/case-plan.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';

/** A planned case for a fictional applicant, with the personal fields the store must seal. */
export function plannedCase(n: number): CasePlan {
  return {
    assistanceType: 'dibao',
    localityCode: '320281',
    timezone: 'Asia/Shanghai',
    urgency: 'none',
    conversationId: null,
    channel: 'rest',
    userId: `backup-${n}`,
    applicantName: `测试居民${n}`,
    idNumber: fakeIdNumber('19600101', 100 + n),
    phone: `1391234${String(n).padStart(4, '0')}`,
    address: `江阴市澄江街道测试路${n}号`,
    fields: { hardship: `老伴卧床第${n}年` },
    departmentCode: 'civil_affairs',
    departmentName: '民政局',
    jointMeeting: false,
    acceptedAt: '2026-05-06T02:00:00.000Z',
    transferDueAt: '2026-05-08T09:00:00.000Z',
    transferDueCalendar: 'official',
    sequenceDay: '20260506',
    materials: [],
  };
}
