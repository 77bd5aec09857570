import type { TurnContext } from '../../../engine/turn-context.js';
import { refuseConsent } from '../discard.js';
import { fillFields } from '../fill.js';
import { ask, formOf, isForSomeoneElse } from '../prompts.js';
import { englishYes, proxyAgreementInConsent } from '../proxy-agreement.js';
import { ownDuplicate, ownOpenCase } from '../register.js';
import type { ApplicationState } from '../state.js';
import { recordProxyConsent } from './proxy-consent.js';

const SURE = 0.6;

/** The separate consent (PIPL): 同意 goes on to the questions, 不同意 ends with how to apply in person. */
export async function consentStage(
  ctx: TurnContext,
  form: ApplicationState,
): Promise<ApplicationState | null> {
  const { words, replies } = ctx.services;
  const { intent } = ctx.parse;
  const definition = formOf(ctx, form);
  const reading = fillFields(form.fields, definition, ctx.text, ctx.parse.entities, [], ctx.inbound.text);
  const refused =
    ctx.buttonId === 'consent_no' ||
    words.is('consent_no', ctx.text) ||
    // A bare 「不」 means no; a correction that also fills a field (「不是四口人 是五口」) is not a refusal.
    (intent.name === 'deny' && intent.confidence >= SURE && reading.filled.length === 0);
  if (refused) return refuseConsent(ctx, form);
  const agreed =
    ctx.buttonId === 'consent_yes' ||
    words.is('consent_yes', ctx.text) ||
    englishYes(ctx.text) ||
    (intent.name === 'affirm' && intent.confidence >= SURE);
  if (agreed) {
    const consented: ApplicationState = { ...form, consent: true, fields: reading.fields };
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
