// npm run bench:intake — simulated residents apply through the REST channel, in process, on a fresh
// PGlite data dir. Prints turns to completion, fields captured correctly and completion rate as a
// markdown table, beside a naive form-by-form bot that asks one question per field.
// Usage: npm run bench:intake [-- --check] [-- --verbose] [-- --only r05,r12]
//   --check    validate bench/intake/residents.yaml (check digits, coverage) and stop
//   --verbose  print the transcript of every resident that failed (--transcripts: of every resident)
import { exitWithUsageOnHelp } from '../support/usage.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { rm } from 'node:fs/promises';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../../tests/helpers/test-app.js';
import { machineLine, printTable, quantile } from '../support/stats.js';
import {
  baselineTurns,
  checkCoverage,
  checkResidents,
  coverage,
  fieldsOf,
  finalExpected,
  formTypeOf,
  loadForms,
  loadResidents,
  type Form,
  type Resident,
} from './residents.js';

exitWithUsageOnHelp(import.meta.url);

const MAX_TURNS = 25;
// A resident gives the same answer at most this many times before the conversation counts as stuck.
const MAX_SAME_ANSWER = 3;
const CONFIRM = '确认提交';

/** How a resident names the help they want when the bot asks which kind (tapping a button or typing). */
const TYPE_WORDS: Readonly<Record<Resident['type'], string>> = {
  minimum_living: '低保',
  extreme_poverty: '特困供养',
  temporary: '临时救助',
  medical: '医疗救助',
  education: '教育救助',
  housing: '住房救助',
  employment: '就业救助',
  disaster: '受灾救助',
  disability: '残疾人补贴',
  worker_hardship: '困难职工救助',
  women_children: '困难妇女儿童救助',
  youth: '困境青少年救助',
  vagrant: '流浪乞讨人员救助',
  legal_aid: '法律援助',
  family_planning: '计划生育特殊家庭救助',
  red_cross: '红十字人道救助',
  charity: '慈善救助',
};

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const onlyArg = args[args.indexOf('--only') + 1];
const only = args.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : undefined;

// ── The REST response, as far as the driver reads it ──────────────────────────────────────────────

const formStateSchema = z.object({
  type: z.string(),
  stage: z.string(),
  step: z.number().optional(),
  total: z.number().optional(),
  missing: z.array(z.string()).default([]),
  asking: z.string().nullish(),
  /** All fields of a group question (name and ID together …); `asking` is the first of them. */
  askingFields: z.array(z.string()).optional(),
});
const responseSchema = z.object({
  conversationId: z.string(),
  replies: z.array(z.object({ text: z.string(), quickReplies: z.array(z.string()).optional() })),
  state: z.object({
    topic: z.string().nullable(),
    urgency: z.string(),
    turnCount: z.number(),
    form: formStateSchema.nullish(),
    caseNo: z.string().nullish(),
  }),
});
type BotResponse = z.infer<typeof responseSchema>;
type FormState = z.infer<typeof formStateSchema>;

interface TranscriptLine {
  who: 'resident' | 'bot';
  text: string;
}

interface FieldCheck {
  field: string;
  expected: string | number;
  actual: unknown;
  ok: boolean;
}

interface Outcome {
  resident: Resident;
  completed: boolean;
  turns: number;
  caseNo?: string;
  /** Why the conversation did not reach a receipt, or what else went wrong on the way. */
  problems: string[];
  fields: FieldCheck[];
  /** Free-text fields the resident was asked for: does the case keep what they wrote? */
  texts: FieldCheck[];
  /** The highest urgency the bot gave the conversation. */
  urgency: string;
  transcript: TranscriptLine[];
}

const URGENCY_RANK: Readonly<Record<string, number>> = { none: 0, high: 1, critical: 2 };

// ── One conversation ───────────────────────────────────────────────────────────────────────────

async function send(
  app: FastifyInstance,
  userId: string,
  text: string,
  messageId: string,
): Promise<BotResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/messages',
    payload: { userId, text, messageId },
  });
  if (res.statusCode !== 200) throw new Error(`POST /api/v1/messages → ${res.statusCode}: ${res.body}`);
  return responseSchema.parse(res.json());
}

