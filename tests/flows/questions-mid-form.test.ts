// A question asked in the middle of a form is answered and the form goes on: it never cancels what was given
// (the classifier reads 「已经交了…还要弄吗」 as a wish to stop), and the answer does not offer to start the form
// that is already under way. A grievance that names a kind of help is about the help, not a complaint filed.
import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { riskHarness } from './form-answer-risk.js';
import { shippedNlu } from './shipped-nlu.js';

async function atAddress(): Promise<Awaited<ReturnType<typeof riskHarness>>> {
  const h = await riskHarness(await shippedNlu());
  await h.say('我想申请低保');
  await h.say('同意');
  if (h.publicState.expecting.includes('field:applicant_relation')) await h.say('我自己');
  await h.say(`周桂芝 ${fakeIdNumber('19680312', 42)} 13900001234`);
  expect(h.publicState.expecting).toContain('field:address');
  return h;
}

describe('a question asked mid-form', () => {
  it.each(['已经交了一份申请了 这个还要弄吗😅', '我已经办了别的补助 这个会冲突吗🤔'])(
    '「%s」 keeps every answer given and asks the next question again',
    async (question) => {
      const h = await atAddress();
      await h.say(question);
      expect(h.text).not.toContain('已取消');
      expect(h.state.flow?.name).toBe('application');
      expect(h.publicState.expecting).toContain('field:address');
    },
  );

  it('a worry about who will learn the answers is answered, and nothing it says is taken for the address', async () => {
    const h = await atAddress();
    await h.say('留的电话不会被他查到吧？我怕他找过来');
    expect(h.text).toContain('保密');
    expect(h.publicState.expecting).toContain('field:address');
    await h.say('江阴市青阳镇里山村 就我跟女儿2个 0 原来在家带孩子没上班');
    const form = (h.state.flow?.name === 'application' ? h.state.flow.state : undefined) as
      | { fields: Record<string, unknown> }
      | undefined;
    expect(form?.fields.address).toBe('江阴市青阳镇里山村');
    expect(form?.fields.monthly_income).toBe(0);
  });

  it('a policy answer given mid-form does not offer to start the form again', async () => {
    const h = await atAddress();
    await h.say('低保一个月能给多少钱啊');
    expect(h.text).not.toContain('要不要现在帮您申请');
    expect(h.publicState.expecting).toContain('field:address');
  });
});

describe('a story told with question words that ask nothing', () => {
  it('「剩不了多少」「啥也干不了」 answer the hardship question; the form moves on', async () => {
    const h = await atAddress();
    await h.say('江阴市青阳镇里山村 两口人 我上班两千 老伴退休金两个人一共一千二');
    expect(h.publicState.expecting).toEqual(['field:hardship']);
    await h.say('老伴瘫在床上啥也干不了 退休金买完药就剩不了多少');
    expect(h.publicState.expecting).not.toContain('field:hardship');
    const form = (h.state.flow?.name === 'application' ? h.state.flow.state : undefined) as
      | { fields: Record<string, unknown> }
      | undefined;
    // The pension totalled for two is one source beside the wage, not the household's total.
    expect(form?.fields.monthly_income).toBe(3200);
  });
});

describe('a grievance that names a kind of help', () => {
  it('is answered about that help, not filed as a complaint', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say(
      '替我姑妈打听下特困供养 她一个人过了一辈子 前年中风后下不了床 我们几个侄子轮流照看实在顾不过来',
    );
    expect(h.state.topic).not.toBe('complaint');
    expect(h.actions.some((a) => a.type === 'record' && a.kind === 'complaint')).toBe(false);
  });
});

describe('a grievance about one\'s own life', () => {
  it('gets a kind word and the psychological line, not a complaint filed', async () => {
    const h = await riskHarness(await shippedNlu());
    await h.say('闺女嫁出去就不管我们了 过年都不回来 想想就心凉');
    expect(h.actions.some((a) => a.type === 'record' && a.kind === 'complaint')).toBe(false);
    expect(h.text).toContain('12356');
  });
});

describe('a question that opens by saying it asks, to a question of choices', () => {
  it('「另外问一下 …孩子上学 能不能…」 is answered and the choices asked again, not filled from its story', async () => {
    const h = await atAddress();
    await h.say('江阴市青阳镇里山村 4 一千五');
    for (let i = 0; i < 3 && !h.publicState.expecting.includes('field:special_members'); i++) await h.say('都没有');
    expect(h.publicState.expecting).toContain('field:special_members');
    await h.say('另外问一下，她家两个娃都在上学，能不能同时申请教育救助？');
    expect(h.publicState.expecting).toContain('field:special_members');
  });
});
