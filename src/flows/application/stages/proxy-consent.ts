import type { TurnContext } from '../../../engine/turn-context.js';
import { ask } from '../prompts.js';
import type { ApplicationState } from '../state.js';

const SURE = 0.6;
// 「还没问过她」「她不知道」: not (yet) agreed, whatever else the sentence says.
const NOT_AGREED = /不同意|没同意|还没|没问|没跟|不知道|不清楚|不肯|不愿意/;
const AGREED = /同意|答应|让我|叫我|委托|知道的|愿意|签过字|签了字|授权|tong ?yi/i;

/** Whether the person applied for agreed; recorded as who consented for whom, then the form goes on. */
export function proxyConsentStage(ctx: TurnContext, form: ApplicationState): ApplicationState {
  const { words } = ctx.services;
  const { intent } = ctx.parse;
  const relation = String(form.fields.applicant_relation ?? '');
  const agreed =
    !NOT_AGREED.test(ctx.text) &&
    (ctx.buttonId === 'consent_yes' ||
      words.is('consent_yes', ctx.text) ||
      AGREED.test(ctx.text) ||
      (intent.name === 'affirm' && intent.confidence >= SURE));
  const proxyConsent = agreed ? 'given' : 'unconfirmed';
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
  return ask(ctx, { ...form, proxyConsent, fields });
}