function describeState(state: BotResponse['state']): string {
  const parts = [`topic=${state.topic ?? '-'}`];
  if (state.urgency !== 'none') parts.push(`urgency=${state.urgency}`);
  const form = state.form;
  if (form) {
    parts.push(`form=${form.type}/${form.stage}`);
    if (form.step !== undefined) parts.push(`step ${form.step}/${form.total ?? '?'}`);
    if (form.asking) parts.push(`asking=${(form.askingFields ?? [form.asking]).join('+')}`);
    if (form.missing.length > 0) parts.push(`missing=${form.missing.join(',')}`);
  }
  if (state.caseNo) parts.push(`caseNo=${state.caseNo}`);
  return parts.join(' ');
}

function botLine(response: BotResponse): string {
  const texts = response.replies.map((r) =>
    r.quickReplies && r.quickReplies.length > 0 ? `${r.text} [${r.quickReplies.join('|')}]` : r.text,
  );
  return `${texts.join(' ⏎ ')}   {${describeState(response.state)}}`;
}

interface PendingEvent {
  afterField: string;
  text: string;
  kind: 'correction' | 'interruption';
}

/** Several answers in one message, the way the resident writes: with commas if they punctuate, else spaces. */
function joinAnswers(pieces: string[]): string {
  if (pieces.length === 1) return pieces[0]!;
  const punctuated = pieces.some((p) => /[，。、]/u.test(p));
  const trimmed = pieces.map((p) => p.replace(/[\s，。,.]+$/u, ''));
  return punctuated ? `${trimmed.join('，')}。` : trimmed.join(' ');
}

/** True when the field has been given: answered by us, or no longer missing once filling has begun. */
function fieldGiven(field: string, form: FormState, answered: ReadonlySet<string>): boolean {
  if (answered.has(field)) return true;
  const asked = form.askingFields ?? (form.asking ? [form.asking] : []);
  return form.stage !== 'consent' && !form.missing.includes(field) && !asked.includes(field);
}

