import type { CaseLedger } from '../cases/case-types.js';
import { CASE_STATUS_LABELS } from '../cases/case-types.js';
import type { FormDefinition, FormRegistry } from '../forms/form-registry.js';
import type { FormField } from '../forms/form-schema.js';
import { nextQuestion, totalSteps } from '../forms/form-progress.js';
import { lastEntity, readAnswer, type FieldValue } from '../forms/read-answer.js';
import { hardshipFromMessage, inferApplicantRelation } from '../forms/infer.js';
import { summaryLines } from '../forms/summary.js';
import { extractEntities } from '../nlu/entities/index.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import type { Entity, ParseResult } from '../nlu/types.js';
import {
  fillTemplate,
  cannedReply as reply,
  type CannedReply,
  type SystemReplies,
} from './system-replies.js';
import type { ConversationState, FormState, OutboundAction } from './types.js';

/** Facts about the locality the flow tells residents. */
export interface FlowLocality {
  code: string;
  name: string;
  officeHours: string;
  hotline: string;
  hotlineName: string;
  /** Materials list as plain lines, for residents who apply in person. */
  materialsFor(assistanceType: string): string[];
  /** Display name of an assistance type. */
  typeLabel(assistanceType: string): string;
  /** Formats a deadline for residents, e.g. 「11月26日（周四）」. */
  formatDate(at: Date): string;
}

/** What the application flow is built from. */
export interface ApplicationFlowDeps {
  forms: FormRegistry;
  ledger: CaseLedger;
  replies: SystemReplies;
  locality: FlowLocality;
}

/** One turn's outcome inside the flow. */
export interface FlowOutput {
  actions: OutboundAction[];
  state: ConversationState;
}

/** Answers a message that is not part of the form (a question, a greeting) so the form can resume after. */
export type AsideAnswer = (
  parse: ParseResult,
  text: string,
  state: ConversationState,
) => Promise<FlowOutput | undefined>;

// A resident who comes back after this long is asked whether to continue, not dropped into a question.
const RESUME_AFTER_MS = 2 * 60 * 60 * 1000;
const MAX_FAILURES = 3;
const CORRECTION = /说错|写错|不对|不是|改成|改为|更正|应该是|其实是/;
const NAME_CORRECTION =
  /(?:名字|姓名)(?:打|写|输|说)?错了?[，,\s]*(?:应该)?(?:是|叫)?([\p{Script=Han}·]{2,6})/u;

// Words that show which field of a group question a plain answer speaks of.
const GROUP_CUES: Readonly<Record<FormField['kind'], RegExp>> = {
  integer: /[口人俩仨]|[0-9一二两三四五六七八九十]个(?!月)|^\s*[0-9一二两三四五六七八九十]{1,2}\s*$/,
  money: /[块元千万百]|收入|工资|养老金|低保金|补贴|没有|没钱/,
  person_name: /./,
  address: /./,
  id_number: /[0-9]/,
  phone: /[0-9]/,
  text: /./,
  choice: /./,
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  低保: 'minimum_living',
  特困供养: 'extreme_poverty',
  五保: 'extreme_poverty',
  临时救助: 'temporary',
  医疗救助: 'medical',
  教育救助: 'education',
  住房救助: 'housing',
  就业救助: 'employment',
  受灾救助: 'disaster',
  残疾人救助: 'disability',
  不清楚: 'unknown',
  不知道: 'unknown',
};

const CANCEL = /^(?:取消|取消申请|不办了|不申请了|算了|退出|不填了|不弄了)$/;
const CONFIRM = /^(?:确认提交|确认|提交|确定|没问题|对的|是的|可以|好的?)$/;
const EDIT = /^(?:修改|改一下|要改|有错|不对)$/;
const WITHDRAW = /撤回同意/;
const CONSENT_NO = /不同意|不愿意|拒绝/;
const CONSENT_YES = /同意|可以|好的|行|愿意|没问题|^嗯+$|^好$|^是$|^对$/;

function numbered(lines: readonly string[]): string {
  return lines.map((line, i) => `${i + 1}. ${line}`).join('\n');
}

