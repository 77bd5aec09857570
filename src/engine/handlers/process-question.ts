import type { Handler } from '../chain.js';
import { answerPolicy } from './policy-answer.js';

/**
 * Questions about the process (what to bring, how long, what if refused, whom to ask) and offers to
 * volunteer or donate are answered from the documents, whatever the classifier took them for: starting a
 * form that asks for an ID number would not answer them. Someone who told their own hardship and asks for
 * help, or who asks outright to apply, goes on down the chain to the application.
 */
export function processQuestionHandler(): Handler {
  return async (ctx, next) => {
    if (ctx.state.flow !== null || ctx.buttonId !== undefined) return next();
    const parts = ctx.parts;
    const asks = parts.processQuestion || parts.offersHelp;
    const wantsHelp =
      !parts.wantIsQuestion || (parts.ownHardship && (parts.wantsToApply || parts.asksForHelp || parts.plea));
    if (!asks || wantsHelp || parts.existingApplication || parts.reportsOther) return next();
    return answerPolicy(ctx, ctx.text);
  };
}