async function converse(
  app: FastifyInstance,
  resident: Resident,
  forms: Map<string, Form>,
): Promise<Outcome> {
  const transcript: TranscriptLine[] = [];
  const problems: string[] = [];
  let turns = 0;
  let urgency = 'none';
  const say = async (text: string): Promise<BotResponse> => {
    turns += 1;
    transcript.push({ who: 'resident', text });
    const response = await send(app, resident.id, text, `${resident.id}-m${turns}`);
    if ((URGENCY_RANK[response.state.urgency] ?? 0) > (URGENCY_RANK[urgency] ?? 0))
      urgency = response.state.urgency;
    transcript.push({ who: 'bot', text: botLine(response) });
    return response;
  };

  const expectedForm = formTypeOf(resident.type, forms);
  const events: PendingEvent[] = [
    ...resident.corrections.map((c) => ({
      afterField: c.afterField,
      text: c.text,
      kind: 'correction' as const,
    })),
    ...resident.interruptions.map((i) => ({
      afterField: i.afterField,
      text: i.text,
      kind: 'interruption' as const,
    })),
  ];
  const invalidLeft = new Map(Object.entries(resident.invalidFirst ?? {}));
  // An invalid ID already typed in the opening counts as the resident's first try.
  for (const [field, value] of invalidLeft) {
    if (
      resident.opening.replace(/\s+/gu, '').toUpperCase().includes(value.replace(/\s+/gu, '').toUpperCase())
    )
      invalidLeft.delete(field);
  }
  const answered = new Set<string>();
  const sentCount = new Map<string, number>();
  const bump = (key: string) => {
    const n = (sentCount.get(key) ?? 0) + 1;
    sentCount.set(key, n);
    return n;
  };
  let formTypeReported = false;

  let response = await say(resident.opening);
  let stop: string | undefined;
  while (!response.state.caseNo && turns < MAX_TURNS) {
    const form = response.state.form;
    if (!form) {
      stop =
        turns === 1
          ? `the bot started no form after the opening (topic ${response.state.topic ?? '-'}, urgency ${response.state.urgency})`
          : `the form was dropped after 「${transcript.at(-2)?.text ?? ''}」 (topic ${response.state.topic ?? '-'})`;
      break;
    }
    // state.form.type names the assistance type; a type without a form of its own may show as `general`.
    if (form.type !== resident.type && form.type !== expectedForm && !formTypeReported) {
      problems.push(`the form is for ${form.type}, expected ${resident.type}`);
      formTypeReported = true;
    }
    if (form.stage === 'filling' || form.stage === 'confirming') {
      const due = events.findIndex((e) => fieldGiven(e.afterField, form, answered));
      if (due !== -1) {
        const [event] = events.splice(due, 1);
        response = await say(event!.text);
        continue;
      }
    }
    if (form.stage === 'consent') {
      if (bump('consent') > MAX_SAME_ANSWER) {
        stop = `asked for consent ${MAX_SAME_ANSWER + 1} times`;
        break;
      }
      response = await say(resident.consent);
    } else if (form.stage === 'filling') {
      const asked =
        form.askingFields && form.askingFields.length > 0
          ? form.askingFields
          : form.asking
            ? [form.asking]
            : [];
      if (asked.length === 0) {
        stop = 'form in filling stage without a field being asked';
        break;
      }
      // A piecemeal resident answers the first field asked; the others answer the whole group question.
      const answering = resident.piecemeal ? asked.slice(0, 1) : asked;
      const unknown = answering.find((f) => resident.answers[f] === undefined);
      if (unknown) {
        stop = `the bot asked for ${unknown}, which the ${expectedForm} form does not have`;
        break;
      }
      const pieces: string[] = [];
      let stuck: string | undefined;
      for (const field of answering) {
        const invalid = invalidLeft.get(field);
        if (invalid !== undefined) {
          invalidLeft.delete(field);
          pieces.push(invalid);
          continue;
        }
        const answer = resident.answers[field]!;
        if (bump(`field:${field}`) > MAX_SAME_ANSWER)
          stuck ??= `asked for ${field} ${MAX_SAME_ANSWER + 1} times; the answer 「${answer}」 was not taken`;
        answered.add(field);
        pieces.push(answer);
      }
      if (stuck) {
        stop = stuck;
        break;
      }
      response = await say(joinAnswers(pieces));
    } else if (form.stage === 'choose_type') {
      if (bump('choose_type') > MAX_SAME_ANSWER) {
        stop = `asked which kind of help ${MAX_SAME_ANSWER + 1} times`;
        break;
      }
      response = await say(TYPE_WORDS[resident.type]);
    } else if (form.stage === 'confirming') {
      if (bump('confirm') > MAX_SAME_ANSWER) {
        stop = `sent 「${CONFIRM}」 ${MAX_SAME_ANSWER} times without a receipt`;
        break;
      }
      response = await say(CONFIRM);
    } else {
      stop = `unknown form stage ${form.stage}`;
      break;
    }
  }
  const caseNo = response.state.caseNo ?? undefined;
  if (!caseNo) problems.unshift(stop ?? `no receipt after ${MAX_TURNS} messages`);
  for (const e of events)
    problems.push(`${e.kind} after ${e.afterField} was never sent (the field was never given)`);
  for (const [field] of invalidLeft)
    problems.push(`invalid ${field} was never sent (the field was never asked)`);

  const checked = caseNo
    ? await checkCase(app, caseNo, resident, forms, answered, problems)
    : { fields: [], texts: [] };
  return {
    resident,
    completed: caseNo !== undefined,
    turns,
    ...(caseNo ? { caseNo } : {}),
    problems,
    ...checked,
    urgency,
    transcript,
  };
}

// ── Reading the stored case back ────────────────────────────────────────────────────────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(expected: string | number, raw: unknown): boolean {
  const actual = isRecord(raw) && 'value' in raw ? raw.value : raw;
  if (typeof expected === 'number') {
    const n = typeof actual === 'string' ? Number(actual.replace(/[,，\s]/gu, '')) : actual;
    return typeof n === 'number' && n === expected;
  }
  return (typeof actual === 'string' || typeof actual === 'number') && String(actual).trim() === expected;
}

// Free text is compared without spaces and punctuation: the bot may join a resident's pieces with commas.
const squeeze = (text: string) => text.replace(/[\s\p{P}]/gu, '');

