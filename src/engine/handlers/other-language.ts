import { otherLanguage } from '../../nlu/other-language.js';
import type { Handler } from '../chain.js';

/**
 * A message in another language, when no flow is waiting for an answer: what the bot can do and how to
 * reach a person, in English when the message is English, and always in Chinese for whoever helps them read it.
 */
export function otherLanguageHandler(): Handler {
  return async (ctx, next) => {
    const language =
      ctx.state.flow === null && ctx.buttonId === undefined ? otherLanguage(ctx.text) : undefined;
    if (!language) return next();
    const { replies } = ctx.services;
    if (language === 'en') ctx.say(replies.other_language_en);
    ctx.say(replies.other_language);
    ctx.state.topic = 'other_language';
    return Promise.resolve();
  };
}
