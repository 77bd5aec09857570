import { complainsAboutService } from '../../nlu/service-complaint.js';
import type { IntentName } from '../../nlu/types.js';
import { withoutIndefinites } from '../../nlu/question-words.js';
import { asksForPersonInWords } from '../human-words.js';
import type { TurnContext } from '../turn-context.js';
import { askForHuman } from './human.js';
import { intentReply } from './intent-reply.js';
import { answerPolicy } from './policy-answer.js';

// Intents answered in the middle of a flow before it resumes.
const ASIDE_INTENTS: ReadonlySet<IntentName> = new Set([
  'ask_policy',
  'greet',
  'thanks',
  'complaint',
  'request_human',
]);
const ASIDE_CONFIDENCE = 0.6;
const MIN_INTENT_CONFIDENCE = 0.35;
const QUESTION = /[吗呢？?]$|怎么|怎样|多久|多少|什么|哪个|哪些|哪里|能不能|可不可以|是否|咋|啥/;

/** True when the words ask something (a question word or a closing question mark), the indefinite ones set aside. */
export function asksInWords(text: string): boolean {
  return QUESTION.test(withoutIndefinites(text));
}

// When the window is open: a day or a time with 上班 / 办公 / 开门, asked (「周六上班吗」「几点开门」「办公时间是几点」).
const OFFICE_HOURS =
  /(?:周[六日天末]|星期[六日天]|礼拜[六日天]|节假日|几点|中午|晚上|早上)[^，。？！?!\s]{0,6}?(?:上班|办公|开门|有人|办理|能办)|办公时间|上班时间|几点(?:上班|下班|开门|关门)/u;

/** True when the message asks when the office is open. */
export function asksOfficeHours(text: string): boolean {
  return OFFICE_HOURS.test(text) && (QUESTION.test(withoutIndefinites(text)) || /[吗么不没]/u.test(text));
}

// 「这个号码不会让他知道吧」「会不会泄露」「能保密吗」: a worry about who will learn what the resident gives.
const PRIVACY_WORRY =
  /(?:会不会|不会|能不能|别|不要|不能|会)[^，。？！?!]{0,10}(?:让|叫|被)(?:他|她|他们|她们|对方|别人|家里|村里|单位|外人)[^，。？！?!]{0,4}(?:知道|看到|发现|找到|查到)|保密|泄露|泄漏|外传|传出去|隐私/u;

/** True when the message asks whether what the resident gives will reach someone they fear or others. */
function worriesAboutPrivacy(ctx: TurnContext): boolean {
  return PRIVACY_WORRY.test(ctx.text) && (ctx.parts.askedBack.length > 0 || /[吧吗？?]/u.test(ctx.text));
}

/** The question, with the kind of help it is about when it names none (the application in progress). */
function withTopic(ctx: TurnContext, about: string | undefined): string {
  const names = ctx.parse.entities.some((e) => e.type === 'assistance_type');
  if (!about || about === 'unknown' || names) return ctx.text;
  return `${ctx.services.locality.typeLabel(about)} ${ctx.text}`;
}

/** A question about the benefits (材料, 条件, 多久 …), answered even when the classifier is only fairly sure. */
export function isPolicyQuestion(ctx: TurnContext): boolean {
  const { intent } = ctx.parse;
  return (
    QUESTION.test(withoutIndefinites(ctx.text)) &&
    ((intent.name === 'ask_policy' && intent.confidence >= MIN_INTENT_CONFIDENCE) ||
      (ctx.services.knowledge?.search(ctx.text, { limit: 1 }).answerable ?? false))
  );
}

/**
 * Answers a message that is not part of the flow in progress (a question, a greeting, a request for a
 * person) so the flow can ask again after it. Declared once for every flow; false when it is not an aside.
 */
export async function answerAside(ctx: TurnContext, about?: string, asked = false): Promise<boolean> {
  const action = ctx.buttonId ? ctx.services.buttons.action(ctx.buttonId) : undefined;
  if (action === 'request_human') {
    askForHuman(ctx, '居民要求转人工');
    return true;
  }
  if (action === 'policy_menu') {
    ctx.say(ctx.services.replies.policy_menu);
    return true;
  }
  const { intent } = ctx.parse;
  if (worriesAboutPrivacy(ctx)) {
    ctx.say(ctx.services.replies.privacy_reassure);
    return true;
  }
  if (asksOfficeHours(ctx.text)) {
    ctx.say(ctx.services.replies.office_hours, { officeHours: ctx.services.locality.officeHours });
    return true;
  }
  // A question the flow has found in the message (「顺便问下 被欠的工资能找谁要啊」) is answered, or honestly declined.
  const policy = isPolicyQuestion(ctx);
  if (asked || policy) {
    const topic = ctx.state.topic;
    // Only a question the documents speak to is read as about the form's help; another is declined as asked.
    await answerPolicy(ctx, policy ? withTopic(ctx, about) : ctx.text, { offerToApply: false });
    ctx.state.topic = topic;
    return true;
  }
  if (!ASIDE_INTENTS.has(intent.name) || intent.confidence < ASIDE_CONFIDENCE) return false;
  if (intent.name === 'request_human') {
    // 「我个人」 answering 「给谁申请」 is no call for a person: mid-form, the words of one must be there.
    if (!asksForPersonInWords(ctx.text)) return false;
    askForHuman(ctx, '居民要求转人工');
    return true;
  }
  if (intent.name === 'complaint') {
    // 「医生说证要过一两个月才发下来」 answering 「有没有办残疾人证」 tells a wait, not a grievance: mid-form, a
    // complaint is filed only when it is about the service (who serves, or how).
    if (!complainsAboutService(ctx.text)) return false;
    ctx.push(intentReply(ctx, 'complaint'));
    ctx.record('complaint', { turn: ctx.state.turnCount + 1 });
    return true;
  }
  // 「饭自个儿做 水自个儿担 还能行」 answers the question asked in words the classifier takes for a policy
  // question; only a message that asks something is answered as one.
  if (intent.name === 'ask_policy') {
    if (!ctx.parts.asksSomething && !QUESTION.test(withoutIndefinites(ctx.text))) return false;
    const topic = ctx.state.topic;
    await answerPolicy(ctx, withTopic(ctx, about), { offerToApply: false });
    ctx.state.topic = topic;
    return true;
  }
  ctx.push(intentReply(ctx, intent.name));
  return true;
}
