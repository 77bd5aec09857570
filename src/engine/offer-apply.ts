import { extractAssistanceTypes } from '../nlu/entities/assistance-type.js';
import type { AnswerWords } from './answer-words.js';
import { buttonArgument } from './buttons.js';
import type { ConversationState } from './conversation-state.js';

// A typed answer to 「要不要现在帮您申请？」 is short; a longer message says something of its own.
const MAX_ANSWER_CHARS = 16;

/**
 * The kind of help the bot's last reply offered to apply for (a policy answer ending 「要不要现在帮您申请？」
 * with its 「现在申请」 button), while no flow runs; undefined when nothing is offered.
 */
export function offeredApplication(state: Pick<ConversationState, 'flow' | 'offered'>): string | undefined {
  if (state.flow !== null) return undefined;
  for (const button of state.offered) {
    const type = buttonArgument(button.id, 'apply');
    if (type) return type;
  }
  return undefined;
}

/**
 * True when the bot's last reply offered to register an application it set aside (started from a pressing
 * hardship told, src/engine/hardship-offer.ts) with its 「申请救助」 button, while no flow runs.
 */
export function offeredPausedApplication(
  state: Pick<ConversationState, 'flow' | 'offered' | 'paused'>,
): boolean {
  return (
    state.flow === null &&
    state.paused?.name === 'application' &&
    state.offered.some((button) => button.id === 'apply')
  );
}

/**
 * How a typed message answers that offer: `yes` (好 / 要 / 帮我申请 / 麻烦了 …), `no` (不用 / 先不 …), or
 * undefined when it is something else. A message naming another kind of help is not a yes to this one.
 */
export function answerToOffer(
  text: string,
  offeredType: string,
  words: AnswerWords,
): 'yes' | 'no' | undefined {
  const typed = text.trim();
  if (typed.length === 0 || typed.length > MAX_ANSWER_CHARS) return undefined;
  if (words.is('offer_no', typed)) return 'no';
  if (!words.is('offer_yes', typed)) return undefined;
  const named = extractAssistanceTypes(typed).map((e) => String(e.value));
  return named.every((type) => type === offeredType) ? 'yes' : undefined;
}

/** The id of the offered apply button when the message is a typed yes to it (so it counts as the tap). */
export function typedYesToOffer(
  text: string,
  state: Pick<ConversationState, 'flow' | 'offered' | 'paused'>,
  words: AnswerWords,
): string | undefined {
  if (offeredPausedApplication(state))
    return answerToOffer(text, 'unknown', words) === 'yes' ? 'apply' : undefined;
  const type = offeredApplication(state);
  return type && answerToOffer(text, type, words) === 'yes' ? `apply:${type}` : undefined;
}
