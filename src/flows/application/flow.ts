import { nextQuestion, totalSteps } from '../../forms/form-progress.js';
import type { Flow, LeftFlow, NotForFlow } from '../../engine/flow.js';
import type { FormProgress } from '../../engine/public-state.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { cancel, personalValues, withdrawConsent } from './discard.js';
import { choiceNamed } from '../../forms/read-answer.js';
import { fillFields, inferOpening, isCorrection } from './fill.js';
import { answerOpeningQuestions } from './opening-questions.js';
import { fieldsInvitedWithConsent } from './consent-answers.js';
import { ask, askType, confirm, consentNotice, formOf, isForSomeoneElse, titleOf } from './prompts.js';
import { applicationStateSchema, newApplication, type ApplicationState } from './state.js';
import { chooseEditStage } from './stages/choose-edit.js';
import { chooseTypeStage } from './stages/choose-type.js';
import { confirmingStage } from './stages/confirming.js';
import { consentStage } from './stages/consent.js';
import { proxyConsentStage } from './stages/proxy-consent.js';
import { fillingStage } from './stages/filling.js';
import { backToWhereItWas, resumeStage } from './stages/resume.js';
import { openingOf, withOpening } from './opening.js';
import { typeFrom } from './type-from.js';
import { retractedCancel } from './retracted-cancel.js';
import { fieldsAsked, withInferredMarked } from './inferred-fields.js';
import { switchedType } from './switch-type.js';

// A resident who comes back after this long is asked whether to continue, not dropped into a question.
const RESUME_AFTER_MS = 2 * 60 * 60 * 1000;
const SURE = 0.6;

// Words without which a message to a question of choices is no wish to stop: a no, 算了, 取消, 撤.
const STOP_WORDS = /不|别|算了|取消|撤|退出|放弃/u;

/**
 * True when the message answers the question of choices being asked: it names a choice (「正在办理」 to 有没有办残疾人证)
 * or says nothing of stopping (「一级的 早就办了」). The classifier alone must never take it for cancelling (round 43:
 * both answers deleted the whole application).
 */
function answersAskedChoice(ctx: TurnContext, form: ApplicationState): boolean {
  const asking = form.asking ?? '';
  return formOf(ctx, form).fields.some(
    (f) =>
      f.kind === 'choice' &&
      (f.name === asking || `group:${f.group ?? ''}` === asking) &&
      (choiceNamed(f, ctx.text) !== undefined || !STOP_WORDS.test(ctx.text)),
  );
}

// 「我拿结算单算了一下」「算了算」: a sum worked out, not 算了 (never mind), nor 「算了算了」.
const RECKONED = /算了一?下|算了算(?!了)/u;
// 「emm 算了 我先不申请了 朋友说…等等再说吧」: the writer stops, in so many words, whatever else the message tells.
// Round 46: 「那这个先不提交了」 stops with the verb of handing it in, after the application named as 这个.
const STOPS_APPLYING =
  /(?:^|[\s，,。!！]|算了|我|俺|这个|那个)(?:先|暂时|还是|就){0,2}不(?:申请|办|弄|填|提交|递交|交上去)了(?![吗么呢？?])/u;
// 「要交钱的话我就不弄了」: a stop on a condition is a question about the condition, not a stop.
const STOPS_IF = /(?:的话|如果|要是|假如|万一)[^。！？!?]{0,10}不(?:申请|办|弄|填|提交|递交|交上去)了/u;

/** The fields of a group or single question the form is asking, by name. */
function askedFields(ctx: { services: TurnContext['services'] }, form: ApplicationState): string[] {
  if (form.stage !== 'filling' || !form.asking) return [];
  return fieldsAsked(ctx.services.forms.forType(form.assistanceType), form).map((f) => f.name);
}

/** The fields the form waited for before this message: asked, or invited with a consent answer. */
function fieldsWaitedFor(services: TurnContext['services'], form: ApplicationState): string[] {
  return applicationFlow
    .expecting(form, services)
    .flatMap((key) => (key.startsWith('field:') ? [key.slice('field:'.length)] : []));
}

/** The state a turn leaves, with its record of inferred fields brought up to date (what nobody asked for). */
function markedAfter(
  before: ApplicationState,
  waitedFor: readonly string[],
  after: ApplicationState | null | NotForFlow | LeftFlow,
): ApplicationState | null | NotForFlow | LeftFlow {
  if (after === null || typeof after !== 'object') return after;
  return withInferredMarked(before.fields, after, before.inferred, waitedFor);
}