/** Guided applications: consent, one question at a time, confirmation, registration with receipt and deadlines. */
export function createApplicationFlow(deps: ApplicationFlowDeps) {
  const { forms, ledger, replies, locality } = deps;

  const formOf = (form: FormState): FormDefinition => forms.forType(form.assistanceType);
  const titleOf = (form: FormState): string =>
    form.assistanceType === 'unknown'
      ? '社会救助'
      : formOf(form).formType === 'general'
        ? locality.typeLabel(form.assistanceType)
        : formOf(form).title;
  const common = (): Record<string, string> => ({
    locality: locality.name,
    hotline: locality.hotline,
    hotlineName: locality.hotlineName,
    officeHours: locality.officeHours,
  });

  /** Fills every field this message gives: entities anywhere, plain answers for the fields just asked. */
  function fill(
    form: FormState,
    definition: FormDefinition,
    text: string,
    allEntities: readonly Entity[],
    asked: readonly FormField[],
  ) {
    // 「不是四口人是五口」: what follows the last 是 is the correction, so its entities win.
    const correction = /不是(.+?)(?:而)?是(.+)$/.exec(text);
    const entities = correction
      ? [...allEntities, ...correctedEntities(correction[1] ?? '', correction[2] ?? '')]
      : allEntities;
    // 「名字打错了，是李国栋」: a corrected name replaces the applicant's, whatever is being asked.
    const renamed = NAME_CORRECTION.exec(text)?.[1];
    const fields = { ...form.fields };
    const filled: string[] = [];
    const problems: { field: FormField; problem: string }[] = [];
    for (const field of definition.fields) {
      const isAsked = asked.includes(field);
      const entity = field.entity ? lastEntity(entities, field.entity) : undefined;
      if (!isAsked) {
        // Unasked fields take only unambiguous entities: a relative's name in a story must not replace the applicant's.
        if (!entity) continue;
        if ((field.kind === 'person_name' || field.kind === 'address') && fields[field.name] !== undefined)
          continue;
        if (field.kind === 'text' || field.kind === 'choice') continue;
        // A number told in passing (「俺一个人带着孙子」) does not replace an answer already given, unless it is a correction.
        if (
          (field.kind === 'integer' || field.kind === 'money') &&
          fields[field.name] !== undefined &&
          !CORRECTION.test(text)
        )
          continue;
      }
      if (isAsked && !entity && asked.length > 1 && !GROUP_CUES[field.kind].test(text)) {
        // In a group question a field is read from plain words only when the words speak of it.
        continue;
      }
      if (
        !isAsked &&
        (field.kind === 'money' || field.kind === 'integer') &&
        asked.some((a) => a.kind === field.kind)
      ) {
        // 「自己付了四万多」 answers the money field asked, not the household income.
        continue;
      }
      const reading = readAnswer(
        field,
        isAsked && asked.length > 1 ? stripOtherFields(text, entities, field) : text,
        entities,
      );
      if (reading.ok) {
        fields[field.name] = reading.value;
        filled.push(field.name);
      } else if (isAsked) problems.push({ field, problem: reading.problem });
    }
    if (entities.some((e) => e.type === 'invalid_id_number')) {
      const idField = definition.fields.find((f) => f.kind === 'id_number');
      if (idField && !filled.includes(idField.name)) {
        problems.unshift({
          field: idField,
          problem: readAnswer(idField, invalidIdText(text), []).ok ? '' : idProblem(text, idField),
        });
      }
    }
    const nameField = definition.fields.find((f) => f.kind === 'person_name');
    if (renamed && nameField) {
      fields[nameField.name] = renamed;
      if (!filled.includes(nameField.name)) filled.push(nameField.name);
    }
    return {
      fields,
      filled,
      problems: problems.filter((p) => p.problem !== '' && !(renamed && p.field === nameField)),
    };
  }

  /** The entities of a correction: 「不是四口人是五口」 repeats the type of 四口人 with the number of 五口. */
  function correctedEntities(wrong: string, right: string): Entity[] {
    const found = extractEntities(right);
    if (found.length > 0) return found;
    const value = parseChineseNumber(/[0-9.]+|[零〇一二两三四五六七八九十百千万]+/.exec(right)?.[0] ?? '');
    if (value === undefined) return [];
    return extractEntities(wrong)
      .filter((e) => typeof e.value === 'number')
      .map((e) => ({ type: e.type, value: value, text: right }));
  }

  function idProblem(text: string, field: FormField): string {
    const reading = readAnswer(field, invalidIdText(text), []);
    return reading.ok ? '' : reading.problem;
  }

  function invalidIdText(text: string): string {
    return /[0-9]{17}[0-9xX]/.exec(text.replace(/\s/g, ''))?.[0] ?? text;
  }

  function stripOtherFields(text: string, entities: readonly Entity[], keep: FormField): string {
    let rest = text;
    for (const entity of entities) {
      if (entity.text && entity.type !== keep.entity) rest = rest.replace(entity.text, ' ');
    }
    return rest.replace(/\s+/g, ' ').trim();
  }

  /** Fills what the first message implies: who applies, the hardship in the resident's words, optional choices. */
  function inferOpening(
    definition: FormDefinition,
    fields: Record<string, FieldValue>,
    text: string,
    entities: readonly Entity[],
  ): void {
    for (const field of definition.fields) {
      if (!field.infer || fields[field.name] !== undefined) continue;
      if (field.name === 'applicant_relation') fields[field.name] = inferApplicantRelation(text);
      else if (field.kind === 'text') {
        const hardship = hardshipFromMessage(text, entities);
        if (hardship) fields[field.name] = hardship;
      } else if (field.kind === 'choice') {
        // Only aliases count here: a choice is inferred from words that clearly mean it, never guessed.
        const choice = Object.entries(field.aliases ?? {}).find(([, words]) =>
          words.some((w) => text.includes(w)),
        )?.[0];
        if (choice) fields[field.name] = choice;
      }
    }
  }

  function ask(form: FormState, state: ConversationState, prefix: OutboundAction[] = []): FlowOutput {
    const definition = formOf(form);
    const next = nextQuestion(definition, form.fields, form.skipped);
    if (!next) return confirm({ ...form, stage: 'confirming', asking: null, editing: false }, state, prefix);
    const { question, step, total } = next;
    const choices = question.fields.length === 1 ? question.fields[0]?.choices : undefined;
    const action: OutboundAction = {
      type: 'reply',
      text: `（第${step}步/共${total}步）${question.text}`,
      ...(choices ? { quickReplies: [...choices] } : {}),
    };
    return {
      actions: [...prefix, action],
      state: { ...state, topic: 'apply', form: { ...form, stage: 'filling', asking: question.key } },
    };
  }

  function confirm(form: FormState, state: ConversationState, prefix: OutboundAction[] = []): FlowOutput {
    const definition = formOf(form);
    const total = totalSteps(definition);
    const lines = summaryLines(definition, form.fields, form.skipped);
    const text = [
      `（第${total}步/共${total}步）${fillTemplate(replies.confirm_header.text, { title: titleOf(form) })}`,
      ...lines,
    ].join('\n');
    return {
      actions: [...prefix, { type: 'reply', text }, reply(replies.confirm_footer)],
      state: {
        ...state,
        topic: 'apply',
        form: { ...form, stage: 'confirming', asking: null, editing: false },
      },
    };
  }

  /** 「您要改哪一项？」 with a button for every field answered so far. */
  function chooseEditPrompt(form: FormState): OutboundAction {
    const answered = formOf(form)
      .fields.filter((f) => form.fields[f.name] !== undefined)
      .map((f) => f.label);
    return { type: 'reply', text: replies.choose_edit.text, quickReplies: answered };
  }

  function consentNotice(
    form: FormState,
    state: ConversationState,
    prefix: OutboundAction[] = [],
  ): FlowOutput {
    return {
      actions: [...prefix, reply(replies.consent_notice, { ...common(), title: titleOf(form) })],
      state: { ...state, topic: 'apply', form: { ...form, stage: 'consent' } },
    };
  }

  function discard(
    form: FormState,
    state: ConversationState,
    canned: CannedReply,
    values: Record<string, string>,
  ): FlowOutput {
    return {
      actions: [
        reply(canned, { ...common(), title: titleOf(form), ...values }),
        { type: 'redact_transcript' },
      ],
      state: { ...state, topic: null, form: null },
    };
  }

  function cancel(form: FormState, state: ConversationState): FlowOutput {
    const definition = formOf(form);
    const filled = definition.fields.filter((f) => form.fields[f.name] !== undefined).map((f) => f.label);
    return filled.length > 0
      ? discard(form, state, replies.form_cancelled, { filled: filled.join('、') })
      : discard(form, state, replies.form_cancel_nothing, {});
  }

  function refuseConsent(form: FormState, state: ConversationState): FlowOutput {
    const materials = locality.materialsFor(form.assistanceType);
    const text = materials.length > 0 ? `当面申请请带上：\n${numbered(materials)}` : '';
    const out = discard(form, state, replies.consent_refused, { materials: text });
    return {
      ...out,
      actions: [
        ...out.actions,
        { type: 'record', kind: 'consent', detail: { given: false, assistanceType: form.assistanceType } },
      ],
    };
  }

  function typeFrom(text: string, parse: ParseResult): string | undefined {
    const word = TYPE_WORDS[text.trim()];
    if (word) return word;
    const entity = parse.entities.find((e) => e.type === 'assistance_type');
    return entity ? String(entity.value) : undefined;
  }

  async function register(
    form: FormState,
    state: ConversationState,
    at: Date,
    conversationId: string,
    channel: string,
    userId: string,
  ): Promise<FlowOutput> {
    const result = await ledger.register({
      assistanceType: form.assistanceType,
      localityCode: locality.code,
      conversationId,
      channel,
      userId,
      urgency: state.urgency,
      fields: form.fields,
      at,
    });
    if (!result.ok) {
      const existing = result.existing;
      return {
        actions: [
          reply(replies.duplicate_case, {
            title: titleOf(form),
            caseNo: existing.caseNo,
            status: CASE_STATUS_LABELS[existing.status],
          }),
        ],
        state: { ...state, topic: 'check_status', form: null, caseNo: existing.caseNo },
      };
    }
    const record = result.case;
    const actions: OutboundAction[] = [reply(replies.registered, { caseNo: record.caseNo })];
    if (result.materials.length > 0) {
      const lines = result.materials.map(
        (m) => `${m.name}${m.when ? `（${m.when}）` : ''}${m.note ? `：${m.note}` : ''}`,
      );
      actions.push(
        reply(replies.materials_notice, { department: record.departmentName, materials: numbered(lines) }),
      );
    }
    const due = locality.formatDate(record.transferDueAt);
    actions.push(
      reply(record.jointMeeting ? replies.joint_meeting_notice : replies.deadline_notice, {
        department: record.departmentName,
        due,
      }),
    );
    const suggestions = forms.suggestions.filter((rule) => {
      if (rule.suggest === form.assistanceType) return false;
      const value = form.fields[rule.when.field];
      if (value === undefined) return false;
      if (rule.when.equals !== undefined) return value === rule.when.equals;
      return rule.when.atLeast !== undefined && typeof value === 'number' && value >= rule.when.atLeast;
    });
    if (suggestions.length > 0) {
      actions.push({
        type: 'reply',
        text: [replies.suggestions_header.text, ...suggestions.map((s) => `· ${s.text}`)].join('\n'),
        quickReplies: ['查询进度', '了解政策'],
      });
    }
    actions.push({
      type: 'record',
      kind: 'case_registered',
      detail: { caseNo: record.caseNo, assistanceType: record.assistanceType },
    });
    return { actions, state: { ...state, topic: 'apply', form: null, caseNo: record.caseNo } };
  }

  async function duplicateGuard(form: FormState, state: ConversationState): Promise<FlowOutput | undefined> {
    const id = form.fields.id_number;
    if (typeof id !== 'string' || form.assistanceType === 'unknown') return undefined;
    const existing = await ledger.findOpen(id, form.assistanceType);
    if (!existing) return undefined;
    return {
      actions: [
        reply(replies.duplicate_case, {
          title: titleOf(form),
          caseNo: existing.caseNo,
          status: CASE_STATUS_LABELS[existing.status],
        }),
        { type: 'redact_transcript' },
      ],
      state: { ...state, topic: 'check_status', form: null, caseNo: existing.caseNo },
    };
  }

  return {
    /** True when `text` is exactly one of the choices of the question the form is asking. */
    isOfferedChoice(form: FormState, text: string): boolean {
      const definition = formOf(form);
      const asked = definition.fields.filter(
        (f) => f.name === form.asking || `group:${f.group}` === form.asking,
      );
      return asked.some((f) => f.choices?.includes(text.trim()) === true);
    },

    /** Starts an application from the message that asked for one (it may already carry many fields). */
    start(text: string, parse: ParseResult, state: ConversationState, at: Date): FlowOutput {
      const assistanceType = typeFrom(text, parse);
      const now = at.toISOString();
      const form: FormState = {
        assistanceType: assistanceType ?? 'unknown',
        stage: assistanceType ? 'consent' : 'choose_type',
        resumeStage: null,
        fields: {},
        skipped: [],
        asking: null,
        failures: {},
        consent: false,
        editing: false,
        startedAt: now,
        updatedAt: now,
      };
      if (!assistanceType)
        return { actions: [reply(replies.ask_type)], state: { ...state, topic: 'apply', form } };
      const definition = formOf(form);
      const { fields } = fill(form, definition, text, parse.entities, []);
      inferOpening(definition, fields, text, parse.entities);
      return consentNotice({ ...form, fields }, state);
    },

    /** Continues the application in progress with the resident's message. */
    async continue(
      text: string,
      parse: ParseResult,
      state: ConversationState,
      context: { at: Date; conversationId: string; channel: string; userId: string; aside: AsideAnswer },
    ): Promise<FlowOutput> {
      const current = state.form;
      if (!current) throw new Error('continue() needs a form in progress');
      const clean = text.trim();
      const form: FormState = { ...current, updatedAt: context.at.toISOString() };
      const definition = formOf(form);

      if (CANCEL.test(clean) || (parse.intent.name === 'cancel' && parse.intent.confidence >= 0.6))
        return cancel(form, state);
      if (WITHDRAW.test(clean)) return discard(form, state, replies.consent_withdrawn, {});

      const idleMs = context.at.getTime() - new Date(current.updatedAt).getTime();
      if (form.stage !== 'resume' && idleMs > RESUME_AFTER_MS) {
        const count = Object.keys(form.fields).length;
        return {
          actions: [reply(replies.form_resume, { title: titleOf(form), count: String(count) })],
          state: { ...state, form: { ...form, stage: 'resume', resumeStage: form.stage } },
        };
      }

      switch (form.stage) {
        case 'resume': {
          if (/重新开始/.test(clean)) {
            const fresh: FormState = {
              ...form,
              fields: {},
              skipped: [],
              failures: {},
              consent: false,
              stage: 'consent',
              resumeStage: null,
            };
            return consentNotice(fresh, state);
          }
          if (/不办了/.test(clean)) return cancel(form, state);
          const back: FormState = { ...form, stage: form.resumeStage ?? 'filling', resumeStage: null };
          if (back.stage === 'consent') return consentNotice(back, state);
          if (back.stage === 'confirming') return confirm(back, state);
          if (back.stage === 'choose_type')
            return { actions: [reply(replies.ask_type)], state: { ...state, form: back } };
          return ask(back, state);
        }

        case 'choose_type': {
          const type = typeFrom(clean, parse);
          if (type) {
            const typed: FormState = { ...form, assistanceType: type };
            const typedDefinition = formOf(typed);
            const { fields } = fill(typed, typedDefinition, text, parse.entities, []);
            inferOpening(typedDefinition, fields, text, parse.entities);
            return consentNotice({ ...typed, fields }, state);
          }
          const aside = await context.aside(parse, text, state);
          if (aside)
            return { actions: [...aside.actions, reply(replies.ask_type)], state: { ...aside.state, form } };
          return { actions: [reply(replies.ask_type)], state: { ...state, form } };
        }

        case 'consent': {
          if (CONSENT_NO.test(clean) || (parse.intent.name === 'deny' && parse.intent.confidence >= 0.6))
            return refuseConsent(form, state);
          if (CONSENT_YES.test(clean) || (parse.intent.name === 'affirm' && parse.intent.confidence >= 0.6)) {
            const consented: FormState = { ...form, consent: true };
            const { fields } = fill(consented, definition, text, parse.entities, []);
            const withFields = { ...consented, fields };
            const duplicate = await duplicateGuard(withFields, state);
            if (duplicate) return duplicate;
            const out = ask(withFields, state);
            return {
              ...out,
              actions: [
                {
                  type: 'record',
                  kind: 'consent',
                  detail: { given: true, assistanceType: form.assistanceType },
                },
                ...out.actions,
              ],
            };
          }
          const { fields, filled } = fill(form, definition, text, parse.entities, []);
          if (filled.length === 0) {
            const aside = await context.aside(parse, text, state);
            if (aside)
              return {
                actions: [...aside.actions, reply(replies.consent_again)],
                state: { ...aside.state, form },
              };
          }
          return { actions: [reply(replies.consent_again)], state: { ...state, form: { ...form, fields } } };
        }

        case 'choose_edit': {
          const field = definition.fields.find((f) => f.label === clean || f.name === clean);
          if (field) {
            return {
              actions: [
                {
                  type: 'reply',
                  text: field.question,
                  ...(field.choices ? { quickReplies: [...field.choices] } : {}),
                },
              ],
              state: { ...state, form: { ...form, stage: 'filling', asking: field.name, editing: true } },
            };
          }
          const { fields, filled } = fill(form, definition, text, parse.entities, []);
          if (filled.length > 0) return confirm({ ...form, fields }, state);
          return {
            actions: [chooseEditPrompt(form)],
            state: { ...state, form },
          };
        }

        case 'confirming': {
          if (CONFIRM.test(clean) || (parse.intent.name === 'affirm' && parse.intent.confidence >= 0.8)) {
            return register(form, state, context.at, context.conversationId, context.channel, context.userId);
          }
          const { fields, filled } = fill(form, definition, text, parse.entities, []);
          if (filled.length > 0) {
            const corrected = { ...form, fields };
            return (await duplicateGuard(corrected, state)) ?? confirm(corrected, state);
          }
          if (EDIT.test(clean) || parse.intent.name === 'deny') {
            return {
              actions: [chooseEditPrompt(form)],
              state: { ...state, form: { ...form, stage: 'choose_edit' } },
            };
          }
          const aside = await context.aside(parse, text, state);
          if (aside) return confirm(form, aside.state, aside.actions);
          return confirm(form, state);
        }

        case 'filling': {
          const askedKey = form.asking ?? '';
          const asked = askedKey.startsWith('group:')
            ? definition.fields.filter(
                (f) => `group:${f.group}` === askedKey && form.fields[f.name] === undefined,
              )
            : definition.fields.filter((f) => f.name === askedKey);
          if (/^跳过这一项$/.test(clean) && asked.length > 0) {
            const skipped = [
              ...new Set([
                ...form.skipped,
                ...asked.filter((f) => (form.failures[f.name] ?? 0) >= MAX_FAILURES).map((f) => f.name),
              ]),
            ];
            return ask({ ...form, skipped }, state);
          }
          const { fields, filled, problems } = fill(form, definition, text, parse.entities, asked);
          const next: FormState = { ...form, fields };
          const answeredAsked = asked.some((f) => filled.includes(f.name));
          if (filled.length === 0) {
            // Not an answer: maybe a question or a greeting in the middle of the form; answer it, then resume.
            const aside = await context.aside(parse, text, state);
            if (aside) {
              const resumed = ask(next, aside.state, [...aside.actions, reply(replies.form_continue)]);
              return resumed;
            }
          }
          // An ID number that fails its check is explained at once, even when the same message gave other fields.
          // ...but only when the resident actually typed digits: 「她叫王秀英」 simply leaves the ID for the next question.
          const idProblem = /[0-9]{6}/.test(text.replace(/\s/g, ''))
            ? problems.find((p) => p.field.kind === 'id_number' && !filled.includes(p.field.name))
            : undefined;
          const firstProblem = idProblem ?? problems.find((p) => !filled.includes(p.field.name));
          if (!idProblem && !answeredAsked && firstProblem && filled.length > 0) {
            // The message answered something else (a correction, a field given early): keep it and ask again, kindly.
            return ask(next, state, [{ type: 'reply', text: '好的，记下了。' }]);
          }
          if (firstProblem && (idProblem || !answeredAsked)) {
            const failures = {
              ...next.failures,
              [firstProblem.field.name]: (next.failures[firstProblem.field.name] ?? 0) + 1,
            };
            if ((failures[firstProblem.field.name] ?? 0) >= MAX_FAILURES) {
              return {
                actions: [
                  reply(replies.ask_skip_or_human),
                  {
                    type: 'handoff',
                    priority: 'normal',
                    reasons: [`${firstProblem.field.label}多次填写未通过`],
                  },
                ],
                state: { ...state, form: { ...next, failures, asking: firstProblem.field.name } },
              };
            }
            return {
              actions: [
                {
                  type: 'reply',
                  text: `${filled.length > 0 ? '其他信息记下了。' : ''}${firstProblem.problem}`,
                  ...(firstProblem.field.choices ? { quickReplies: [...firstProblem.field.choices] } : {}),
                },
              ],
              state: { ...state, form: { ...next, failures, asking: firstProblem.field.name } },
            };
          }
          if (filled.includes('id_number')) {
            const duplicate = await duplicateGuard(next, state);
            if (duplicate) return duplicate;
          }
          if (form.editing) return confirm(next, state);
          return ask(next, state);
        }
      }
    },
  };
}

/** The application flow's API. */
export type ApplicationFlow = ReturnType<typeof createApplicationFlow>;
