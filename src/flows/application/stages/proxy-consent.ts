import type { TurnContext } from '../../../engine/turn-context.js';
import { ask } from '../prompts.js';
import { proxyAgreed } from '../proxy-agreement.js';
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

/** Whether the person applied for agreed; recorded as who consented for whom, then the form goes on. */
export function proxyConsentStage(ctx: TurnContext, form: ApplicationState): ApplicationState {
  return ask(ctx, recordProxyConsent(ctx, form, proxyAgreed(ctx, ctx.text)));
}
