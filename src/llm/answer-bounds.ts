import { personMentions } from '../nlu/entities/person-name.js';
import { normalizeText } from '../text/normalize.js';
import { allMatches } from '../text/matches.js';
import { HEALTH, NUMBER_LIKE, REDACTION_LABELS } from './redact.js';

/**
 * Why a sentence the LLM wrote may not reach a resident even though it cites a passage: a policy answer never
 * needs a person, a personal number, a home, an illness, a claim that something was done, or the prompt.
 */
export type OutOfBounds =
  | 'too_long'
  | 'not_chinese'
  | 'personal_number'
  | 'person'
  | 'private_detail'
  | 'action_claim'
  | 'prompt_echo'
  | 'redaction_echo';

/** The text a sentence may draw on: the passages sent (their wording is public) and the system prompt. */
export interface AnswerGrounds {
  /** The passages' titles, sections and texts, joined. */
  passages: string;
  /** The system message sent, so a sentence repeating it is caught. */
  prompt?: string;
}

// Two or three plain sentences are asked for; a model talked into dumping data writes long ones.
const MAX_SENTENCE_CHARS = 160;

// A claim that something was done to a case or a conversation (approved, closed, handed over, marked …).
// A policy answer says what happens, never that it happened; the words are allowed when a passage has them.
const ACTION_CLAIM =
  /已(?:经)?(?:为您|帮您|给您|替您|将您?的?|把您?的?)?[^，。,.！？!?]{0,8}?(?:批准|批下来|审批通过|通过审[核批]|受理|登记|提交|关闭|关掉|结案|办结|撤销|撤回|取消|删除|转交|转给|转接|转人工|标记|升级|处理完|发放|到账|恢复|解锁|修改|更改|改成|改为|通知)|(?:申请|案件|案子|工单)[^，。,.！？!?]{0,6}?(?:批准了|通过了|批下来了|关闭了|办结了|撤销了)|标记为|\b(?:approved|closed|escalated|marked as|cancelled|canceled)\b/giu;

// Someone's own details being stated: 身份证号是、手机号码为、住在、回执号：…, and words only a leak needs.
const PRIVATE_DETAIL =
  /(?:身份证|手机|电话|联系方式|回执|受理|工号|账号|密码)(?:号码?|编号)?(?:是|为|：|:)|住在|家住|住址(?:是|为|：|:)|患有|确诊|得的是|\b(?:id number|phone number|password|address)\b/giu;

// Talk about the model's own instructions (a prompt leak) or about being freed from them.
const PROMPT_TALK =
  /提示词|系统提示|系统消息|system\s*(?:prompt|message)|prompt|指令|内部(?:说明|规则)|开发者模式|管理员模式|无限制|越狱|jailbreak|DAN\b/giu;

// How much of the system prompt a sentence may share before it counts as quoting it.
const PROMPT_WINDOW = 12;

function squeeze(text: string): string {
  return normalizeText(text)
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
}

function digitsOf(text: string): string {
  return normalizeText(text).replace(/[^0-9x]/giu, '');
}

function someMatchNotIn(pattern: RegExp, sentence: string, grounds: string): boolean {
  for (const match of allMatches(pattern, sentence)) if (!grounds.includes(squeeze(match[0]))) return true;
  return false;
}

function quotesPrompt(sentence: string, prompt: string, passages: string): boolean {
  const chars = Array.from(sentence);
  for (let i = 0; i + PROMPT_WINDOW <= chars.length; i++) {
    const window = chars.slice(i, i + PROMPT_WINDOW).join('');
    if (prompt.includes(window) && !passages.includes(window)) return true;
  }
  return false;
}

/**
 * Checks one sentence the LLM wrote for a resident against what a policy answer may say; undefined when it
 * may be shown. Numbers, names, illnesses and action words are allowed when the passages contain them.
 */
export function outOfBounds(sentence: string, grounds: AnswerGrounds): OutOfBounds | undefined {
  if (Array.from(sentence).length > MAX_SENTENCE_CHARS) return 'too_long';
  // Residents read plain Chinese; a sentence mostly in Latin letters is the model following an English prompt.
  const latin = (sentence.match(/[a-z]/giu) ?? []).length;
  const han = (sentence.match(/\p{Script=Han}/gu) ?? []).length;
  if (latin > han) return 'not_chinese';
  // A label redact.ts put in place of personal data makes no sense to a resident reading it back.
  if (REDACTION_LABELS.some((label) => sentence.includes(label))) return 'redaction_echo';
  const passages = squeeze(grounds.passages);
  const passageDigits = digitsOf(grounds.passages);
  for (const match of allMatches(NUMBER_LIKE, sentence)) {
    const digits = digitsOf(match[0]);
    // Chinese numerals read as digits are not in digitsOf; such a run is never a policy figure.
    if (digits.length < 7 || !passageDigits.includes(digits)) return 'personal_number';
  }
  if (personMentions(sentence).some((name) => !passages.includes(squeeze(name)))) return 'person';
  if (someMatchNotIn(PRIVATE_DETAIL, sentence, passages) || someMatchNotIn(HEALTH, sentence, passages))
    return 'private_detail';
  if (someMatchNotIn(ACTION_CLAIM, sentence, passages)) return 'action_claim';
  if (someMatchNotIn(PROMPT_TALK, sentence, passages)) return 'prompt_echo';
  if (grounds.prompt !== undefined) {
    const prompt = squeeze(grounds.prompt);
    if (quotesPrompt(squeeze(sentence), prompt, passages)) return 'prompt_echo';
  }
  return undefined;
}
