import type { TurnContext } from '../../../engine/turn-context.js';
import { readAnswer } from '../../../forms/read-answer.js';
import { extractEntities } from '../../../nlu/entities/index.js';
import { fillFields } from '../fill.js';
import { namedCorrection } from '../named-correction.js';
import { chooseEdit, confirm, formOf } from '../prompts.js';
import { ownDuplicate, ownOpenCase, register } from '../register.js';
import type { ApplicationState } from '../state.js';

const SURE_ENOUGH_TO_SUBMIT = 0.8;

/** 「地址是…18号」「困难情况改一下 是…」: the field the resident names, with its new value; undefined if none reads. */
export function correctNamedField(ctx: TurnContext, form: ApplicationState): ApplicationState | undefined {
  const named = namedCorrection(formOf(ctx, form), ctx.text);
  if (!named) return undefined;
  const reading = readAnswer(named.field, named.answer, extractEntities(named.answer));
  if (!reading.ok) return undefined;
  return { ...form, fields: { ...form.fields, [named.field.name]: reading.value } };
}

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
  const named = correctNamedField(ctx, form);
  if (named) return confirm(ctx, named);
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
