import { buttonArgument } from '../../../engine/buttons.js';
import { NOT_FOR_FLOW, type NotForFlow } from '../../../engine/flow.js';
import type { TurnContext } from '../../../engine/turn-context.js';
import { fillFields, inferOpening } from '../fill.js';
import { withOpening } from '../opening.js';
import { withInferredMarked } from '../inferred-fields.js';
import { consentNotice, formOf } from '../prompts.js';
import type { ApplicationState } from '../state.js';
import { typeFrom } from '../type-from.js';

/** The resident names the kind of help (a button, a word, or 不清楚); then the consent notice. */
export function chooseTypeStage(ctx: TurnContext, form: ApplicationState): ApplicationState | NotForFlow {
  const type = buttonArgument(ctx.buttonId, 'type') ?? typeFrom(ctx);
  if (!type) return NOT_FOR_FLOW;
  const typed: ApplicationState = { ...form, assistanceType: type, opening: null };
  const definition = formOf(ctx, typed);
  // The story the opening told fills the form too: who applies, the hardship, what it said in passing.
  const { text, entities } = withOpening(ctx, form.opening);
  const { fields } = fillFields(typed.fields, definition, text, entities, []);
  const told = inferOpening(definition, fields, text, entities);
  // What the story filled was read, not answered: the notice and the questions after it know which fields those are.
  return consentNotice(ctx, withInferredMarked(form.fields, { ...typed, fields, told }, form.inferred, []));
}
