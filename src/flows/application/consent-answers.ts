import type { AnswerWords } from '../../engine/answer-words.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { extractEntities } from '../../nlu/entities/index.js';
import type { FormDefinition } from '../../forms/form-registry.js';
import { FIELD_KINDS, type FormField } from '../../forms/form-schema.js';
import { failedIdNumber } from './id-tail-fix.js';
import { fillFields } from './fill.js';
import { upcomingQuestion } from './inferred-fields.js';
import type { ApplicationState } from './state.js';

// Kinds a resident can write after 「同意」 in one line: not a choice (answered by its buttons, on its own) nor a
// free description (the story would swallow the yes).
const WRITABLE: ReadonlySet<FormField['kind']> = new Set(
  FIELD_KINDS.filter((kind) => kind !== 'choice' && kind !== 'text'),
);

// Where the first chunk of an answer ends: 「同意，张三 3202…」「中 孔凡之」.
const CHUNK_END = /[\s，,。.！!、；;：:]/u;
// Thanks and politeness said with the yes.
// 「谢谢老师」「感谢你们」: thanks to whoever the resident thinks they are writing to.
const THANKS = /^(?:(?:谢谢|多谢|感谢)\p{Script=Han}{0,3}|谢了|麻烦(?:你|您)?了|辛苦(?:你|您)?了|好的)$/u;
// The answer is read this far for its yes: a consent is never said after a 2,000-character story.
const MAX_CHARS = 2000;
// 「同意张三 3202…」: the yes written straight onto what follows.
const YES_WRITTEN_ON = /^(?:我|俺)?同意(?:的|了|哩|啊|呀|吧|嘞|哈|呢|啦)*/u;

// Who the help is for is a choice, but one residents say in a few words with their yes (「同意，给我妈申请」).
const SAID_WITH_YES: ReadonlySet<string> = new Set(['applicant_relation']);

/**
 * The fields the privacy notice invites the resident to send with their 「同意」: the next question's open
 * fields, when each is one a resident can simply write (names, numbers, an address), so one message gives both.
 */
export function fieldsInvitedWithConsent(
  definition: FormDefinition,
  form: ApplicationState,
): readonly FormField[] {
  const { next } = upcomingQuestion(definition, form);
  if (!next) return [];
  // What the opening told of the same question is invited again with the rest, so a misreading is put right; so is
  // who applies when the story was read as the writer's own (see `selfAssumed`).
  const open = definition.fields.filter(
    (f) =>
      next.question.fields.includes(f) ||
      next.again.includes(f) ||
      (f.name === 'applicant_relation' && selfAssumed(form)),
  );
  return open.length > 0 && open.every((f) => WRITABLE.has(f.kind) || SAID_WITH_YES.has(f.name)) ? open : [];
}

/**
 * True when who applies was read from the opening as the writer themself, not answered: the privacy notice says so
 * and invites a correction with the yes (round 49: 「我係幫我家婆問嘅」, 「想帮社区一个小伙子申请」 were read as the
 * writer's own and never asked).
 */
export function selfAssumed(form: ApplicationState): boolean {
  return (
    !form.consent &&
    form.fields.applicant_relation === '本人申请' &&
    form.inferred.includes('applicant_relation')
  );
}

/**
 * What follows the resident's own yes in an answer to the privacy notice (「中 孔凡之 3708…」 → 「孔凡之 3708…」,
 * 「en 同意 我自己申请」 → 「我自己申请」, 「…算了 你们是政府的嘛 同意 文秀英 5113…」 → 「文秀英 5113…」), or undefined
 * when it says no yes. A 「不同意」 is never a yes.
 */
export function afterConsentYes(words: AnswerWords, text: string): string | undefined {
  const trimmed = text.trim().slice(0, MAX_CHARS);
  // 「I do not agree」: a refusal is no yes for the word 「agree」 in it, unless the answer opens with its yes
  // (「同意哩 …老汉身体不行」).
  const opening = trimmed.slice(0, chunkEnd(trimmed, 0));
  if (words.is('consent_no', trimmed) && !words.is('consent_yes', opening)) return undefined;
  let start = 0;
  let afterYes: number | undefined;
  while (start < trimmed.length) {
    const end = chunkEnd(trimmed, start);
    const chunk = trimmed.slice(start, end);
    // 「同意 谢谢 本人」: thanks after the yes are no answer either.
    if (afterYes !== undefined && THANKS.test(chunk)) afterYes = end;
    else if (chunk !== '' && !words.is('consent_no', chunk) && words.is('consent_yes', chunk)) {
      // 「同意张三」: the yes written straight onto a name ends where the yes does.
      const written = YES_WRITTEN_ON.exec(chunk);
      afterYes = written ? start + written[0].length : end;
    } else if (afterYes !== undefined) break;
    start = end;
    while (start < trimmed.length && CHUNK_END.test(trimmed[start] ?? '')) start++;
  }
  if (afterYes !== undefined) return trimmed.slice(afterYes).trim();
  const written = YES_WRITTEN_ON.exec(trimmed);
  return written ? trimmed.slice(written[0].length).trim() : undefined;
}

/** Where the chunk that starts at `start` ends. */
function chunkEnd(text: string, start: number): number {
  const at = text.slice(start).search(CHUNK_END);
  return at < 0 ? text.length : start + at;
}

/**
 * The invited fields read from what followed the yes, with the reason an ID number typed there was not taken
 * (said at once, before the question asks for it again). The form is unchanged when nothing was given.
 */
export function answersGivenWithYes(
  ctx: TurnContext,
  definition: FormDefinition,
  form: ApplicationState,
  invited: readonly FormField[],
  rest: string,
): { form: ApplicationState; filled: readonly string[] } {
  if (rest === '' || invited.length === 0) return { form, filled: [] };
  const given = fillFields(form.fields, definition, rest, extractEntities(rest), invited);
  if (given.filled.length === 0) return { form, filled: [] };
  const idProblem = /[0-9]{6}/.test(rest)
    ? given.problems.find((p) => p.field.kind === 'id_number' && !given.filled.includes(p.field.name))
    : undefined;
  if (idProblem) ctx.reply(`其他信息记下了。${idProblem.problem}`);
  const rejectedId = idProblem ? (failedIdNumber(rest) ?? null) : null;
  return { form: { ...form, fields: given.fields, rejectedId }, filled: given.filled };
}

/** Says which answers may come with the yes, when the next question invites any. */
export function inviteAnswersWithYes(ctx: TurnContext, invited: readonly FormField[]): void {
  const { replies } = ctx.services;
  if (invited.length === 0) return;
  if (invited.every((f) => SAID_WITH_YES.has(f.name))) ctx.say(replies.consent_with_relation);
  else
    ctx.say(replies.consent_with_answers, {
      fields: invited
        .filter((f) => !SAID_WITH_YES.has(f.name))
        .map((f) => f.label)
        .join('、'),
    });
}
