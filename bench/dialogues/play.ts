// Plays one scripted resident through the REST channel, as bench/dialogues/FORMAT.md describes: the
// opening, then for each bot turn the resident's own answer to what `state.expecting` lists, or the next
// scripted event when its moment has come. Reply texts are kept for the misses list, never parsed,
// except for a scripted question's optional `expectReplyMentions`.
import type { FastifyInstance } from 'fastify';
import type { Resident, ScriptEvent } from './residents.js';

/** What the REST channel returns, as far as the driver reads it. */
export interface BotTurn {
  replies: { text: string }[];
  state: {
    topic: string | null;
    urgency: 'critical' | 'high' | 'none';
    flow: string | null;
    expecting: string[];
    caseNo?: string;
    urgentCaseNo?: string;
    understood?: boolean;
    risk?: 'critical' | 'high' | 'distress' | 'none';
  };
}

/** One exchange: what the resident sent and what the bot answered. */
export interface Exchange {
  said: string;
  /** The keys this message answered (empty for an opening or a scripted event). */
  answered: string[];
  bot: BotTurn;
}

/** A played conversation, before it is judged. */
export interface Played {
  exchanges: Exchange[];
  /** Keys the resident had to answer more than once. */
  repeated: string[];
  /** The resident message after which a receipt number first appeared, 1-based. */
  receiptTurn: number | null;
  /** Turns on which the bot abstained (not understood, or no answer to a question). */
  abstentions: number;
  /** The highest risk heard on any turn. */
  risksHeard: Set<string>;
  /** What the bot waited for when an application ended without a case, if one did. */
  discardedAt: string[] | null;
  /** Scripted questions whose reply lacked every expected word. */
  mentionsMissed: string[];
  mentionsChecked: number;
  /** True when the turn limit ended the conversation. */
  cutOff: boolean;
}

/** The plain names residents use for each type when asked which kind of help. */
export const TYPE_WORDS: Readonly<Record<string, string>> = {
  minimum_living: '低保',
  extreme_poverty: '特困供养',
  temporary: '临时救助',
  medical: '医疗救助',
  education: '教育救助',
  housing: '住房救助',
  employment: '就业救助',
  disaster: '受灾救助',
  disability: '残疾人救助',
  // Kinds without a form of their own: what a resident would call them, never the code (round 33: residents of
  // sets AP and AQ were made to answer 「legal_aid」).
  legal_aid: '法律援助',
  worker_hardship: '困难职工帮扶',
  women_children: '困难妇女儿童救助',
  family_planning: '计生特殊家庭扶助',
  red_cross: '红十字会救助',
  charity: '慈善救助',
  youth: '青少年救助',
  vagrant: '流浪乞讨救助',
  // Round 48: the form for every other kind of help, by its title (set FE's residents were made to say 「申请general」).
  general: '其他救助',
};

// Outcomes reached only through the application: a resident expecting one accepts the offer to apply.
const APPLYING_OUTCOMES: ReadonlySet<string> = new Set(['registered', 'consent_refused', 'cancelled']);

const DEFAULT_MAX_TURNS = 25;
// A question asked this many times means the conversation is stuck; the resident gives up.
const MAX_SAME_QUESTION = 4;

/** Fills `{receipt}` with the receipt number of the case the resident already has. */
function fill(text: string, receipt: string | undefined): string {
  return receipt ? text.replaceAll('{receipt}', receipt) : text;
}

