import type { TurnContext } from '../../../engine/turn-context.js';
import { afterConsentYes, answersGivenWithYes, fieldsInvitedWithConsent } from '../consent-answers.js';
import { refuseConsent } from '../discard.js';
import { fillFields } from '../fill.js';
import { ask, formOf, isForSomeoneElse } from '../prompts.js';
import { SAYS_NO, englishYes, proxyAgreementInConsent, withoutAgreementClauses } from '../proxy-agreement.js';
import { ownDuplicate, ownOpenCase } from '../register.js';
import type { ApplicationState } from '../state.js';
import { recordProxyConsent } from './proxy-consent.js';

const SURE = 0.6;
// A refusal in an answer that opened with a yes (「问他同不同意」 is no refusal: SAYS_NO).
const REFUSES = new RegExp(`${SAYS_NO}|拒绝`, 'u');

/** The separate consent (PIPL): 同意 goes on to the questions, 不同意 ends with how to apply in person. */
export async function consentStage(
  ctx: TurnContext,
  form: ApplicationState,
): Promise<ApplicationState | null> {
  const { words, replies } = ctx.services;
  const { intent } = ctx.parse;
  const definition = formOf(ctx, form);
  const reading = fillFields(form.fields, definition, ctx.text, ctx.parse.entities, []);
  // An answer that opens with a yes (「同意哩 给我自己办 老汉身体不行跑不动」) is no refusal, whatever 不行 follows.
  // A 「不同意」 or 「拒绝」 later in it still refuses; 「问他同不同意」 (a question asked him) does not.
  const afterYes = afterConsentYes(words, ctx.text);
  const opensWithYes = afterYes !== undefined && !REFUSES.test(afterYes);
  const refused =
    ctx.buttonId === 'consent_no' ||
    (!opensWithYes && words.is('consent_no', ctx.text)) ||
    // A bare 「不」 means no; a correction that also fills a field (「不是四口人 是五口」) is not a refusal.
    (!opensWithYes && intent.name === 'deny' && intent.confidence >= SURE && reading.filled.length === 0);
  if (refused) return refuseConsent(ctx, form);
  // The notice invites the next question's answers after the yes (「同意 孔凡之 3708…」): they are read as that
  // question's answers, so the resident is not asked for them again.
  const invited = fieldsInvitedWithConsent(definition, form);
  const yesThen = invited.length > 0 ? afterYes : undefined;
  // What is said of the other person's agreement (「宋金福同意 让我帮着弄」) is no answer to the fields.
  const rest = yesThen && isForSomeoneElse(form) ? withoutAgreementClauses(yesThen) : yesThen;
  const given = rest ? answersGivenWithYes(ctx, definition, form, invited, rest) : undefined;
  const agreed =
    ctx.buttonId === 'consent_yes' ||
    words.is('consent_yes', ctx.text) ||
    englishYes(ctx.text) ||
    (intent.name === 'affirm' && intent.confidence >= SURE) ||
    (given !== undefined && given.filled.length > 0);
  if (agreed) {
    const fields = given && given.filled.length > 0 ? given.form.fields : reading.fields;
    const rejectedId = given?.form.rejectedId ?? null;
    const consented: ApplicationState = { ...form, consent: true, fields, rejectedId };
    const existing = ownOpenCase(ctx, consented);
    if (existing) return ownDuplicate(ctx, consented, existing);
    ctx.record('consent', { given: true, assistanceType: form.assistanceType });
    // For someone else, the notice also asked whether that person agreed; an answer that says so saves a turn.
    const forOther = isForSomeoneElse(consented) ? proxyAgreementInConsent(ctx.text) : undefined;
    return ask(ctx, forOther === undefined ? consented : recordProxyConsent(ctx, consented, forOther));
  }
  if (reading.filled.length === 0 && (await ctx.aside())) {
    ctx.say(replies.consent_again);
    return form;
  }
  ctx.say(replies.consent_again);
  return { ...form, fields: reading.fields };
}
