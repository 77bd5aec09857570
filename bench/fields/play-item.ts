// Plays one item: an application of its type over REST, plain answers everywhere but the item's question,
// the item's answer there, then the stored case read back through the staff API.
import type { FastifyInstance } from 'fastify';
import { sameValue, type StaffCase } from '../dialogues/judge.js';
import { send, TYPE_WORDS, type BotTurn } from '../dialogues/play.js';
import { staffCase } from '../dialogues/staff-api.js';
import { QUESTION_FIELDS, type FieldItem } from './items.js';
import { plainAnswer, saidPlainly } from './plain.js';

const MAX_TURNS = 30;
const MAX_SAME_QUESTION = 4;

/** How one answer fared. */
export interface ItemResult {
  item: FieldItem;
  /** The text sent for the item's question. */
  answer: string;
  /** The bot asked the item's question and got the answer. */
  answered: boolean;
  /** A case was filed at the end. */
  filed: boolean;
  /** Expected fields the bot asked for again after the answer. */
  askedAgain: string[];
  /** Expected fields stored with another value (or none). */
  wrong: string[];
  stored: StaffCase['fields'];
  exact: number;
  expected: number;
  right: boolean;
  exchanges: { said: string; bot: BotTurn }[];
}

const field = (key: string): string | undefined =>
  key.startsWith('field:') ? key.slice('field:'.length) : undefined;

/** The message for what the bot waits for, or undefined when the resident has nothing more to say. */
function reply(
  item: FieldItem,
  answer: string,
  expecting: readonly string[],
  state: { answered: boolean; askedAgain: Set<string> },
): string | undefined {
  // The privacy notice (and the other person's agreement) is answered on its own, before any field.
  const consent = [
    expecting.includes('consent') ? '同意' : '',
    expecting.includes('proxy_consent') ? '她同意的' : '',
  ].filter(Boolean);
  if (consent.length > 0) return consent.join(' ');
  const fields = expecting.map(field).filter((f): f is string => f !== undefined);
  const asks: readonly string[] = QUESTION_FIELDS[item.question];
  if (fields.length > 0) {
    if (!state.answered && fields.some((f) => asks.includes(f))) {
      state.answered = true;
      return answer;
    }
    return fields
      .map((f) => {
        const expected = item.expect[f];
        if (state.answered && expected !== undefined) {
          state.askedAgain.add(f);
          return saidPlainly(f, expected);
        }
        return plainAnswer(item, f) ?? '不清楚';
      })
      .join(' ');
  }
  const typeWord = TYPE_WORDS[item.type] ?? item.type;
  if (expecting.includes('type') || expecting.includes('need')) return typeWord;
  if (expecting.includes('offer_apply')) return '好的 帮我申请';
  if (expecting.includes('confirm')) return '确认提交';
  if (expecting.includes('resume')) return '继续';
  if (expecting.includes('safety_location')) return plainAnswer(item, 'address');
  if (expecting.includes('safety_phone')) return plainAnswer(item, 'phone');
  return undefined;
}

/**
 * The first message: the help wanted. A bare request is taken as the writer's own, so for the question of who
 * the application is for the opening names a relative without saying who applies, and the bot asks.
 */
function opening(item: FieldItem): string {
  const help = TYPE_WORDS[item.type] ?? item.type;
  return item.question === 'relation' ? `我老伴身体不好 想申请${help}` : `申请${help}`;
}

/** Plays `answer` as the answer to the item's question and judges the stored case. */
export async function playItem(
  app: FastifyInstance,
  token: string,
  item: FieldItem,
  answer: string,
  userId: string,
): Promise<ItemResult> {
  const state = { answered: false, askedAgain: new Set<string>() };
  const exchanges: ItemResult['exchanges'] = [];
  const asked = new Map<string, number>();
  let text: string | undefined = opening(item);
  let caseNo: string | undefined;
  for (let turn = 1; text !== undefined && turn <= MAX_TURNS; turn++) {
    const bot = await send(app, userId, text, turn);
    exchanges.push({ said: text, bot });
    caseNo = bot.state.caseNo ?? caseNo;
    const expecting = bot.state.expecting.filter((key) => key !== 'rating');
    const question = expecting.join('+');
    asked.set(question, (asked.get(question) ?? 0) + 1);
    if (caseNo || (asked.get(question) ?? 0) >= MAX_SAME_QUESTION) break;
    text = reply(item, answer, expecting, state);
  }
  const stored = caseNo ? ((await staffCase(app, token, caseNo))?.fields ?? {}) : {};
  const expected = Object.entries(item.expect);
  const wrong = expected.filter(([name, value]) => !sameValue(name, value, stored[name])).map(([n]) => n);
  const askedAgain = [...state.askedAgain];
  return {
    item,
    answer,
    answered: state.answered,
    filed: caseNo !== undefined,
    askedAgain,
    wrong,
    stored,
    exact: expected.length - wrong.length,
    expected: expected.length,
    right: state.answered && caseNo !== undefined && wrong.length === 0 && askedAgain.length === 0,
    exchanges,
  };
}