/** The resident's own answer to one key, or undefined when they have none. */
function answerFor(resident: Resident, key: string, receipt: string | undefined): string | undefined {
  const { say, answers } = resident;
  if (key.startsWith('field:')) return answers[key.slice('field:'.length)];
  switch (key) {
    case 'type':
      return say.type ?? (resident.type ? (TYPE_WORDS[resident.type] ?? resident.type) : undefined);
    case 'consent':
      return say.consent ?? '同意';
    case 'proxy_consent':
      return say.proxy_consent ?? answers.proxy_consent;
    case 'confirm':
      return say.confirm ?? '确认提交';
    case 'resume':
      return say.resume ?? '继续';
    case 'status_receipt':
      return answers.status_receipt ?? receipt;
    case 'status_phone4':
      return answers.phone4 ?? answers.status_phone4;
    case 'edit_field':
      return say.edit_field;
    case 'need':
      // 「请问有什么可以帮您？」 after a bare 「在吗」: the resident says what they came for, as they would when asked
      // which kind of help; one who came to check a case asks for it; the others have said nothing more to say.
      return (
        say.need ??
        (resident.kind === 'status'
          ? '查进度'
          : (say.type ?? (resident.type ? (TYPE_WORDS[resident.type] ?? resident.type) : undefined)))
      );
    case 'offer_apply':
      // 「要不要现在帮您申请？」: a resident who came to apply says yes; one who only wanted to know stops. Round 33: so
      // does one who came to apply and will refuse the notice, or cancel later (sets AP and AQ stopped them here).
      return APPLYING_OUTCOMES.has(resident.expect.outcome)
        ? (say.offer_apply ?? '好的 帮我申请')
        : undefined;
    default:
      return say[key] ?? answers[key];
  }
}

/** The message for what the bot waits for: field answers joined, else the answers to every key the resident can answer. */
function answerTo(
  resident: Resident,
  expecting: readonly string[],
  receipt: string | undefined,
): { text: string; keys: string[] } | undefined {
  const fields = expecting.filter((k) => k.startsWith('field:'));
  // The privacy notice that also invites the next question's answers: the resident says yes and gives them.
  const others = expecting.filter((k) => !k.startsWith('field:'));
  if (fields.length > 0 && others.length > 0) {
    const answerable = expecting.filter((key) => answerFor(resident, key, receipt) !== undefined);
    if (answerable.length > 0)
      return { text: answerable.map((k) => answerFor(resident, k, receipt)).join(' '), keys: answerable };
    // Nothing to give: they answer the question asked first, as they did before the fields were invited.
    const first = others[0];
    if (first !== undefined && first !== 'offer_apply') return { text: '不清楚', keys: [first] };
  }
  if (fields.length > 0) {
    const known = fields.filter((k) => answerFor(resident, k, receipt) !== undefined);
    // A field the resident has no answer for is answered as a real person would: they do not know.
    if (known.length === 0) return { text: '不清楚', keys: fields };
    return { text: known.map((k) => answerFor(resident, k, receipt)).join(' '), keys: known };
  }
  // Several questions in one turn (the privacy notice and the other person's agreement): a person answers
  // every one they have an answer for, in one message.
  const answerable = expecting.filter((key) => answerFor(resident, key, receipt) !== undefined);
  if (answerable.length > 0)
    return { text: answerable.map((k) => answerFor(resident, k, receipt)).join(' '), keys: answerable };
  const first = expecting[0];
  // An offer is not a question a resident must answer: without a yes they simply stop; nor is an open 「有什么可以帮您」.
  if (first === undefined || first === 'offer_apply' || first === 'need') return undefined;
  return { text: '不清楚', keys: [first] };
}

/** The first scripted event due now, given what has been answered and what the bot waits for. */
function dueEvent(
  script: readonly ScriptEvent[],
  sent: ReadonlySet<number>,
  answered: ReadonlyMap<string, number>,
  expecting: readonly string[],
  turn: number,
): number | undefined {
  for (const [index, event] of script.entries()) {
    if (sent.has(index)) continue;
    const at = event.at;
    if (at === 'confirm' && expecting.includes('confirm')) return index;
    if (at.startsWith('after:') && answered.has(at.slice('after:'.length))) return index;
    const n = /^turn:([0-9]+)$/.exec(at)?.[1];
    if (n !== undefined && turn >= Number(n)) return index;
  }
  return undefined;
}

