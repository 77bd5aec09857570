import type { Entity } from '../../nlu/types.js';
import type { Handler } from '../chain.js';
import { answerPolicy } from './policy-answer.js';

// What may surround a programme's name typed alone: 「低保？」「医疗救助呢」.
const AROUND_NAME = /[\s。？?！!，,…~～]|[呢吧啊呀嘛的]$/gu;

/** True when the message is only the name of a kind of help (「低保」): answered, with the offer to apply. */
function bareProgramme(text: string, entities: readonly Entity[]): boolean {
  const bare = text.replace(AROUND_NAME, '');
  return bare.length > 0 && entities.some((e) => e.type === 'assistance_type' && e.text === bare);
}

/**
 * Questions about the process (what to bring, how long, what if refused, whom to ask) and offers to
 * volunteer or donate are answered from the documents, whatever the classifier took them for: starting a
 * form that asks for an ID number would not answer them. Someone who told their own hardship and asks for
 * help, or who asks outright to apply, goes on down the chain to the application. A programme's name typed
 * alone is answered too: the answer ends with the offer to apply for it.
 */
export function processQuestionHandler(): Handler {
  return async (ctx, next) => {
    if (ctx.state.flow !== null || ctx.buttonId !== undefined) return next();
    const parts = ctx.parts;
    const asks = parts.processQuestion || parts.offersHelp;
    const wantsHelp =
      !parts.wantIsQuestion || (parts.ownHardship && (parts.wantsToApply || parts.asksForHelp || parts.plea));
    if (bareProgramme(ctx.text, ctx.parse.entities)) return answerPolicy(ctx, ctx.text);
    if (!asks || wantsHelp || parts.existingApplication || parts.reportsOther) return next();
    return answerPolicy(ctx, ctx.text);
  };
}
