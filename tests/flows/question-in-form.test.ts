import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness } from './harness.js';

const ID = fakeIdNumber('19620817', 233);

/** The fields the application holds so far. */
function fields(h: FlowHarness): Record<string, unknown> {
  return (h.flow?.state.fields ?? {}) as Record<string, unknown>;
}

async function atIncome(): Promise<FlowHarness> {
  const h = await FlowHarness.create();
  await h.say('我想申请低保');
  await h.say({ buttonId: 'consent_yes', text: '同意' });
  await h.say(`刘桂兰 ${ID}`);
  await h.say('13912340000 江阴市周庄镇华宏村');
  expect(h.publicState.expecting).toEqual(['field:household_size', 'field:monthly_income']);
  return h;
}

describe('a question asked back in the middle of the form', () => {
  it('is answered with this form’s materials, and the same question is asked again with nothing stored', async () => {
    const h = await atIncome();
    await h.say('稍等一下 这个申请都要带些什么材料？');
    expect(h.text).toContain('户口簿');
    expect(h.publicState.expecting).toEqual(['field:household_size', 'field:monthly_income']);
    expect(fields(h).monthly_income).toBeUndefined();
    expect(fields(h).household_size).toBeUndefined();
    await h.say('三口 一个月一千九');
    expect(fields(h)).toMatchObject({ household_size: 3, monthly_income: 1900 });
  });

  it('an answer with a question beside it is still read as the answer', async () => {
    const h = await atIncome();
    await h.say('两口人 一个月八百 要带什么材料？');
    expect(fields(h)).toMatchObject({ household_size: 2, monthly_income: 800 });
  });
});
