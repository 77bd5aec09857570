import { buttonArgument } from '../../../engine/buttons.js';
import { dynamicButton } from '../../../engine/buttons.js';
import type { TurnContext } from '../../../engine/turn-context.js';
import { fillFields } from '../fill.js';
import { correctNamedField } from './confirming.js';
import { chooseEdit, confirm, formOf } from '../prompts.js';
import type { ApplicationState } from '../state.js';

/** At the review: which field to change (a button, its label, or the new value typed straight away). */
export function chooseEditStage(ctx: TurnContext, form: ApplicationState): ApplicationState {
  const definition = formOf(ctx, form);
  const picked = buttonArgument(ctx.buttonId, 'edit');
  const field = definition.fields.find(
    (f) => f.name === picked || f.label === ctx.text || f.name === ctx.text,
  );
  if (field) {
    ctx.reply(field.question, field.choices?.map(dynamicButton.choice));
    return { ...form, stage: 'filling', asking: field.name, editing: true };
  }
  const named = correctNamedField(ctx, form);
  if (named) return confirm(ctx, named);
  const { fields, filled } = fillFields(form.fields, definition, ctx.text, ctx.parse.entities, []);
  if (filled.length > 0) return confirm(ctx, { ...form, fields });
  // 「不清楚」「算了 不改了」: asking again which field would only get the same answer; the review is shown again.
  const { words } = ctx.services;
  if (words.is('unknown', ctx.text) || words.is('skip', ctx.text) || ctx.parse.intent.name === 'deny') {
    ctx.say(ctx.services.replies.edit_nothing);
    return confirm(ctx, form);
  }
  return chooseEdit(ctx, form);
}
