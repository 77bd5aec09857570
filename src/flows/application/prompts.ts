import type { FormDefinition } from '../../forms/form-registry.js';
import { totalSteps } from '../../forms/form-progress.js';
import { displayValue, summaryLines } from '../../forms/summary.js';
import { dynamicButton } from '../../engine/buttons.js';
import { fillTemplate } from '../../engine/system-replies.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { fieldsInvitedWithConsent, inviteAnswersWithYes, selfAssumed } from './consent-answers.js';
import { upcomingQuestion } from './inferred-fields.js';
import { likelyTypes } from './likely-types.js';
import type { ApplicationState } from './state.js';

/** The form for the application's type (types without a form of their own share the general one). */
export function formOf(ctx: TurnContext, form: ApplicationState): FormDefinition {
  return ctx.services.forms.forType(form.assistanceType);
}

/** The application's title as residents read it. */
export function titleOf(ctx: TurnContext, form: ApplicationState): string {
  if (form.assistanceType === 'unknown') return '社会救助';
  const definition = formOf(ctx, form);
  return definition.formType === 'general'
    ? ctx.services.locality.typeLabel(form.assistanceType)
    : definition.title;
}

/** True when the writer applies for another person (a relative, or the village or residents' committee). */
export function isForSomeoneElse(form: ApplicationState): boolean {
  const relation = form.fields.applicant_relation;
  return relation !== undefined && relation !== '本人申请';
}

/** Asks the next question of the form, or shows the summary when every field is in. */
export function ask(ctx: TurnContext, form: ApplicationState): ApplicationState {
  // Someone else's data: whether that person agreed is asked once, as soon as the form knows who applies.
  if (form.consent && form.proxyConsent === null && isForSomeoneElse(form)) {
    ctx.say(ctx.services.replies.proxy_consent_ask);
    inviteAnswersWithYes(ctx, fieldsInvitedWithConsent(formOf(ctx, form), form));
    ctx.state.topic = 'apply';
    return { ...form, stage: 'proxy_consent' };
  }
  const definition = formOf(ctx, form);
  const { fields, next } = upcomingQuestion(definition, form);
  if (!next) return confirm(ctx, { ...form, fields, stage: 'confirming', asking: null, editing: false });
  const { question, again, step, total } = next;
  // A group partly answered (or partly left for staff) asks only what is still open, each field in its own words.
  const groupSize = definition.fields.filter((f) => `group:${f.group}` === question.key).length;
  const text =
    question.key.startsWith('group:') && question.fields.length < groupSize
      ? question.fields.map((f) => f.question).join('')
      : question.text;
  const choices = question.fields.length === 1 ? question.fields[0]?.choices : undefined;
  // 「已记下：有重病病人。」: what the opening told is shown, so the resident adds only what else applies.
  const told = question.fields.length === 1 ? form.told[question.fields[0]?.name ?? ''] : undefined;
  // 「已记下：家庭人口3人（不对的话一起告诉我）」: what was read from the story is shown beside the question asked
  // anyway, so a misreading is put right without a turn of its own, and a right one need not be said again.
  const recorded = again.map((f) => `${f.label}${displayValue(f, fields[f.name] ?? '')}`).join('、');
  const note = recorded ? `已记下：${recorded}（不对的话一起告诉我）。` : '';
  ctx.reply(
    `（第${step}步/共${total}步）${told ? `已记下：${told}。` : ''}${note}${text}`,
    choices?.map(dynamicButton.choice),
  );
  ctx.state.topic = 'apply';
  // A question that asks an inferred field again is its group's (nextQuestion keeps the group's key), so the
  // answer is read against the group's open and rechecked fields alike.
  return { ...form, fields, stage: 'filling', asking: question.key };
}

/** Shows the summary with sensitive numbers masked, the honesty commitment and 确认提交 / 修改 / 取消. */
export function confirm(ctx: TurnContext, form: ApplicationState): ApplicationState {
  const definition = formOf(ctx, form);
  const total = totalSteps(definition);
  const { replies } = ctx.services;
  const lines = summaryLines(definition, form.fields, form.skipped);
  ctx.reply(
    [
      `（第${total}步/共${total}步）${fillTemplate(replies.confirm_header.text, { title: titleOf(ctx, form) })}`,
      ...lines,
    ].join('\n'),
  );
  ctx.say(replies.confirm_footer);
  ctx.state.topic = 'apply';
  return { ...form, stage: 'confirming', asking: null, editing: false };
}

/** 「您要改哪一项？」 with a button for every field answered so far. */
export function chooseEdit(ctx: TurnContext, form: ApplicationState): ApplicationState {
  const answered = formOf(ctx, form).fields.filter((f) => form.fields[f.name] !== undefined);
  ctx.reply(
    ctx.services.replies.choose_edit.text,
    answered.map((f) => dynamicButton.edit(f.name, f.label)),
  );
  return { ...form, stage: 'choose_edit' };
}

/** The privacy notice and the separate consent question, before anything sensitive is kept. */
export function consentNotice(ctx: TurnContext, form: ApplicationState): ApplicationState {
  ctx.say(ctx.services.replies.consent_notice, {
    title: titleOf(ctx, form),
    officeHours: ctx.services.locality.officeHours,
  });
  // Known to be for someone else: their agreement is asked in the same breath, so one answer can give both.
  if (isForSomeoneElse(form)) ctx.say(ctx.services.replies.proxy_consent_with_notice);
  // Read as the writer's own from the story: said, so that one who applies for someone else says so with the yes.
  else if (selfAssumed(form)) ctx.say(ctx.services.replies.consent_self_assumed);
  // The next question's answers may come with the yes, which saves the resident a turn.
  inviteAnswersWithYes(ctx, fieldsInvitedWithConsent(formOf(ctx, form), form));
  ctx.state.topic = 'apply';
  return { ...form, stage: 'consent' };
}

/** Asks which kind of help: the kinds the opening's words point to when several do, else a button per common type. */
export function askType(ctx: TurnContext, form: ApplicationState): ApplicationState {
  const likely = form.opening ? likelyTypes(form.opening) : [];
  if (likely.length >= 2) {
    const reply = ctx.canned(ctx.services.replies.ask_type_likely);
    ctx.reply(
      reply.text,
      [...likely, 'unknown'].map((type) => ctx.button(`type:${type}`)),
    );
  } else ctx.say(ctx.services.replies.ask_type);
  ctx.state.topic = 'apply';
  return { ...form, stage: 'choose_type' };
}
