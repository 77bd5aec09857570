import { buttonArgument } from '../../engine/buttons.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { likelyTypes } from './likely-types.js';
import { alreadyHas, toldRefusedOrClaimed } from '../../nlu/programme-held.js';
import { extractAssistanceTypes } from '../../nlu/entities/assistance-type.js';
import { cutText } from '../../text/well-formed.js';
import { NOT_RIGHT, NOT_SO, saidWrong } from '../../text/take-back-words.js';

// The names residents type when asked which kind of help (the buttons' own labels included).
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
  // The form for kinds of help without one of their own is called 其他救助, and a resident who picks "something else"
  // names no kind: the window decides it, as for 不清楚 (round 48: 「其他救助」 was answered 「这句我没太看明白」 for ever).
  其他救助: 'unknown',
  其它救助: 'unknown',
  其他: 'unknown',
  其它: 'unknown',
  其他的: 'unknown',
  别的: 'unknown',
  别的救助: 'unknown',
  都不是: 'unknown',
  都不是的: 'unknown',
  以上都不是: 'unknown',
};

// 「想申请其他救助」「办个别的补助」: help asked for as "another kind", naming none of ours.
const OTHER_HELP_ASKED =
  /(?:申请|申报|办理?|要|想)[^，。？！?!\s]{0,3}(?:其他|其它|别的)的?(?:救助|补助|帮扶|帮助)/u;

/**
 * The assistance type a message asks for: a tapped button, a bare type word, the programme named after
 * 申请/办, another programme named that the household does not already have, or else the one kind of
 * help its words point to (「孩子上技校学费拿不出来」 → education); with `guess: false`, only a type named.
 */
export function typeFrom(ctx: TurnContext, options: { guess?: boolean } = {}): string | undefined {
  const fromApply = buttonArgument(ctx.buttonId, 'apply');
  // The offer under an answer that named no kind of help (apply:unknown): the form asks which kind.
  if (fromApply === 'unknown') return undefined;
  const fromButton = fromApply ?? buttonArgument(ctx.buttonId, 'type');
  if (fromButton) return fromButton;
  const word = TYPE_WORDS[ctx.text];
  if (word) return word;
  const all = ctx.parse.entities.filter((e) => e.type === 'assistance_type');
  // 「想帮我爸申请医疗救助 另外…能不能同时办低保啊」: a kind asked about besides the one wanted is a question.
  const wantedFirst = all.filter((e) => !alsoAsked(ctx.text, e.text));
  const named = wantedFirst.length > 0 ? wantedFirst : all;
  // 「我想申请低保 哦不对 村会计说让我申请临时救助」: the kind named after the writer corrects themself.
  const corrected = correctedType(ctx.text, named) ?? retractedType(ctx.text, named);
  if (corrected) return corrected;
  // 「村里有个五保老人 房子漏雨 想帮他申请住房救助」: the help asked for is the one named after 申请/办 (round 38: or 报,
  // 「有残疾证 … 想给他报个低保」).
  // Round 39: or the one asked about with 能办吗 / 怎么申请 after its name (「有残疾证 … 低保能办吗」). Round 41: 申 alone
  // (「单亲妈妈能不能申低保」).
  const asked = named.find(
    (e) =>
      e.text !== undefined &&
      (new RegExp(
        `(?:申请|申报|申|办理?|(?<![举汇上预通情])报)(?![了过好完])[^，。？！?!\\s]{0,4}${escape(e.text)}`,
        'u',
      ).test(ctx.text) ||
        new RegExp(`(?<!不是|没有|没吃|先有|要有|得有)${escape(e.text)}${ASKED_AFTER_NAME}`, 'u').test(
          ctx.text,
        ) ||
        new RegExp(
          `(?:还能|能不能|可不可以|还可以)(?:吃|享受|办|申请|领)?${escape(e.text)}(?:不|吗|么|没|嘛)`,
          'u',
        ).test(ctx.text)),
  );
  if (asked) return String(asked.value);
  // 「是工会会员…说可以申请困难职工救助」: the kind named after 申请 wins, when an earlier mention of it is the one kept.
  const afterApply = askedAfterApply(ctx.text);
  if (afterApply && (named === all || named.some((e) => String(e.value) === afterApply))) return afterApply;
  const wanted = named.filter((e) => !alreadyHas(ctx.text, e.text));
  // One named as refused or already claimed is not the one asked for, when another is named (round 39: even one
  // asked about after 还能, 「医疗救助也报过 … 还能找谁帮帮 慈善会那边能申请不」).
  const open = (e: (typeof all)[number]): boolean =>
    !alreadyHas(ctx.text, e.text) && !toldRefusedOrClaimed(ctx.text, e.text);
  const first = named.find(open) ?? all.find(open) ?? wanted[0];
  if (first) return String(first.value);
  if (options.guess === false) return named[0] ? String(named[0].value) : undefined;
  const likely = likelyTypes(ctx.text);
  if (likely.length === 1) return likely[0];
  if (likely.length === 0 && named.length === 0 && OTHER_HELP_ASKED.test(cutText(ctx.text, 600)))
    return 'unknown';
  // Only programmes the household already has were named, and the words point nowhere else.
  return likely.length === 0 && named[0] ? String(named[0].value) : undefined;
}

