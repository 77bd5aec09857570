import type { TurnContext } from '../../../engine/turn-context.js';
import { correctAddress } from '../../../forms/address-span.js';
import { choiceNamed, readAnswer } from '../../../forms/read-answer.js';
import { extractEntities } from '../../../nlu/entities/index.js';
import { addressHoldingWrongWords, fillFields, isCorrection } from '../fill.js';
import { changeOfMind } from '../change-of-mind.js';
import { namedCorrection } from '../named-correction.js';
import { chooseEdit, confirm, formOf } from '../prompts.js';
import { ownDuplicate, ownOpenCase, register } from '../register.js';
import type { ApplicationState } from '../state.js';

const SURE_ENOUGH_TO_SUBMIT = 0.8;

/** 「是罗家村四社 不是十社」: the address corrected in place where it holds the words said to be wrong. */
function correctedAddressUnnamed(ctx: TurnContext, form: ApplicationState): ApplicationState | undefined {
  const field = addressHoldingWrongWords(formOf(ctx, form), ctx.text, form.fields);
  const before = field === undefined ? undefined : form.fields[field.name];
  if (field === undefined || typeof before !== 'string') return undefined;
  const address = correctAddress(before, ctx.text);
  return address ? { ...form, fields: { ...form.fields, [field.name]: address } } : undefined;
}

/** 「地址是…18号」「困难情况改一下 是…」: the field the resident names, with its new value; undefined if none reads. */
export function correctNamedField(ctx: TurnContext, form: ApplicationState): ApplicationState | undefined {
  const named = namedCorrection(formOf(ctx, form), ctx.text);
  if (!named) return correctedAddressUnnamed(ctx, form);
  const reading = readAnswer(named.field, named.answer, extractEntities(named.answer));
  if (reading.ok) return { ...form, fields: { ...form.fields, [named.field.name]: reading.value } };
  // 「地址不是6号 是8号」: one unit of the address given before, corrected in place.
  const before = form.fields[named.field.name];
  const address =
    named.field.kind === 'address' && typeof before === 'string'
      ? correctAddress(before, named.answer)
      : undefined;
  return address ? { ...form, fields: { ...form.fields, [named.field.name]: address } } : undefined;
}

/**
 * 「不对 那间也拆了 现在没房子住」: a correction that names no field but clearly means another choice of
 * exactly one choice field; undefined when it means none or several.
 */
function correctedChoice(ctx: TurnContext, form: ApplicationState): ApplicationState | undefined {
  // 「想了想还是先找份工作吧 培训以后再说」: a change of mind names its choice right after 还是; the rest of the
  // message speaks of what is given up.
  const mind = changeOfMind(ctx.text);
  if (mind === undefined && !isCorrection(ctx.text) && !/改|变了|现在是/u.test(ctx.text)) return undefined;
  const words = mind ?? ctx.text;
  // A relative named in a correction of something else (「我妹妹户口跟我在一起」) says nothing of who applies,
  // unless the message speaks of applying for someone.
  const aboutApplying = /申请|代办|代为|[帮替给为](?:他|她|我|俺)/u.test(words);
  const changes = formOf(ctx, form)
    .fields.filter((f) => f.kind === 'choice' && !f.multiple && form.fields[f.name] !== undefined)
    .filter((f) => f.name !== 'applicant_relation' || aboutApplying)
    .map((f) => ({ name: f.name, value: choiceNamed(f, words) }))
    .filter((c) => c.value !== undefined && c.value !== form.fields[c.name]);
  const only = changes.length === 1 ? changes[0] : undefined;
  return only?.value ? { ...form, fields: { ...form.fields, [only.name]: only.value } } : undefined;
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
  // 「刚才说错了 是三万八 不是八万三」 at the review corrects the figure of the last answer.
  const { fields, filled } = fillFields(
    form.fields,
    formOf(ctx, form),
    ctx.text,
    ctx.parse.entities,
    [],
    form.lastAnswered,
  );
  if (filled.length > 0) {
    const corrected = { ...form, fields };
    const existing = filled.includes('id_number') ? ownOpenCase(ctx, corrected) : null;
    return existing ? ownDuplicate(ctx, corrected, existing) : confirm(ctx, corrected);
  }
  const changed = correctedChoice(ctx, form);
  if (changed) return confirm(ctx, changed);
  if (ctx.buttonId === 'edit' || words.is('edit', ctx.text) || intent.name === 'deny')
    return chooseEdit(ctx, form);
  await ctx.aside();
  return confirm(ctx, form);
}
