import type { TurnContext } from '../../../engine/turn-context.js';
import { fillFields } from '../fill.js';
import { chooseEdit, confirm, formOf } from '../prompts.js';
import { ownDuplicate, ownOpenCase, register } from '../register.js';
import type { ApplicationState } from '../state.js';

const SURE_ENOUGH_TO_SUBMIT = 0.8;

/** The review: 确认提交 registers the case; a new value corrects a field; 修改 asks which one. */
export async function confirmingStage(
  ctx: TurnContext,
  form: ApplicationState,
): Promise<ApplicationState | null> {
  const { words } = ctx.services;
  const { intent } = ctx.parse;
  if (
    ctx.buttonId === 'confirm_submit' ||
    words.is('confirm', ctx.text) ||
    (intent.name === 'affirm' && intent.confidence >= SURE_ENOUGH_TO_SUBMIT)
  )
    return register(ctx, form);
  const { fields, filled } = fillFields(form.fields, formOf(ctx, form), ctx.text, ctx.parse.entities, []);
  if (filled.length > 0) {
    const corrected = { ...form, fields };
    const existing = filled.includes('id_number') ? ownOpenCase(ctx, corrected) : null;
    return existing ? ownDuplicate(ctx, corrected, existing) : confirm(ctx, corrected);
  }
  if (ctx.buttonId === 'edit' || words.is('edit', ctx.text) || intent.name === 'deny')
    return chooseEdit(ctx, form);
  await ctx.aside();
  return confirm(ctx, form);
}