// The writer takes back what they just said: 「哦不对」「说错了」「不是…」「哦不是」「算了」, or thinks again (「本来想申请低保的
// 后来想想我还能干 还是想学个手艺」). Round 43: 「本来想问问低保咋办 寻思寻思算了 … 就想整个电焊证」: thought over, and dropped.
// 不是 counts only after a pause or a slip's sound: 「是不是」 and 「还不是…」 take nothing back.
const SELF_CORRECTION = new RegExp(
  `${NOT_RIGHT}|${saidWrong(undefined, { le: true })}|` +
    String.raw`(?:^|[\s，,。哦噢啊呃…])(?:${NOT_SO}|算了)|后来想想|后来一想|想了想|` +
    '(?:想想|寻思(?:寻思)?|琢磨(?:琢磨)?|合计(?:合计)?|考虑了一下)(?:还是)?算了',
  'gu',
);

// How far after a slip taken back the kind meant instead may be named bare, in characters.
const CORRECTION_REACH = 8;
// 「…说让我申请」: the words just before a kind of help ask for it.
const APPLY_JUST_BEFORE = /(?:申请|申报|办理?|报)(?![了过好完])[^，。？！?!\s]{0,4}$/u;

/** The kind of help named first after the last self-correction, when another kind was named before it. */
function correctedType(
  message: string,
  named: readonly { value: unknown; text?: string | undefined }[],
): string | undefined {
  if (named.length < 2) return undefined;
  const marks = [...message.matchAll(SELF_CORRECTION)];
  const mark = marks.at(-1);
  if (mark?.index === undefined) return undefined;
  const after = mark.index + mark[0].length;
  const placed = named
    .filter((e) => e.text !== undefined)
    .map((e) => ({ value: String(e.value), at: message.indexOf(e.text ?? '') }))
    .filter((e) => e.at >= 0);
  const before = placed.some((e) => e.at < mark.index);
  // After thinking again, the kind wanted may be named in other words than its first mention (「找工作 … 后来想想 …
  // 想学个技能培训」): read from the words after it. (「不是低保能不能申请」 names what is not the case.)
  const thoughtAgain = /想/u.test(mark[0]);
  // Round 46: a slip taken back names the kind meant at once (「低保 哦不对 临时救助」) or asks for it anew (「哦不对 村干部
  // 说让我申请临时救助」); a kind only mentioned later (「我爸叫陈国东不对是栋梁的栋陈国栋…我妈有残疾证」) corrects nothing:
  // the slip was the name's.
  const next =
    placed
      .filter(
        (e) =>
          e.at >= after &&
          (e.at - after <= CORRECTION_REACH || APPLY_JUST_BEFORE.test(message.slice(after, e.at))),
      )
      .sort((a, b) => a.at - b.at)[0]?.value ??
    (thoughtAgain
      ? extractAssistanceTypes(cutText(message.slice(after), 600)).map((e) => String(e.value))[0]
      : undefined);
  return before && next ? next : undefined;
}

/** Round 38: 「我想办低保……算了 我还有手有脚的 还是想先找个工作」: the one kind named, taken back, and another pointed to after. */
function retractedType(
  message: string,
  named: readonly { value: unknown; text?: string | undefined }[],
): string | undefined {
  const only = named.length === 1 ? named[0] : undefined;
  const at = only?.text === undefined ? -1 : message.indexOf(only.text);
  if (!only || at < 0) return undefined;
  const mark = [...message.matchAll(SELF_CORRECTION)].find((m) => (m.index ?? -1) > at);
  if (mark?.index === undefined) return undefined;
  const likely = likelyTypes(cutText(message.slice(mark.index + mark[0].length), 600));
  return likely.length === 1 && likely[0] !== String(only.value) ? likely[0] : undefined;
}

// 「另外…能不能同时办」「顺便问下 还能申请…吗」: words that ask about a second kind of help besides the one wanted.
const ALSO = /(?:另外|同时|顺便|还能|也能|还可以|也可以)[^，。？！?!]{0,14}$/u;

/** True when the kind named `text` is asked about as well as another (the words before it say 另外, 同时 …). */
function alsoAsked(message: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  const at = message.indexOf(text);
  // 「现在这情况还能吃低保不」 asks whether this kind is still open to them, not about a second kind.
  if (at >= 0 && /^(?:不|吗|么|没|嘛)/u.test(message.slice(at + text.length))) return false;
  return (
    (at > 0 && ALSO.test(message.slice(Math.max(0, at - 16), at))) ||
    (at >= 0 && ALSO_AFTER.test(message.slice(at + text.length, at + text.length + 12)))
  );
}

// How a kind of help is asked for right after its name: 「低保能办吗」「医疗救助咋申请」; not 「单亲妈妈能申请低保吗」 (a
// status, then the help), 「要先有低保才能申请」 (a condition) nor 「不是低保能不能申请」 (the kind not had, see typeFrom).
const ASKED_AFTER_NAME =
  '(?:(?:能|可以|可不可以|能不能)(?:办|申请)(?=$|[\\s，,。？！?!吗么不没呢嘛啊])|(?:咋|怎么)(?:办|申请)(?=$|[\\s，,。？！?!吗呢嘛啊]))';

// Round 39: 「低保能办吗 要是能办 残疾人那个补贴还能一块儿领不」: the second kind asked about after its name.
const ALSO_AFTER =
  /^[^，。？！?!\s]{0,4}(?:还能|也能|还可以|也可以)(?:一块儿?|一起|同时|顺便)(?:领|办|申请|拿|享受)/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Words right after 申请/申报/办 that may name the help asked for (「申请困难职工救助」).
const APPLY_WORD = /(?:申请|申报|办理?)(?![了过好完])([^，。？！?!\s]{1,10})/gu;

/** The kind of help named right after 申请/申报/办, the first such; undefined when none is. */
function askedAfterApply(message: string): string | undefined {
  for (const match of cutText(message, 600).matchAll(APPLY_WORD)) {
    const named = extractAssistanceTypes(match[1]!)[0];
    if (named && named.start <= 4) return String(named.value);
  }
  return undefined;
}
