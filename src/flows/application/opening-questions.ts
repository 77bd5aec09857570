import type { TurnContext } from '../../engine/turn-context.js';

/**
 * Answers the questions an application's opening asked besides applying (「要准备什么材料」「多久能批下来」)
 * from the documents, before the form starts; a question the documents do not cover is left for later
 * rather than abstained on, since the form itself goes on.
 */
export function answerOpeningQuestions(ctx: TurnContext, assistanceType: string | undefined): void {
  const knowledge = ctx.services.knowledge;
  if (!knowledge || ctx.buttonId) return;
  const region = ctx.services.region;
  // 「要准备些什么」 alone does not say for which help: the type the opening named is read with it.
  const about =
    assistanceType && assistanceType !== 'unknown' ? ctx.services.locality.typeLabel(assistanceType) : '';
  for (const question of ctx.parts.questions.slice(0, 2)) {
    const answer = knowledge.answer(`${about}${question}`, region ? { region } : {});
    if (answer.answerable) ctx.reply(answer.text);
  }
}