async function checkCase(
  app: FastifyInstance,
  caseNo: string,
  resident: Resident,
  forms: Map<string, Form>,
  answered: ReadonlySet<string>,
  problems: string[],
): Promise<{ fields: FieldCheck[]; texts: FieldCheck[] }> {
  const record = await app.services.cases.get(caseNo);
  if (!record) problems.push(`case ${caseNo} is not in the ledger`);
  else if (record.assistanceType !== resident.type)
    problems.push(`case registered as ${record.assistanceType}, expected ${resident.type}`);
  const stored: Record<string, unknown> = record?.fields ?? {};
  const fields = Object.entries(finalExpected(resident)).map(([field, value]) => {
    const actual = stored[field];
    return { field, expected: value, actual, ok: sameValue(value, actual) };
  });
  const texts = fieldsOf(resident, forms)
    .filter((f) => (f.kind === 'text' || f.kind === 'address') && answered.has(f.name))
    .map((f) => {
      const said = resident.answers[f.name]!;
      const actual = stored[f.name];
      return {
        field: f.name,
        expected: said,
        actual,
        ok: typeof actual === 'string' && squeeze(actual).includes(squeeze(said)),
      };
    });
  return { fields, texts };
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────

function pct(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

function fmt(n: number): string {
  return Number.isNaN(n) ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = typeof value === 'string' ? `「${value}」` : JSON.stringify(value);
  return text.replace(/\|/gu, '\\|');
}

function printTranscript(outcome: Outcome): void {
  const r = outcome.resident;
  console.log(`\n### ${r.id} — ${r.type}, ${r.style}\n`);
  for (const line of outcome.transcript) console.log(`${line.who === 'resident' ? '👤' : '🤖'} ${line.text}`);
  if (outcome.caseNo) console.log(`→ case ${outcome.caseNo}`);
}

function report(outcomes: Outcome[], forms: Map<string, Form>, machine: string, seconds: number): void {
  const residents = outcomes.map((o) => o.resident);
  const done = outcomes.filter((o) => o.completed);
  const turns = done.map((o) => o.turns);
  const allInOne = done.filter((o) => o.resident.allInOne);
  const baseline = residents.map((r) => baselineTurns(r, forms));
  const baselineAllInOne = residents.filter((r) => r.allInOne).map((r) => baselineTurns(r, forms));
  const checks = outcomes.flatMap((o) =>
    o.completed
      ? o.fields
      : Object.entries(finalExpected(o.resident)).map(([field, expected]) => ({
          field,
          expected,
          actual: undefined,
          ok: false,
        })),
  );
  const correct = checks.filter((c) => c.ok).length;
  const texts = done.flatMap((o) => o.texts);
  const textsKept = texts.filter((t) => t.ok).length;
  const high = outcomes.filter((o) => o.urgency === 'high').length;
  const critical = outcomes.filter((o) => o.urgency === 'critical').length;
  const c = coverage(residents, forms);

  console.log(
    `\nyimen intake — ${residents.length} simulated residents through POST /api/v1/messages (in process, embedded PGlite), ${machine}, ${seconds.toFixed(1)} s\n`,
  );
  printTable(
    ['measure', 'yimen', 'form-by-form, one question per field', 'target'],
    [
      ['residents', residents.length, residents.length, '≥ 30'],
      [
        'completed (receipt number given)',
        `${done.length} / ${outcomes.length} (${pct(done.length, outcomes.length)})`,
        '—',
        '100 %',
      ],
      ['messages to completion, median', fmt(quantile(turns, 0.5)), fmt(quantile(baseline, 0.5)), '≤ 8'],
      ['messages to completion, p90', fmt(quantile(turns, 0.9)), fmt(quantile(baseline, 0.9)), ''],
      [
        'messages to completion, max',
        fmt(turns.length ? Math.max(...turns) : Number.NaN),
        fmt(Math.max(...baseline)),
        '',
      ],
      [
        `all-in-one opening (${c.allInOne} residents, ${allInOne.length} completed), median`,
        fmt(
          quantile(
            allInOne.map((o) => o.turns),
            0.5,
          ),
        ),
        fmt(quantile(baselineAllInOne, 0.5)),
        '≤ 3',
      ],
      [
        'all-in-one opening, max',
        fmt(allInOne.length ? Math.max(...allInOne.map((o) => o.turns)) : Number.NaN),
        fmt(Math.max(...baselineAllInOne)),
        '≤ 3',
      ],
      [
        'fields captured correctly',
        `${correct} / ${checks.length} (${pct(correct, checks.length)})`,
        '—',
        '100 %',
      ],
      [
        'free-text answers kept as written (completed residents)',
        `${textsKept} / ${texts.length} (${pct(textsKept, texts.length)})`,
        '—',
        '100 %',
      ],
      ['conversations flagged urgent by the bot (high / critical)', `${high} / ${critical}`, '—', ''],
    ],
  );
  console.log(
    '\nMessages = what the resident sends, the opening included, until the receipt number. The form-by-form column counts, for the same residents, the opening, one answer per field of their form, the consent, the confirmation, and one more for each interruption, correction or mistyped ID. Fields of residents who did not complete count as not captured. Free text is checked only where the resident was asked for it and typed it (spaces and punctuation ignored). None of the residents is in danger now; the urgent count is for reading, not a target.',
  );

  console.log('\nBy form:\n');
  const rows: (string | number)[][] = [];
  for (const type of forms.keys()) {
    const mine = outcomes.filter((o) => formTypeOf(o.resident.type, forms) === type);
    if (mine.length === 0) continue;
    const mineDone = mine.filter((o) => o.completed);
    const fieldsMine = mine.flatMap((o) =>
      o.completed ? o.fields : Object.keys(finalExpected(o.resident)).map(() => ({ ok: false })),
    );
    rows.push([
      type,
      mine.length,
      `${mineDone.length} / ${mine.length}`,
      fmt(
        quantile(
          mineDone.map((o) => o.turns),
          0.5,
        ),
      ),
      fmt(
        quantile(
          mine.map((o) => baselineTurns(o.resident, forms)),
          0.5,
        ),
      ),
      `${fieldsMine.filter((f) => f.ok).length} / ${fieldsMine.length}`,
    ]);
  }
  printTable(
    ['form', 'residents', 'completed', 'messages median', 'form-by-form median', 'fields correct'],
    rows,
  );

  const failures = outcomes.filter(
    (o) => !o.completed || o.problems.length > 0 || o.fields.some((f) => !f.ok) || o.texts.some((f) => !f.ok),
  );
  if (failures.length > 0) {
    console.log(`\nFailures (${failures.length}):\n`);
    const failureRows = failures.map((o) => {
      const what = [
        ...o.problems,
        ...o.fields
          .filter((f) => !f.ok)
          .map((f) => `${f.field}: expected ${show(f.expected)}, got ${show(f.actual)}`),
        ...o.texts
          .filter((f) => !f.ok)
          .map((f) => `${f.field}: said ${show(f.expected)}, case holds ${show(f.actual)}`),
      ];
      return [
        o.resident.id,
        o.resident.type,
        o.completed ? `done in ${o.turns}` : `not done (${o.turns} sent)`,
        what.join('; ').replace(/\|/gu, '\\|'),
      ];
    });
    printTable(['resident', 'type', 'outcome', 'what went wrong'], failureRows);
  } else {
    console.log('\nNo failures.');
  }
  const toPrint = flag('--transcripts') ? outcomes : flag('--verbose') ? failures : [];
  for (const outcome of toPrint) printTranscript(outcome);
  if (!flag('--verbose') && !flag('--transcripts') && failures.length > 0)
    console.log('\n(run with -- --verbose for the transcripts of the failures)');
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────

const forms = loadForms();
const all = loadResidents();
const dataProblems = [...checkResidents(all, forms), ...checkCoverage(all, forms)];
if (dataProblems.length > 0) {
  console.error(
    `bench/intake/residents.yaml has ${dataProblems.length} problems:\n  ${dataProblems.join('\n  ')}`,
  );
  process.exit(1);
}
const c = coverage(all, forms);
if (flag('--check')) {
  console.log(
    `residents.yaml OK: ${c.residents} residents, ${c.allInOne} all-in-one, ${c.onBehalf} on someone's behalf, ${c.dialectOrTypos} dialect/typos, ${c.corrections} corrections, ${c.invalidFirst} invalid ID first, ${c.interruptions} interruptions`,
  );
  console.log(`by type: ${[...c.byType].map(([t, n]) => `${t} ${n}`).join(', ')}`);
  process.exit(0);
}

const residents = only ? all.filter((r) => only.has(r.id)) : all;
const started = performance.now();
// As tests/helpers/test-app.ts does, on a fresh data dir with logs silenced, but with room for a slow
// first start (migrations, content, first admin) on a loaded machine.
const dataDir = await tempDir('yimen-bench-intake-');
const app = await buildApp(
  { config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }) },
  { pluginTimeout: 120_000 },
);
const outcomes: Outcome[] = [];
try {
  for (const resident of residents) outcomes.push(await converse(app, resident, forms));
} finally {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
report(outcomes, forms, await machineLine(), (performance.now() - started) / 1000);
