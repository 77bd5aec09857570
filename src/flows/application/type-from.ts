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
  const named = ctx.parse.entities.filter((e) => e.type === 'assistance_type');
  // 「村里有个五保老人 房子漏雨 想帮他申请住房救助」: the help asked for is the one named after 申请/办.
  const asked = named.find(
    (e) =>
      e.text !== undefined &&
      new RegExp(`(?:申请|申报|办理?)[^，。？！?!\\s]{0,4}${escape(e.text)}`, 'u').test(ctx.text),
  );
  const entity = asked ?? named[0];
  return entity ? String(entity.value) : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
