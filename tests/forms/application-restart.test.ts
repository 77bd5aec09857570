import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { RestResident } from '../helpers/rest-resident.js';
import { startTestApp, tempDir } from '../helpers/test-app.js';

describe('an application survives a server restart', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('continues the form where it was after the server is stopped and started on the same data', async () => {
    const dataDir = await tempDir();
    dirs.push(dataDir);
    const id = fakeIdNumber('19571111', 23);

    const first = await startTestApp({ DATA_DIR: dataDir });
    const before = new RestResident(first.app, 'restart-applicant');
    await before.say('我想申请临时救助');
    await before.say('同意');
    const half = await before.say(`孙桂香 ${id}`);
    expect(half.state.form?.asking).toBe('phone');
    await first.close();

    const second = await startTestApp({ DATA_DIR: dataDir });
    try {
      const after = new RestResident(second.app, 'restart-applicant');
      const resumed = await after.say('13912345670 江阴市申港街道申港村2号');
      expect(resumed.state.form?.asking).toBe('household_size');
      await after.say('两口人 每月八百');
      await after.say('老伴突然中风住院了');
      const summary = await after.say('生病或受伤');
      expect(summary.state.form?.stage).toBe('confirming');
      expect(after.lastText).toContain('孙桂香');
      const done = await after.say('确认提交');
      const record = await second.app.services.cases.get(done.state.caseNo!);
      expect(record).toMatchObject({ idNumber: id, phone: '13912345670', applicantName: '孙桂香' });
    } finally {
      await second.close();
    }
  });
});
