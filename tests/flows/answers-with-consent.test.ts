// The privacy notice invites the next question's answers after the yes, so a resident who gives them with their
// 「同意」 is not asked for them again; what they say of the other person's agreement is no answer to a field; an
// ID number that fails its check is explained at once. Every sentence is written here, every person fictional.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterConsentYes } from '../../src/flows/application/consent-answers.js';
import { withoutAgreementClauses } from '../../src/flows/application/proxy-agreement.js';
import { fakeIdNumber, withWrongCheck } from '../helpers/id-numbers.js';
import { FlowHarness, flowServices, IDENTITY_KEYS, SELF_ASSUMED_CONSENT_KEYS } from './harness.js';
import { shippedReader } from './shipped-reader.js';

const ID = fakeIdNumber('19580317', 264);
const FATHER = fakeIdNumber('19520314', 551);

describe('answers given with the consent', () => {
  it('the notice invites the identity question’s answers, and says it waits for them', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    expect(h.text).toContain('同意的话，也可以在「同意」后面直接写上申请人姓名、身份证号、联系电话');
    expect(h.publicState.expecting).toEqual([...SELF_ASSUMED_CONSENT_KEYS]);
  });

  it.each([
    `同意 孔凡之 ${ID} 13700002614`,
    `中 孔凡之 ${ID} 电话13700002614`,
    `en 同意 孔凡之 ${ID} 13700002614`,
    `好滴 同意，孔凡之，${ID}，13700002614`,
  ])('「%s」 consents and fills the three fields', async (text) => {
    const h = await shippedReader();
    await h.say('我想申请低保 俺一个人过 有尿毒症');
    await h.say(text);
    const fields = (h.flow?.state as { fields: Record<string, unknown>; consent: boolean }).fields;
    expect((h.flow?.state as { consent: boolean }).consent).toBe(true);
    expect(fields.applicant_name).toBe('孔凡之');
    expect(fields.id_number).toBe(ID);
    expect(fields.phone).toBe('13700002614');
    expect(h.publicState.expecting).not.toContain('field:applicant_name');
  });

  it('an ID number that fails its check is explained at once, and asked for again', async () => {
    const h = await shippedReader();
    await h.say('我想申请低保');
    await h.say(`同意 孔凡之 ${withWrongCheck(ID)} 13700002614`);
    expect(h.text).toContain('校验码');
    expect(h.publicState.expecting).toEqual(['field:id_number']);
  });

  it('a bare yes still goes on to the question', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    await h.say('同意');
    expect(h.publicState.expecting).toEqual([...IDENTITY_KEYS]);
  });

  it('what is said of the other person’s agreement is no name', async () => {
    const h = await shippedReader();
    await h.say('帮我爸申请低保 他一个人在老家');
    await h.say(`同意 我爸同意的，他让我帮着弄 周德明 ${FATHER} 13812340000`);
    const state = h.flow?.state as { fields: Record<string, unknown>; proxyConsent: string };
    expect(state.fields.applicant_name).toBe('周德明');
    expect(state.fields.id_number).toBe(FATHER);
    expect(state.proxyConsent).toBe('given');
  });

  it('who the help is for comes with the yes when it is not known yet', async () => {
    const h = await shippedReader();
    await h.say('我老公查出来肺癌了 家里两个孩子 想申请低保');
    expect(h.publicState.expecting).toEqual(['consent', 'field:applicant_relation']);
    await h.say('同意，给我老公申请');
    expect((h.flow?.state as { fields: Record<string, unknown> }).fields.applicant_relation).toBe(
      '亲属代为申请',
    );
    // The other person's agreement is asked next, with the identity question's answers invited beside it.
    expect(h.publicState.expecting).toEqual(['proxy_consent', ...IDENTITY_KEYS]);
    await h.say(`他同意 周德明 ${FATHER} 13812340000`);
    const state = h.flow?.state as { fields: Record<string, unknown>; proxyConsent: string };
    expect(state.fields.applicant_name).toBe('周德明');
    expect(state.proxyConsent).toBe('given');
  });
});

describe('reading the yes and the agreement apart', () => {
  it('finds the yes among the first chunks, never in a no', async () => {
    const { words } = await flowServices();
    expect(afterConsentYes(words, '中 孔凡之 13700002614')).toBe('孔凡之 13700002614');
    expect(afterConsentYes(words, '同意张三')).toBe('张三');
    expect(afterConsentYes(words, '不同意 张三')).toBeUndefined();
    expect(afterConsentYes(words, 'I do not agree')).toBeUndefined();
    expect(afterConsentYes(words, '同意哩 给我自己办 老汉身体不行')).toBe('给我自己办 老汉身体不行');
    expect(afterConsentYes(words, '我再想想 张三')).toBeUndefined();
    expect(afterConsentYes(words, '要身份证号哦 算了 你们是政府的嘛 同意 文秀英')).toBe('文秀英');
    expect(afterConsentYes(words, '同以 何国平')).toBe('何国平');
    expect(afterConsentYes(words, '同意 谢谢 本人')).toBe('本人');
  });

  it('keeps clauses with digits and drops what speaks of agreeing', () => {
    expect(withoutAgreementClauses('宋金福同意，他让我帮着弄 宋金福 15300007431')).toBe('宋金福 15300007431');
  });

  it('returns for any text', async () => {
    const { words } = await flowServices();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const rest = afterConsentYes(words, text);
        expect(rest === undefined || typeof rest === 'string').toBe(true);
        expect(typeof withoutAgreementClauses(text)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
