import { createHash } from 'node:crypto';
import { dynamicButton } from '../../../engine/buttons.js';
import { asksInWords, isPolicyQuestion } from '../../../engine/handlers/asides.js';
import { failedIdNumber, idWithTailFixed } from '../id-tail-fix.js';
import type { TurnContext } from '../../../engine/turn-context.js';
import type { FormField } from '../../../forms/form-schema.js';
import { extractEntities } from '../../../nlu/entities/index.js';
import { fillFields, withTold } from '../fill.js';
import { fieldsAsked } from '../inferred-fields.js';
import { asksForMaterials, tellMaterialsSoFar } from '../materials-so-far.js';
import { ask, confirm, formOf } from '../prompts.js';
import { ownDuplicate, ownOpenCase } from '../register.js';
import type { ApplicationState } from '../state.js';

// Fields that say who the applicant is and how to reach them: a case cannot go on without them.
const IDENTIFYING: ReadonlySet<string> = new Set(['person_name', 'id_number', 'phone', 'address']);

// Tries at a choice before it is left for staff with the resident's own words.
const CHOICE_TRIES = 2;

/** After this many failed answers to one field the resident may skip it (staff complete it) or ask for a person. */
export const MAX_FAILURES = 3;

// 「另外问一下」「对了 想问下」「顺便问问」: words that open a question.
const OPENS_ASKING =
  /^(?:另外|还有|对了|顺便|再|哦|噢)?[，,、\s]*(?:问一下|问下|问问|想问|请问|打听一下|咨询一下)|^(?:对了|另外|顺便)[，,、\s]/u;

// A message that ends as a question: a question mark, or 吗 / 呢 last.
const ENDS_ASKING = /(?:[？?]|[吗呢][？?。!！]*)$/u;
// A clause closed by 呢 with no question word, no 吗 and no A-not-A in it (「孙子念四年级呢」「还在医院住着呢」) states.
const STATES_WITH_NE = /^[^？?吗么嘛什啥哪谁几怎咋多没不要能可]{2,}呢$/u;

// Round 45: how long a story must be to be the answer to 说说困难 even with a question at its end, and how much of
// it (from its start) must ask nothing.
const STORY_CHARS = 40;
const STORY_HEAD = 0.6;

/**
 * A story told at length that asks only at its end (「在江阴这个工地干了大半年…我们也不知道去哪里告要不要钱请律师」): to
 * a question asking for the resident's own words, the story is the answer, whatever it asks last.
 */
function tellsStoryThenAsks(text: string): boolean {
  const chars = [...text.replace(/\s+/gu, '')];
  // 「对了 我还想问一下…」 opens by saying it asks: a question, however long.
  if (chars.length < STORY_CHARS || OPENS_ASKING.test(text.trim())) return false;
  return !asksInWords(chars.slice(0, Math.floor(chars.length * STORY_HEAD)).join(''));
}

/** A short digest of a message's words, to know the same message when it is sent again. */
function digestOf(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/gu, '')).digest('base64url').slice(0, 16);
}

/** The form with these fields left for staff (each once), so the next question moves past them. */
function withSkipped(form: ApplicationState, names: readonly string[]): ApplicationState {
  return { ...form, skipped: [...new Set([...form.skipped, ...names])] };
}

/** 「不清楚」 taken: the fields asked are left for staff to check, said kindly, and the next question follows. */
function leftForStaff(
  ctx: TurnContext,
  form: ApplicationState,
  asked: readonly FormField[],
): ApplicationState {
  ctx.say(ctx.services.replies.field_left_for_staff);
  return ask(
    ctx,
    withSkipped(
      form,
      asked.map((f) => f.name),
    ),
  );
}