/** Sends one message over REST. */
export async function send(app: FastifyInstance, userId: string, text: string, n: number): Promise<BotTurn> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/messages',
    payload: { userId, text, messageId: `${userId}-${n}` },
  });
  if (res.statusCode !== 200) throw new Error(`POST /api/v1/messages ${res.statusCode}: ${res.body}`);
  return res.json<BotTurn>();
}

/** Plays the resident to the end: nothing more asked, a stuck question, or the turn limit. */
export async function play(
  app: FastifyInstance,
  resident: Resident,
  userId: string,
  receipt: string | undefined,
): Promise<Played> {
  const maxTurns = resident.expect.maxTurns ?? DEFAULT_MAX_TURNS;
  const played: Played = {
    exchanges: [],
    repeated: [],
    receiptTurn: null,
    abstentions: 0,
    risksHeard: new Set(),
    discardedAt: null,
    mentionsMissed: [],
    mentionsChecked: 0,
    cutOff: false,
  };
  const answered = new Map<string, number>();
  const asked = new Map<string, number>();
  const sent = new Set<number>();
  let message: { text: string; keys: string[]; event?: ScriptEvent } = {
    text: fill(resident.opening, receipt),
    keys: [],
  };
  let before: BotTurn['state'] | undefined;
  for (let turn = 1; ; turn++) {
    const bot = await send(app, userId, message.text, turn);
    played.exchanges.push({ said: message.text, answered: message.keys, bot });
    for (const key of message.keys) answered.set(key, (answered.get(key) ?? 0) + 1);
    if (bot.state.understood === false) played.abstentions += 1;
    if (bot.state.risk && bot.state.risk !== 'none') played.risksHeard.add(bot.state.risk);
    if (played.receiptTurn === null && bot.state.caseNo && bot.state.caseNo !== receipt)
      played.receiptTurn = turn;
    if (before?.flow === 'application' && bot.state.flow === null && !bot.state.caseNo)
      played.discardedAt = before.expecting;
    const mentions = message.event?.expectReplyMentions;
    if (mentions) {
      played.mentionsChecked += 1;
      const said = bot.replies.map((r) => r.text).join('\n');
      if (!mentions.some((word) => said.includes(word))) played.mentionsMissed.push(message.text);
    }
    before = bot.state;
    if (turn >= maxTurns) {
      played.cutOff = bot.state.expecting.length > 0;
      break;
    }
    // An offer to apply that this resident does not take is, for them, nothing asked.
    const expecting = bot.state.expecting.filter(
      (key) => (key !== 'offer_apply' && key !== 'need') || answerFor(resident, key, receipt) !== undefined,
    );
    const due = dueEvent(resident.script, sent, answered, expecting, turn + 1);
    // A resident not asked for anything more stops, unless a scripted turn is still to come.
    const turnEventPending = resident.script.some((e, i) => !sent.has(i) && e.at.startsWith('turn:'));
    if (expecting.length === 0 && !turnEventPending && (due === undefined || !resident.script[due])) break;
    if (due !== undefined && resident.script[due]) {
      const event = resident.script[due];
      sent.add(due);
      message = { text: fill(event.say, receipt), keys: [], event };
      continue;
    }
    if (expecting.length === 0) {
      const next = resident.script.findIndex((e, i) => !sent.has(i) && e.at.startsWith('turn:'));
      const event = resident.script[next];
      if (!event) break;
      sent.add(next);
      message = { text: fill(event.say, receipt), keys: [], event };
      continue;
    }
    const question = expecting.join('+');
    asked.set(question, (asked.get(question) ?? 0) + 1);
    if ((asked.get(question) ?? 0) >= MAX_SAME_QUESTION) {
      played.cutOff = true;
      break;
    }
    const answer = answerTo(resident, expecting, receipt);
    if (!answer) break;
    message = { text: fill(answer.text, receipt), keys: answer.keys };
  }
  played.repeated = [...answered].filter(([, count]) => count > 1).map(([key]) => key);
  return played;
}
