import { buttonArgument } from '../../engine/buttons.js';
import type { TurnContext } from '../../engine/turn-context.js';

// The names residents type when asked which kind of help (the buttons' own labels included).
const TYPE_WORDS: Readonly<Record<string, string>> = {
  低保: 'minimum_living',
  特困供养: 'extreme_poverty',
  五保: 'extreme_poverty',
  临时救助: 'temporary',
  医疗救助: 'medical',
  教育救助: 'education',
  住房救助: 'housing',
  就业救助: 'employment',
  受灾救助: 'disaster',
  残疾人救助: 'disability',
  不清楚: 'unknown',
  不知道: 'unknown',
};

/** The assistance type a message names: a bare type word, or the assistance-type entity. */
export function typeFrom(ctx: TurnContext): string | undefined {
  const fromButton = buttonArgument(ctx.buttonId, 'apply') ?? buttonArgument(ctx.buttonId, 'type');
  if (fromButton) return fromButton;
  const word = TYPE_WORDS[ctx.text];
  if (word) return word;
  const entity = ctx.parse.entities.find((e) => e.type === 'assistance_type');
  return entity ? String(entity.value) : undefined;
}