/** Answers to the question asked (several fields at once are welcome), with a kind word for what was wrong. */
export async function fillingStage(
  ctx: TurnContext,
  form: ApplicationState,
): Promise<ApplicationState | null> {
  const definition = formOf(ctx, form);
  const asked = fieldsAsked(definition, form);
  // 「不清楚」 and skipping speak of the fields still open, not of what the story told and the question showed again.
  const open = asked.filter((f) => form.fields[f.name] === undefined);
  const due = open.filter((f) => (form.failures[f.name] ?? 0) >= MAX_FAILURES).map((f) => f.name);
  // Once skipping has been offered, 「不清楚」 takes the offer: asking a fifth time would not get a better answer.
  const skips =
    ctx.buttonId === 'skip_field' ||
    ctx.services.words.is('skip', ctx.text) ||
    (due.length > 0 && ctx.services.words.is('unknown', ctx.text));
  if (skips && open.length > 0) return ask(ctx, withSkipped(form, due));
  // 「不清楚」 to an amount, a choice or a description: the resident cannot know better by being asked again, so
  // the field is left for staff to check. Who the applicant is and how to reach them are still needed.
  // Where they live is for staff to ask on the phone once a number to call is on the form: a person in
  // crisis or without a fixed home may not say it, and asking again only makes them repeat 「不清楚」.
  const reachable = definition.fields.some((f) => f.kind === 'phone' && form.fields[f.name] !== undefined);
  const leavable = open.filter((f) => !IDENTIFYING.has(f.kind) || (f.kind === 'address' && reachable));
  const unknown = ctx.services.words.is('unknown', ctx.text);
  if (leavable.length > 0 && leavable.length === open.length && unknown) return leftForStaff(ctx, form, open);
  // 「不清楚」 to who the applicant is or how to reach them: asking again would only get 「不清楚」 again, and 「没看清
  // 姓名」 would blame the resident. They are told why it is needed and offered to skip it or reach a person;
  // a second 「不清楚」 takes the skip.
  const identifying = open.filter((f) => !leavable.includes(f));
  // Someone in an emergency is not pressed: the person on duty who calls them back completes who they are.
  if (identifying.length > 0 && unknown && ctx.state.urgency !== 'none') return leftForStaff(ctx, form, open);
  if (identifying.length > 0 && unknown) {
    ctx.say(ctx.services.replies.identity_unknown);
    const failures = { ...form.failures };
    for (const f of identifying) failures[f.name] = Math.max(failures[f.name] ?? 0, MAX_FAILURES);
    return { ...form, failures };
  }
  // The same words sent again after they were answered as a question asked back: the resident means them as the
  // answer (round 43: a hardship told with 「补课啥的都要钱」 was answered as a policy question three times over).
  const digest = digestOf(ctx.text);
  // A story that closes with a question is the answer to a free-text field: its question is answered beside it,
  // and the form goes on (round 45: the same story was asked for twice).
  const storyAsks =
    asked.length > 0 &&
    asked.every((f) => f.kind === 'text') &&
    tellsStoryThenAsks(ctx.text) &&
    (ctx.parts.askedBack.length > 0 || isPolicyQuestion(ctx));
  if (storyAsks && form.asideDigest !== digest) await ctx.aside({ asked: ctx.parts.processQuestion });
  const insists = form.asideDigest === digest || storyAsks;
  // A free-text question asked back (「对了 要带什么材料啊」) is not the hardship it would otherwise fill:
  // it is answered, and the same question is asked again.
  if (
    !insists &&
    asked.length > 0 &&
    asked.every((f) => f.kind === 'text') &&
    isPolicyQuestion(ctx) &&
    ((asksForMaterials(ctx.parts.questions) && tellMaterialsSoFar(ctx, form)) || (await ctx.aside()))
  ) {
    ctx.say(ctx.services.replies.form_continue);
    return ask(ctx, { ...form, asideDigest: digest });
  }
  // 「等一下 办这个要准备什么材料啊」 to 「多少收入？」 is a question, not an answer: what is left once its
  // question clauses are gone gives no field asked, so the question is answered and the field asked again.
  // So is 「对了 这个要家长签字吗」: any clause asked back, not only one about a policy topic, once the rest of
  // the message answers nothing asked (a question naming 爸妈 is no count of the household).
  // Round 41: 「孙子念四年级呢」 ends with 呢 and asks nothing: a statement, kept as the answer.
  const askedBack = [...new Set([...ctx.parts.questions, ...ctx.parts.askedBack])].filter(
    (c) => !STATES_WITH_NE.test(c.trim()),
  );
  // The words read as answers: without the clauses asked back when the rest answers nothing asked, so that a
  // question the asides cannot answer still fills no field with its words.
  let answerText = ctx.text;
  let answerEntities = ctx.parse.entities;
  // 「最后一位打错了 是X 不是1」 after an ID number failed its check: the number typed before, corrected.
  const idFixed = form.rejectedId === null ? undefined : idWithTailFixed(form.rejectedId, ctx.text);
  if (idFixed !== undefined) {
    answerText = idFixed;
    answerEntities = extractEntities(idFixed);
  } else if (!insists && asked.length > 0 && askedBack.length > 0) {
    const rest = withoutClauses(ctx.text, askedBack);
    const restEntities = extractEntities(rest);
    const probe = fillFields(form.fields, definition, rest, restEntities, asked);
    // 「另外问一下，她家两个孩子上学，能不能同时申请教育救助？」 to a question of choices: a message that opens by
    // saying it asks is a question, whatever choice words its story holds.
    // To a question of figures it must end asking too: 「顺便问一下，她两个孩子读书的费用，能不能另外申请教育救助？」
    // counts no household.
    const said = ctx.text.trim();
    const opensAsking =
      OPENS_ASKING.test(said) &&
      (asked.every((f) => f.kind === 'choice' || f.kind === 'text') || ENDS_ASKING.test(said));
    const notAnswer = opensAsking || !asked.some((f) => probe.filled.includes(f.name));
    if (notAnswer) {
      answerText = rest;
      answerEntities = restEntities;
    }
    // What to bring is this form's own checklist; any other question goes to the usual asides.
    // A question about the process (「被欠的工资能找谁要啊」) is answered or declined, never taken for the field.
    if (
      notAnswer &&
      ((asksForMaterials(ctx.parts.questions) && tellMaterialsSoFar(ctx, form)) ||
        (await ctx.aside({ asked: ctx.parts.processQuestion })))
    ) {
      ctx.say(ctx.services.replies.form_continue);
      return ask(ctx, { ...form, asideDigest: digest });
    }
  }
  const filling = fillFields(form.fields, definition, answerText, answerEntities, asked, form.lastAnswered);
  const { filled, problems } = filling;
  // An answer where several choices may apply adds to what the opening already told.
  const answered = asked.filter((f) => filled.includes(f.name)).map((f) => f.name);
  const fields = withTold(definition, filling.fields, form.told, answered, [], answerText);
  const next: ApplicationState = {
    ...form,
    fields,
    lastAnswered: answered,
    rejectedId: null,
    asideDigest: null,
  };
  const answeredAsked = asked.some((f) => filled.includes(f.name));
  // Not an answer: maybe a question or a greeting in the middle of the form; answer it, then resume.
  if (filled.length === 0 && !insists && (await ctx.aside())) {
    ctx.say(ctx.services.replies.form_continue);
    return ask(ctx, { ...next, asideDigest: digest });
  }
  // An ID number that fails its check is explained at once, even when the same message gave other fields,
  // but only when the resident actually typed digits: 「她叫王秀英」 simply leaves the ID for the next question.
  const idProblem = /[0-9]{6}/.test(ctx.text.replace(/\s/g, ''))
    ? problems.find((p) => p.field.kind === 'id_number' && !filled.includes(p.field.name))
    : undefined;
  const firstProblem = idProblem ?? problems.find((p) => !filled.includes(p.field.name));
  if (!idProblem && !answeredAsked && firstProblem && filled.length > 0) {
    // The message answered something else (a correction, a field given early): keep it and ask again, kindly.
    ctx.reply('好的，记下了。');
    return ask(ctx, next);
  }
  if (firstProblem && (idProblem || !answeredAsked)) {
    const name = firstProblem.field.name;
    const failures = { ...next.failures, [name]: (next.failures[name] ?? 0) + 1 };
    // A choice the resident's words did not match twice is theirs to say, not ours to ask a third time:
    // their words are kept for staff, who pick the option when they check, and the form goes on.
    if (firstProblem.field.kind === 'choice' && (failures[name] ?? 0) >= CHOICE_TRIES) {
      ctx.say(ctx.services.replies.field_left_for_staff);
      const kept = {
        ...next,
        failures,
        fields: { ...next.fields, [`${name}_words`]: ctx.text.slice(0, 200) },
      };
      return ask(ctx, withSkipped(kept, [name]));
    }
    if ((failures[name] ?? 0) >= MAX_FAILURES) {
      ctx.say(ctx.services.replies.ask_skip_or_human);
      ctx.push({
        type: 'handoff',
        priority: 'normal',
        reasons: [`${firstProblem.field.label}多次填写未通过`],
      });
      return { ...next, failures, asking: name };
    }
    ctx.reply(
      `${filled.length > 0 ? '其他信息记下了。' : ''}${firstProblem.problem}`,
      firstProblem.field.choices?.map(dynamicButton.choice),
    );
    return {
      ...next,
      failures,
      asking: name,
      rejectedId: idProblem ? (failedIdNumber(ctx.text) ?? null) : null,
    };
  }
  if (filled.includes('id_number')) {
    const existing = ownOpenCase(ctx, next);
    if (existing) return ownDuplicate(ctx, next, existing);
  }
  if (form.editing) return confirm(ctx, next);
  return ask(ctx, next);
}

/** The message without the clauses given (each removed once), for reading what else it says. */
function withoutClauses(text: string, clauses: readonly string[]): string {
  return clauses.reduce((rest, clause) => rest.replace(clause, ' '), text).trim();
}
