import { isWithinOfficeHours } from '../cases/office-hours.js';
import type { LocalityProfile } from '../localities/schema.js';
import { nextOfficeOpening } from './after-hours.js';

/**
 * What the bot may promise about people, from what the locality profile declares (`console`): who reads
 * the handoffs, when, and whether they call back. Nothing declared, nothing promised about people: the
 * resident only hears that the request is marked urgent and queued.
 */
export function createStaffPromise(
  profile: LocalityProfile,
  formatDate: (at: Date) => string,
): (at: Date) => string {
  const staffing = profile.console;
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: profile.timezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (at) => {
    if (!staffing) return '我已经把您的情况标成紧急，放进了人工处理的队列。';
    const onDuty = staffing.hours === 'around_the_clock' || isWithinOfficeHours(at, profile).open;
    if (onDuty)
      return staffing.callsBack
        ? `我已经请${staffing.staffedBy}尽快在这里回复您，或给您打电话。`
        : `我已经请${staffing.staffedBy}尽快在这里回复您。`;
    const opening = nextOfficeOpening(at, profile);
    const when = opening ? `${formatDate(opening)} ${time.format(opening)}` : '下一个工作日';
    return `现在是下班时间，${staffing.staffedBy}要到${when}上班后才能看到您的消息，有危险请先打上面的电话。`;
  };
}