/** The keys of the next question's fields, which the consent questions invite with the yes. */
function invitedKeys(services: TurnContext['services'], form: ApplicationState): string[] {
  return fieldsInvitedWithConsent(services.forms.forType(form.assistanceType), form).map(
    (f) => `field:${f.name}`,
  );
}

// Whether a situation told qualifies (我这样的能申请低保不, 这种情况还能办低保不, 这样还能吃低保不).
const ASKS_IF_QUALIFIES =
  /(?:我|俺|咱|家里|我们|俺们)?(?:这样|这种情况|这情况|这种|像我这样|像俺这样)(?:的)?(?:家庭|情况)?(?:还|也)?(?:能|可以|能不能|可不可以|够不够|符不符合|算不算)/u;
// Which help there is (能申请啥, 能申请点救助, 能申请什么): the form starts and asks which kind.
const ASKS_WHICH = /申请(?:点|些|啥|什么|哪|个啥)|(?:能|可以)(?:办|要)(?:点|些|啥|什么)/u;
// A wish to be signed up said beside the question (能的话帮我申请, 我想申请).
const ASKS_TO_SIGN_UP =
  /(?:帮|替|给)(?:我|俺|她|他|咱)(?:们)?(?:家)?(?:申请|办|报|登记)|(?:我|俺)(?:要|想)(?:申请|办|报)(?!的)|能的话|可以的话|行的话/u;

/** The application flow's answer to a message while it runs: a cancel, a withdrawal, a pause, or the stage's own. */
async function continueApplication(
  ctx: TurnContext,
  current: ApplicationState,
): Promise<ApplicationState | null | NotForFlow | LeftFlow> {
  const { words, replies } = ctx.services;
  const form: ApplicationState = { ...current, updatedAt: ctx.at.toISOString() };
  const { intent } = ctx.parse;
  // The classifier's guess alone never cancels a message that asks something back: 「我办了助学贷款 和这个
  // 冲突吗」 is a question about the form, and cancelling would delete every answer given so far.
  if (
    ctx.buttonId === 'cancel' ||
    words.is('cancel', ctx.text) ||
    // Round 33: 「…叫我明天去试试 那这个我先不申请了」 stops in so many words, whatever the classifier heard.
    ((intent.name === 'cancel' || (STOPS_APPLYING.test(ctx.text) && !STOPS_IF.test(ctx.text))) &&
      (intent.confidence >= SURE || STOPS_APPLYING.test(ctx.text)) &&
      ctx.parts.askedBack.length === 0 &&
      !isCorrection(ctx.text) &&
      !RECKONED.test(ctx.text) &&
      !answersAskedChoice(ctx, form))
  )
    return cancel(ctx, form);
  if (words.is('withdraw_consent', ctx.text)) return withdrawConsent(ctx, form);
  const idleMs = ctx.at.getTime() - new Date(current.updatedAt).getTime();
  if (form.stage !== 'resume' && idleMs > RESUME_AFTER_MS) {
    ctx.say(replies.form_resume, {
      title: formOf(ctx, form).title,
      count: String(Object.keys(form.fields).length),
    });
    return { ...form, stage: 'resume', resumeStage: form.stage };
  }
  // 「那我还是申请医疗救助吧」 in the middle of the form: the application moves to that kind of help, keeping
  // every answer the new form also asks; its own questions follow.
  const moved = form.stage === 'choose_type' ? undefined : switchedType(ctx, form.assistanceType);
  if (moved) return switchType(ctx, form, moved);
  switch (form.stage) {
    case 'resume':
      return resumeStage(ctx, form);
    case 'choose_type':
      return chooseTypeStage(ctx, form);
    case 'consent':
      return consentStage(ctx, form);
    case 'proxy_consent':
      return proxyConsentStage(ctx, form);
    case 'choose_edit':
      return chooseEditStage(ctx, form);
    case 'confirming':
      return confirmingStage(ctx, form);
    case 'filling':
      return fillingStage(ctx, form);
  }
}

