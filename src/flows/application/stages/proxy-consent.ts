import type { TurnContext } from '../../../engine/turn-context.js';
import { answersGivenWithYes, fieldsInvitedWithConsent } from '../consent-answers.js';
import { ask, formOf } from '../prompts.js';
import { proxyAgreed, withoutAgreementClauses } from '../proxy-agreement.js';
import type { ApplicationState } from '../state.js';

/** Records who consented for whom: the person applied for agreed, or it is still to be confirmed by staff. */
export function recordProxyConsent(
  ctx: TurnContext,
  form: ApplicationState,
  agreed: boolean,
): ApplicationState {
  const relation = String(form.fields.applicant_relation ?? '');
  // Kept on the case, so staff see who gave consent for whom and whether it still needs confirming.
  const fields = {
    ...form.fields,
    proxy_consent: agreed ? `申请人本人已同意（${relation}）` : `申请人本人是否同意待核实（${relation}）`,
  };
  ctx.record('consent', {
    given: agreed,
    forSomeoneElse: true,
    by: relation,
    assistanceType: form.assistanceType,
  });
  if (!agreed) ctx.say(ctx.services.replies.proxy_consent_unconfirmed);
  return { ...form, proxyConsent: agreed ? 'given' : 'unconfirmed', fields };
}

/**
 * Whether the person applied for agreed; recorded as who consented for whom, then the form goes on. The
 * next question's answers given with it (「他同意 周德明 3202…」) are read as that question's.
 */
export function proxyConsentStage(ctx: TurnContext, form: ApplicationState): ApplicationState {
  const definition = formOf(ctx, form);
  const invited = fieldsInvitedWithConsent(definition, form);
  const given = answersGivenWithYes(ctx, definition, form, invited, withoutAgreementClauses(ctx.text));
  return ask(ctx, recordProxyConsent(ctx, given.form, proxyAgreed(ctx, ctx.text)));
}
