import { extractAssistanceTypes } from '../nlu/entities/assistance-type.js';
import type { AssistanceType } from '../nlu/types.js';

// The verb of asking for a programme, right before its name: 「能申请低保吗」「办个五保」 (「已经吃低保了」 holds one).
const APPLY_VERB = /(?:申请|申报|办理?)(?:个|一个|上)?$/u;

/**
 * Of several programmes a question names, the one it asks to apply for, when exactly one is named right after a verb
 * of applying (「单亲妈妈能申请低保吗」: 低保, not the single mothers' help, which only says who asks); else undefined.
 */
export function programmeAppliedFor(text: string, named: readonly AssistanceType[]): AssistanceType | undefined {
  if (named.length < 2) return undefined;
  const objects = new Set<AssistanceType>();
  for (const e of extractAssistanceTypes(text)) {
    const type = e.value as AssistanceType;
    if (named.includes(type) && APPLY_VERB.test(text.slice(Math.max(0, e.start - 6), e.start)))
      objects.add(type);
  }
  return objects.size === 1 ? [...objects][0] : undefined;
}
