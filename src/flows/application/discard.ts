import type { TurnContext } from '../../engine/turn-context.js';
import type { CannedReply } from '../../engine/system-replies.js';
import { WINDOW_OFFICE } from '../../localities/schema.js';
import { formOf, titleOf } from './prompts.js';
import { cancelledTopic } from './retracted-cancel.js';
import type { ApplicationState } from './state.js';
import { nextStepsHere, whereToGo } from './where-to-go-reply.js';

function numbered(lines: readonly string[]): string {
  return lines.map((line, i) => `${i + 1}. ${line}`).join('\n');
}

/** Every value the application holds as text, to erase wherever it was stored. */
export function personalValues(form: ApplicationState): string[] {
  return [...Object.values(form.fields), ...(form.opening ? [form.opening] : [])]
    .filter((v): v is string => typeof v === 'string')
    .filter((v) => v.length >= 2);
}

/** Ends the application without registering it and deletes what the resident gave, everywhere it went. */
function discard(
  ctx: TurnContext,
  form: ApplicationState,
  canned: CannedReply,
  values: Record<string, string>,
  reason: 'cancelled' | 'consent_refused' | 'consent_withdrawn',
): null {
  ctx.say(canned, { title: titleOf(ctx, form), officeHours: ctx.services.locality.officeHours, ...values });
  ctx.push({ type: 'erase_personal_data', values: personalValues(form), reason });
  // A cancel may be taken back in the next message (「还是弄嘛」): the kind of help is remembered for it, nothing else.
  ctx.state.topic = reason === 'cancelled' ? cancelledTopic(form.assistanceType) : null;
  return null;
}

/** 「取消」: says what was discarded (and deleted). */
export function cancel(ctx: TurnContext, form: ApplicationState): null {
  const filled = formOf(ctx, form)
    .fields.filter((f) => form.fields[f.name] !== undefined)
    .map((f) => f.label);
  const { replies } = ctx.services;
  return filled.length > 0
    ? discard(ctx, form, replies.form_cancelled, { filled: filled.join('、') }, 'cancelled')
    : discard(ctx, form, replies.form_cancel_nothing, {}, 'cancelled');
}

/** 「不同意」: nothing kept; the materials and where to apply in person instead. */
export function refuseConsent(ctx: TurnContext, form: ApplicationState): null {
  const materials = ctx.services.locality.materialsFor(form.assistanceType);
  const text = materials.length > 0 ? `当面申请请带上：\n${numbered(materials)}` : '';
  ctx.record('consent', { given: false, assistanceType: form.assistanceType });
  discard(ctx, form, ctx.services.replies.consent_refused, { materials: text }, 'consent_refused');
  // Where to apply in person: the locality's one window (it takes every kind of help), its address and hours.
  ctx.push(...whereToGo(ctx, { office: nextStepsHere(ctx, WINDOW_OFFICE, {}).office }));
  return null;
}

/** 「撤回同意」 before the application was submitted. */
export function withdrawConsent(ctx: TurnContext, form: ApplicationState): null {
  ctx.record('consent', { given: false, withdrawn: true, assistanceType: form.assistanceType });
  return discard(ctx, form, ctx.services.replies.consent_withdrawn, {}, 'consent_withdrawn');
}
