import { asksStatusInEnglish, asksToApplyInEnglish, otherLanguage } from '../../nlu/other-language.js';
import type { Handler } from '../chain.js';
import type { FlowRegistry } from '../flow-registry.js';
import { startFlow } from './start-flow.js';

/**
 * A message in another language, when no flow is waiting for an answer: what the bot can do and how to
 * reach a person, in English when the message is English, and always in Chinese for whoever helps them read it.
 * An English message that clearly asks to apply starts the application as well (its questions are in Chinese,
 * which a relative or neighbour can help with); the kind of help its words name is taken, else asked. One that
 * asks about an application already made starts the status check, whose answers are only digits.
 */
export function otherLanguageHandler(flows: FlowRegistry): Handler {
  return async (ctx, next) => {
    const language =
      ctx.state.flow === null && ctx.buttonId === undefined ? otherLanguage(ctx.text) : undefined;
    if (!language) return next();
    const { replies } = ctx.services;
    // 「Any update on my case?」: the status check starts at once; the receipt number and four digits need no Chinese.
    const status =
      language === 'en' && asksStatusInEnglish(ctx.text) ? flows.forIntent('check_status') : undefined;
    if (status) {
      ctx.say(replies.other_language_en_status);
      ctx.state.topic = 'check_status';
      return startFlow(ctx, flows, status);
    }
    if (language === 'en') ctx.say(replies.other_language_en);
    const application =
      language === 'en' && asksToApplyInEnglish(ctx.text) ? flows.forIntent('apply') : undefined;
    if (application) {
      ctx.say(replies.other_language_en_apply);
      return startFlow(ctx, flows, application);
    }
    ctx.say(replies.other_language);
    ctx.state.topic = 'other_language';
    return Promise.resolve();
  };
}
