import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness } from './harness.js';

const ID = fakeIdNumber('19640917', 318);

/** A self-applicant for 低保 who has given who they are and how to reach them. */
async function atHousehold(): Promise<FlowHarness> {
  const h = await FlowHarness.create();
  await h.say('我想申请低保');
  await h.say({ buttonId: 'consent_yes', text: '同意' });
  await h.say(`钱月娥 ${ID} 13600004321`);
  return h;
}

describe('answers that say the resident does not know, in the form', () => {
  it('leaves the income for staff on 「记不清了」 and goes on without asking it again', async () => {
    const h = await atHousehold();
    await h.say('梅园街道 青山社区 两口人');
    expect(h.publicState.expecting).toEqual(['field:monthly_income']);
    await h.say('记不清了');
    expect(h.publicState.expecting).not.toContain('field:monthly_income');
  });

  it('leaves the address for staff once a phone to call is on the form', async () => {
    const h = await atHousehold();
    await h.say('不晓得');
    expect(h.publicState.expecting).toEqual(['field:hardship']);
  });
});
