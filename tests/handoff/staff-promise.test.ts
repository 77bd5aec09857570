import { describe, expect, it } from 'vitest';
import { createStaffPromise } from '../../src/handoff/staff-promise.js';
import { createUnclaimedWarning, waitedWords } from '../../src/handoff/unclaimed-warning.js';
import { loadSystemReplies } from '../../src/engine/system-replies.js';
import { loadLocalities } from '../../src/localities/load-localities.js';
import { loadRiskData } from '../../src/nlu/risk/data.js';
import { projectPath } from '../../src/paths.js';

const silent = { info: () => undefined, warn: () => undefined };
const DAY = new Date('2026-11-24T02:00:00Z'); // Tuesday 10:00 in Beijing
const NIGHT = new Date('2026-11-29T14:00:00Z'); // Sunday 22:00 in Beijing
const date = (at: Date) => at.toISOString().slice(5, 10);

describe('what the bot may promise about people', () => {
  it('names who staffs the console and a call back only as the profile declares, and only while on duty', async () => {
    const profile = (await loadLocalities({ dir: projectPath('localities'), logger: silent })).default();
    const promise = createStaffPromise(profile, date);
    expect(promise(DAY)).toBe('我已经请江阴市社会救助中心的值班工作人员尽快在这里回复您，或给您打电话。');
    expect(promise(NIGHT)).toContain('现在是下班时间');
    expect(promise(NIGHT)).toContain('11-30');
    expect(promise(NIGHT)).not.toContain('尽快');
    const noCalls = createStaffPromise(
      { ...profile, console: { ...profile.console!, callsBack: false } },
      date,
    );
    expect(noCalls(DAY)).not.toContain('电话');
    const allHours = createStaffPromise(
      { ...profile, console: { ...profile.console!, hours: 'around_the_clock' } },
      date,
    );
    expect(allHours(NIGHT)).toContain('尽快在这里回复您');
  });

  it('promises nothing about people when the profile declares nothing', async () => {
    const profile = (await loadLocalities({ dir: projectPath('localities'), logger: silent })).default();
    const { console: _declared, ...undeclared } = profile;
    const said = createStaffPromise(undeclared, date)(DAY);
    expect(said).not.toMatch(/工作人员|电话|12345/);
  });
});

describe('the warning to a resident nobody has picked up yet', () => {
  it('names the number the danger calls for, and the wait in words', async () => {
    const data = await loadRiskData(projectPath('risk'));
    const replies = await loadSystemReplies(projectPath('replies', 'system.yaml'));
    const warn = createUnclaimedWarning(data.taxonomy, replies, {
      number: '12345',
      label: '12345政务服务便民热线',
    });
    const cases: [string | null, string][] = [
      ['suicide_active', '12356'],
      ['medical_emergency', '120'],
      ['fire_disaster_now', '119'],
      ['violence_now', '110'],
      ['no_food', '12345'],
      [null, '110'],
    ];
    for (const [category, number] of cases) {
      const text = warn({ category, waitedMs: 130_000, first: true });
      expect(text).toContain(number);
      expect(text).toContain('2分钟');
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(warn({ category: 'violence_now', waitedMs: 3_900_000, first: false })).toContain('1小时5分钟');
    expect(waitedWords(0)).toBe('1分钟');
  });
});
