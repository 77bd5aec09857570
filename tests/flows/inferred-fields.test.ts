// Fields read from the opening story, or from a number said in passing, are the likeliest to be wrong: they are
// shown and asked again beside their group's open fields, and what the resident then says replaces them. Fictional
// people; ID numbers generated with valid check digits.
import { describe, expect, it } from 'vitest';
import { withInferredMarked } from '../../src/flows/application/inferred-fields.js';
import { newApplication, type ApplicationState } from '../../src/flows/application/state.js';
import type { FlowHarness } from './harness.js';
import { shippedReader } from './shipped-reader.js';

/** The application's fields as the flow holds them now. */
function fieldsOf(h: FlowHarness): ApplicationState['fields'] {
  return (h.flow?.state as ApplicationState | undefined)?.fields ?? {};
}

const base: ApplicationState = {
  ...newApplication('minimum_living', '2026-12-07T00:00:00.000Z'),
  stage: 'filling',
  consent: true,
};

describe('the record of inferred fields', () => {
  it('marks a field newly filled by words that did not answer it', () => {
    const after = { ...base, fields: { household_size: 3, applicant_name: '林秀芳' } };
    expect(withInferredMarked({}, after, [], ['applicant_name']).inferred).toEqual(['household_size']);
  });

  it('clears a field once it is answered when asked, or changed in so many words', () => {
    const before = { household_size: 3, monthly_income: 800 };
    const after = { ...base, fields: { household_size: 4, monthly_income: 900 } };
    expect(
      withInferredMarked(before, after, ['household_size', 'monthly_income'], ['household_size']).inferred,
    ).toEqual([]);
  });

  it('keeps what nothing touched as it was, and forgets an emptied field', () => {
    const before = { household_size: 3, phone: '13900001234' };
    const after = { ...base, fields: { household_size: 3 } };
    expect(withInferredMarked(before, after, ['household_size', 'phone'], []).inferred).toEqual([
      'household_size',
    ]);
  });
});

describe('an inferred count is shown and asked again with the household question', () => {
  async function toHousehold() {
    const h = await shippedReader();
    await h.say('我家三口人 想申请低保 我叫林秀芳');
    expect(h.publicState.expecting).toContain('consent');
    await h.say('同意');
    await h.say('320281196403121626 13900002468');
    return h;
  }

  it('names what was read and expects it among the answers', async () => {
    const h = await toHousehold();
    expect(h.publicState.expecting).toContain('field:household_size');
    expect(h.publicState.expecting).toContain('field:monthly_income');
    expect(h.text).toContain('已记下：家庭人口3人');
  });

  it('takes the count the resident gives now', async () => {
    const h = await toHousehold();
    await h.say('住城关镇东门社区 户口本上其实四口人 一个月两千左右');
    expect(fieldsOf(h).household_size).toBe(4);
    expect(fieldsOf(h).monthly_income).toBe(2000);
  });

  it('keeps the count read before when the answer leaves it out', async () => {
    const h = await toHousehold();
    await h.say('住城关镇东门社区 一个月两千左右');
    expect(fieldsOf(h).household_size).toBe(3);
    expect(fieldsOf(h).monthly_income).toBe(2000);
    expect(h.publicState.expecting).not.toContain('field:household_size');
  });
});

describe('who applies, read from the opening as the writer, is said with the privacy notice', () => {
  it('says so and invites a correction with the yes', async () => {
    const h = await shippedReader();
    await h.say('想申请个低保 家里太难了');
    expect(h.text).toContain('我先按您本人申请来登记');
    expect(h.publicState.expecting).toContain('field:applicant_relation');
  });

  it('takes a relative named with the yes, and asks whether that person agreed', async () => {
    const h = await shippedReader();
    await h.say('想申请个低保 家里太难了');
    await h.say('同意 是给我婆婆申请的 何桂英 320281197108251625 13900002468');
    expect(fieldsOf(h).applicant_relation).toBe('亲属代为申请');
    expect(fieldsOf(h).applicant_name).toBe('何桂英');
    expect(h.publicState.expecting).toContain('proxy_consent');
  });

  it('keeps the writer as the applicant when the yes brings only their details', async () => {
    const h = await shippedReader();
    await h.say('想申请个低保 家里太难了');
    await h.say('同意 林秀芳 320281196403121626 13900002468');
    expect(fieldsOf(h).applicant_relation).toBe('本人申请');
    expect(fieldsOf(h).applicant_name).toBe('林秀芳');
    expect(h.publicState.expecting).toContain('field:household_size');
  });
});
