import type { TurnContext } from '../../engine/turn-context.js';
import { changeOfMind } from './change-of-mind.js';
import { alreadyHas } from '../../nlu/programme-held.js';

// 「改成申请临时救助」「换成五保吧」: the application moved to another kind of help, named right after 改成/换成.
const MOVED_TO = /(?:改|换)(?:成|为|到)(?:申请|办|报)?$/u;
// 「算咯低保太慢了 … 先申请个临时救助要得不」: the kind under way given up on, and another asked for instead.
const GIVEN_UP = /算了|算咯|算啦|太慢|等不及|等不了|不要了|不办了|不申请了|不弄了/u;
// 「啊不对不对」「说错了」 opening the message.
const TAKEN_BACK = /^(?:啊|哦|噢|呃|额)?[，,、\s]*(?:不对|说错了?|搞错了?|弄错了?)/u;
const INSTEAD = /(?:先|干脆|那就|就|改)(?:申请|办|报|弄)(?:个|一下|一个)?$/u;

/**
 * The kind of help a message moves the application to (「那我还是申请医疗救助吧」「改成临时救助」「低保太慢了 先申请个
 * 临时救助」), or undefined when it names none, names the one already applied for, or names one the household only
 * already has (还是低保户).
 */
export function switchedType(ctx: TurnContext, current: string): string | undefined {
  const named = ctx.parse.entities.filter(
    (e) =>
      e.type === 'assistance_type' &&
      e.text !== undefined &&
      String(e.value) !== current &&
      !alreadyHas(ctx.text, e.text),
  );
  if (named.length === 0) return undefined;
  // 「啊不对不对 我才24 低保应该不行吧 我是想找个稳定点的工作…有没有那种就业帮扶」: the kind under way taken back at
  // once, and one other kind named: that is the one meant.
  const kinds = new Set(named.map((e) => String(e.value)));
  if (TAKEN_BACK.test(ctx.text.trim()) && kinds.size === 1) return [...kinds][0];
  const mind = changeOfMind(ctx.text);
  for (const entity of named) {
    const text = entity.text ?? '';
    if (mind?.includes(text)) return String(entity.value);
    // Round 40: every place the kind is named, not only the first (「他说应该先办临时救助 … 那改成临时救助吧」).
    for (let at = ctx.text.indexOf(text); at > 0; at = ctx.text.indexOf(text, at + 1)) {
      const before = ctx.text.slice(Math.max(0, at - 6), at);
      if (MOVED_TO.test(before) || (GIVEN_UP.test(ctx.text) && INSTEAD.test(before)))
        return String(entity.value);
    }
  }
  return undefined;
}