/** Guided applications: consent, one question at a time, review, registration with receipt and deadlines. */
export const applicationFlow: Flow<ApplicationState> = {
  name: 'application',
  schema: applicationStateSchema,
  startsOn: { menu: ['apply'], intents: ['apply'] },

  wants(ctx) {
    // 「唉 还是弄嘛 刚才说的不算」 right after cancelling: the same kind of help starts again.
    if (retractedCancel(ctx)) return true;
    // Someone who gives an ID number or phone while asking to apply wants to apply, whatever the classifier says.
    if (
      /申请|办理/.test(ctx.text) &&
      ctx.parse.entities.some((e) => e.type === 'id_number' || e.type === 'phone')
    )
      return true;
    // A long opening read as its clauses: a clause that asks to apply, or one's own hardship told with a plea
    // or a question about getting help, is an application even when the classifier took the whole for a
    // question or a complaint.
    const parts = ctx.parts;
    if (parts.existingApplication) return false;
    // Offering help (to volunteer, to donate), or asking about the process with no hardship of one's own
    // told (「要带什么」「能不能替她申请 要办什么手续」), is answered; the answer offers to apply.
    if (parts.wantIsQuestion && (parts.offersHelp || (parts.processQuestion && !parts.ownHardship)))
      return false;
    // 「腿脚不好 能不能叫村里帮我去办」 asks whether another may apply for them: answered first, then offered, even
    // beside the wish to apply (「想给她申请点补助…能不能让村里帮着办？」).
    if (parts.asksPermission) return false;
    // 「我家这种情况能申请什么？」 with one's own hardship told: the form starts and asks which kind of help.
    // Only asked, with nothing told (「家里困难 孩子上学有没有补助」), it is answered unless a programme is named.
    // Round 40: 「儿子在城里有楼有车 不管我 我这样的能申请低保不」「儿子寄三五百 这样还能吃低保不」: whether one's own
    // situation qualifies for a kind of help named is answered first (the answer offers to apply), unless the writer
    // also asks to be signed up (「能的话帮我申请」) or asks which help there is (「这种情况能申请什么」).
    if (
      parts.wantsToApply &&
      parts.wantIsQuestion &&
      ASKS_IF_QUALIFIES.test(ctx.text) &&
      !ASKS_WHICH.test(ctx.text) &&
      !ASKS_TO_SIGN_UP.test(ctx.text) &&
      typeFrom(ctx, { guess: false }) !== undefined
    )
      return false;
    if (parts.wantsToApply)
      return (
        !parts.wantIsQuestion ||
        // 「低保跟五保有啥不一样 俺爹能办五保不」: something else asked beside whether one may apply is answered
        // first; the answer offers to apply.
        (!parts.asksBesidesApplying &&
          (typeFrom(ctx, { guess: false }) !== undefined ||
            // A story with a precise question (条件, 多少, 材料 …) wants that answer first, too.
            (parts.ownHardship && parts.questions.length === 0)))
      );
    // 「困难职工救助 我腰伤了 工资少了一半」: a kind of help named beside one's own hardship, nothing asked (「是去残联还是
    // 去民政局办」 asks where to go: answered).
    if (
      parts.ownHardship &&
      !parts.asksSomething &&
      !parts.processQuestion &&
      typeFrom(ctx, { guess: false }) !== undefined
    )
      return true;
    return parts.ownHardship && parts.plea;
  },

  start(ctx) {
    // A cancel taken back starts the same kind of help again; what was given was deleted, and is asked again.
    const retracted = retractedCancel(ctx);
    if (retracted) ctx.say(ctx.services.replies.form_restarted);
    const assistanceType = retracted ?? typeFrom(ctx);
    const form = newApplication(assistanceType ?? 'unknown', ctx.at.toISOString());
    // Asked whether or how (「能申请吗」「咋申请」): a sentence of answer, then the form itself.
    if (!ctx.buttonId && ctx.parts.wantIsQuestion && (ctx.parts.wantsToApply || ctx.parts.asksForHelp))
      ctx.say(ctx.services.replies.apply_from_question);
    // What the opening asked besides applying (要准备什么材料) is answered first, then the form begins.
    answerOpeningQuestions(ctx, assistanceType);
    // Taken up from the offer under a policy answer, the form reads the question answered as its opening:
    // 「我爸…一个人住 不知道他能不能办」 tells whom it is for and what happened, 「好的」 tells nothing.
    const answered = ctx.buttonId?.startsWith('apply:') ? ctx.state.lastAnswer?.query : undefined;
    // The story told is kept to fill the form once the kind of help is chosen.
    if (!assistanceType)
      return Promise.resolve(askType(ctx, { ...form, opening: answered ?? openingOf(ctx) }));
    const definition = formOf(ctx, form);
    const source = answered ? withOpening(ctx, answered) : { text: ctx.text, entities: ctx.parse.entities };
    const { fields } = fillFields({}, definition, source.text, source.entities, []);
    const told = inferOpening(definition, fields, source.text, source.entities);
    // Everything the opening filled was read from a story, not answered to a question.
    return Promise.resolve(consentNotice(ctx, withInferredMarked({}, { ...form, fields, told }, [], [])));
  },

  async continue(ctx, current) {
    const waitedFor = fieldsWaitedFor(ctx.services, current);
    return markedAfter(current, waitedFor, await continueApplication(ctx, current));
  },

  resume(ctx, form) {
    // A form set aside at its privacy notice (an urgent opening that also asked to apply) may never have shown
    // the notice: it is shown whole now, not only 「请先回复同意」. One set aside before it asked which kind of
    // help (offered after a pressing hardship) has asked nothing yet, so there is nothing to go on with either.
    if (form.stage !== 'consent' && form.stage !== 'choose_type') ctx.say(ctx.services.replies.form_continue);
    return backToWhereItWas(ctx, form);
  },

  absorb(ctx, form) {
    // The answer an urgent message carried is kept: the fields asked, and anything unambiguous besides.
    const definition = formOf(ctx, form);
    const asked = definition.fields.filter((f) => askedFields(ctx, form).includes(f.name));
    const { fields } = fillFields(form.fields, definition, ctx.text, ctx.parse.entities, asked);
    return { ...form, fields, updatedAt: ctx.at.toISOString() };
  },

  withContact(form, contact) {
    if (!contact.phone || form.fields.phone !== undefined || !form.consent) return form;
    return { ...form, fields: { ...form.fields, phone: contact.phone } };
  },

  expecting(form, services) {
    switch (form.stage) {
      case 'choose_type':
        return ['type'];
      case 'consent':
        return [
          'consent',
          ...(isForSomeoneElse(form) ? ['proxy_consent'] : []),
          ...invitedKeys(services, form),
        ];
      case 'proxy_consent':
        return ['proxy_consent', ...invitedKeys(services, form)];
      case 'confirming':
        return ['confirm'];
      case 'choose_edit':
        return ['edit_field'];
      case 'resume':
        return ['resume'];
      case 'filling':
        return askedFields({ services }, form).map((name) => `field:${name}`);
    }
  },

  progress(form, services) {
    const definition = services.forms.forType(form.assistanceType);
    const next = nextQuestion(definition, form.fields, form.skipped);
    const total = totalSteps(definition);
    const askingFields = askedFields({ services }, form);
    const progress: FormProgress = {
      type: form.assistanceType,
      stage: form.stage,
      step: form.stage === 'confirming' ? total : (next?.step ?? total),
      total,
      missing: next ? next.missing.map((f) => f.name) : [],
      ...(askingFields[0] ? { asking: askingFields[0], askingFields } : {}),
    };
    return progress;
  },

  personalValues,

  summary: (form) => ({ type: form.assistanceType, fields: form.fields }),

  caseFields(form) {
    // Without the ID number: the application registers its own case under the duplicate guard.
    const { id_number: _idNumber, ...rest } = form.fields;
    return rest;
  },
};

/** The application moved to another kind of help: answers the new form asks are kept, the rest dropped. */
function switchType(ctx: TurnContext, form: ApplicationState, assistanceType: string): ApplicationState {
  const moved: ApplicationState = { ...form, assistanceType };
  const kept = new Set(formOf(ctx, moved).fields.map((f) => f.name));
  const fields = Object.fromEntries(
    Object.entries(form.fields).filter(([name]) => kept.has(name.replace(/_words$/u, ''))),
  );
  const next: ApplicationState = {
    ...moved,
    fields,
    skipped: form.skipped.filter((name) => kept.has(name)),
    told: Object.fromEntries(Object.entries(form.told).filter(([name]) => kept.has(name))),
  };
  if (form.stage === 'consent') return consentNotice(ctx, next);
  ctx.say(ctx.services.replies.type_switched, { title: titleOf(ctx, next) });
  if (form.stage === 'confirming' || form.stage === 'choose_edit')
    return confirm(ctx, { ...next, stage: 'confirming' });
  return ask(ctx, { ...next, stage: 'filling' });
}
