import { dynamicButton } from '../buttons.js';
import type { TurnContext } from '../turn-context.js';
import { alreadyHas } from '../../nlu/programme-held.js';
import { intentReply } from './intent-reply.js';
import { APPLY_FOLLOW_UP, APPLY_LABEL } from '../../knowledge/compose-answer.js';
import { likelyTypes } from '../../flows/application/likely-types.js';

// A kind of help said by its programme's name or the body that runs it, not by who it is for (单亲妈妈, 困境儿童, 残疾人).
const PROGRAMME_NAME =
  /低保|底保|五保|特困|救助|补贴|补助|助学|保障|供养|援助|危房|工会|职工|妇联|残联|红十字|慈善/u;

// 「有没有什么救助」「能申请什么补助吗」: which help there is, asked without naming any.
const WHAT_HELP =
  /有没有(?:什么|啥)?(?:救助|补助|补贴|帮扶|政策)|(?:能|可以)申请(?:什么|啥|哪些)|有(?:什么|啥|哪些)(?:救助|补助|补贴|帮扶)|(?:什么|啥)(?:救助|补助|补贴)/u;

/** The kinds of help the story told points to, when the writer asks which help there is naming none. */
function storyPointsTo(ctx: TurnContext, query: string): string[] {
  // A relative asking for their parents (「帮我爸问一下 …他们家起火」) counts; someone reported by a neighbour does not.
  if (ctx.parts.reportsOther) return [];
  if (!WHAT_HELP.test(query) || ctx.parse.entities.some((e) => e.type === 'assistance_type')) return [];
  return likelyTypes(query);
}

/** How a policy answer ends. */
export interface PolicyAnswerOptions {
  /** Offer to start the form the answer is about (false in the middle of a flow, which asks its own next question). */
  offerToApply?: boolean;
}

/** Answers a policy question from the documents (rephrased by the LLM when configured), or abstains honestly. */
export async function answerPolicy(
  ctx: TurnContext,
  query: string,
  { offerToApply = true }: PolicyAnswerOptions = {},
): Promise<void> {
  const { knowledge, grounded, region } = ctx.services;
  ctx.state.topic = 'ask_policy';
  if (!knowledge) {
    ctx.push(intentReply(ctx, 'ask_policy'));
    return;
  }
  const options = region ? { region } : {};
  // 「…从架子上摔下来了…请问有没有什么救助」: what help there is, asked after one's own story, is answered about
  // the help the story points to when the documents' best card is about none of it.
  const pointed = storyPointsTo(ctx, query);
  const first = knowledge.answer(query, options);
  const firstCard = first.suggestedAction?.id === 'apply' ? first.suggestedAction.assistanceType : undefined;
  const steer = pointed.length > 0 && (firstCard === undefined || !pointed.includes(firstCard));
  const asked = steer ? `${ctx.services.locality.typeLabel(pointed[0]!)} ${query}` : query;
  const offline = steer ? knowledge.answer(asked, options) : first;
  // The LLM may only rephrase what the documents answer; an abstention stays offline.
  const answer =
    grounded && offline.answerable
      ? await grounded.answer(
          query,
          knowledge.search(asked, { ...options, limit: 4 }).results,
          offline,
          ctx.input.llmSignal ? { signal: ctx.input.llmSignal } : {},
        )
      : offline;
  // 「低保标准是多少钱」 answered with what the card says and 「我这里没有当地的数字」: the figure asked for is not
  // given, so the turn counts as one the bot could not answer (the resident is offered a person).
  if (!answer.answerable || offline.figureMissing === true) ctx.abstained = true;
  const action = answer.suggestedAction;
  const feedback = answer.answerable ? ['answer_helpful', 'answer_unhelpful'] : ['request_human', 'apply'];
  // 「问一下低保怎么报 …弟弟是智力残疾」: the one kind of help the question names is the one offered, whichever
  // card answered first.
  const mentions = ctx.parse.entities.filter(
    (e) => e.type === 'assistance_type' && !alreadyHas(query, e.text),
  );
  // Round 41: 「单亲妈妈能不能申低保」: of a person described (单亲妈妈) and a programme named (低保), the programme.
  const programmes = mentions.filter((e) => PROGRAMME_NAME.test(e.text ?? ''));
  const named = [...new Set((programmes.length > 0 ? programmes : mentions).map((e) => String(e.value)))];
  const carded = action?.id === 'apply' ? action.assistanceType : undefined;
  const namedOne = named.length === 1 && named[0] !== 'unknown' ? named[0] : undefined;
  // 「房子烧了大半…想问下能不能申请点救助」 answered from a document about how the window works: a hardship of the
  // writer's own that asks for help is offered the application all the same, its kind chosen in the form.
  const ownStoryAsks =
    ctx.parts.ownHardship &&
    !ctx.parts.aboutSomeoneElse &&
    !ctx.parts.reportsOther &&
    (ctx.parts.wantIsQuestion || ctx.parts.asksForHelp);
  // Steered by a story that points to several kinds of help, the form asks which (its choices led by those kinds).
  const steered = steer ? (pointed.length === 1 ? pointed[0] : 'unknown') : undefined;
  const offered = namedOne ?? steered ?? carded ?? (ownStoryAsks ? 'unknown' : undefined);
  // 「慈善总会是不是有配助听器的项目」 answered from a document, not a card, still names the help it is about: the
  // answer ends with the way to it all the same.
  const offers = offerToApply && answer.answerable && offered !== undefined;
  const buttons = [
    // An answer about a programme ends with the way to it: 「要不要现在帮您申请？」 and a button that starts the form.
    ...(offers ? [dynamicButton.apply(offered, APPLY_LABEL)] : []),
    ...feedback.map((id) => ctx.button(id)),
  ];
  // Mid-form, 「要不要现在帮您申请？」 would ask to start what is already under way.
  const followUp = offerToApply ? (answer.followUp ?? (offers ? APPLY_FOLLOW_UP : undefined)) : undefined;
  ctx.reply(followUp ? `${answer.text}\n\n${followUp}` : answer.text, buttons);
  ctx.state.lastAnswer = {
    query,
    documentIds: answer.citations.map((c) => c.documentId),
    answerable: answer.answerable,
  };
}
