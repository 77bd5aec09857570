import type { TurnContext } from '../../engine/turn-context.js';

const SURE = 0.6;
// 「不同意」「不愿意」 said, not asked: 「问他同不同意」「愿不愿意」 put the question to someone (the consent reads it too).
export const SAYS_NO = String.raw`(?<!同)不同意|(?<!愿)不愿意`;
// 「还没问过她」「她不知道」: not (yet) agreed, whatever else the sentence says.
const NOT_AGREED = new RegExp(
  String.raw`${SAYS_NO}|没同意|还没|没问|没跟|不知道|不晓得|不清楚|(?<!肯)不肯|没点头|不点头|n't\b|\bnot\b|\bnever\b|disagree`,
  'i',
);
// 「儿子晓得的 他也想继续读」「我问他他点头了」: knowing of it, nodding, wanting it too are a yes from the person.
const AGREED =
  /同意|答应|让我|叫我|委托|知道的|晓得的|晓得了|愿意|点头|(?:他|她|孩子|娃|崽|儿子|女儿|本人|老人)也(?:想|要)(?!问)|签过字|签了字|授权|tong ?yi|\bagree[sd]?\b|\bconsent(?:s|ed)?\b|\bis ok\b|\bis fine\b/i;
// The writer's own yes at the start of a combined answer (「同意，我妈也同意」): what follows speaks for the other person.
const OWN_YES =
  /^[\s，,。.!！]*(?:(?:我)?(?:同意|可以|好的?|行|嗯+|没问题|ok)[\s，,。.!！的了啊吧]*|(?:(?:yes|yeah|yep|okay|ok|sure|i agree|agreed)\b[\s,.!]*)+)/iu;
// 「我是她爸爸」「监护人」: who the writer is, said beside the agreement.
const WRITER_IS = /^(?:我|俺)是|监护人/u;
// 「他叫俺办的」「让我帮着弄」「托我来问」: the writer acts at the person's request.
const ON_THEIR_BEHALF = /(?:叫|让|托|委托)(?:我|俺|咱)|帮(?:着|忙)?(?:弄|办|申请)|代(?:他|她)/u;
// An English yes opening the answer (「yes I agree」「OK, sure」), before anything said about the other person.
const ENGLISH_YES = /^[\s,.!]*(?:yes|yeah|yep|okay|ok|sure|i agree|i do|agreed)\b(?![\s,]*not\b)/i;

// 「孩子才12 俺是她爸」: the applicant is a child and the writer their parent or guardian, who agrees for them.
// Round 37: 「孩子说不明白 俺是他娘 俺做主」: a child who cannot say it for himself, and his mother agrees for him.
// Round 43: the parent said first, then that the child is small (「我是她爸 她还小 我替她申请」).
// Round 46: the writer who names themselves the guardian (「我是他妈妈 监护人」) agrees for the ward, whatever is between.
const GUARDIAN_OF_CHILD =
  /(?:孩子|娃|闺女|女儿|儿子|孙子|孙女|外孙|她|他)[^，。？！?!]{0,4}(?:才|只有|还不到|不到|未满)?[0-9一二两三四五六七八九十]{1,2}(?:岁|周岁)?(?:多)?[^，。？！?!]{0,6}(?:我|俺)是(?:她|他|孩子|娃)?的?(?:爸|妈|爸爸|妈妈|爹|娘|爷爷|奶奶|姥姥|姥爷|外婆|外公|监护人)|(?:孩子|娃)(?:还)?(?:小|未成年|没成年)[^。？！?!]{0,10}(?:我|俺)是(?:她|他|孩子|娃)?的?(?:爸|妈|爸爸|妈妈|爹|娘|爷爷|奶奶|监护人)|(?:我|俺)是[^。？！?!]{0,8}监护人|(?:我|俺)是(?:她|他|孩子|娃)?的?(?:爸|妈|爸爸|妈妈|爹|娘|爷爷|奶奶|姥姥|姥爷|外婆|外公)[^。？！?!]{0,6}(?:她|他|孩子|娃)(?:还)?(?:小|未成年|没成年|不懂事)|(?:说不明白|说不了话|不会说话|不懂事)[^。？！?!]{0,10}(?:我|俺)是(?:她|他|孩子|娃)?的?(?:爸|妈|爸爸|妈妈|爹|娘|监护人)/u;

/** True when an answer to the privacy notice opens with an English yes (the writer's own consent). */
export function englishYes(text: string): boolean {
  return ENGLISH_YES.test(text.slice(0, 200));
}

/** Whether the person applied for agreed, read from an answer to that question alone. */
export function proxyAgreed(ctx: TurnContext, text: string): boolean {
  const { words } = ctx.services;
  const { intent } = ctx.parse;
  return (
    !NOT_AGREED.test(text) &&
    (ctx.buttonId === 'consent_yes' ||
      words.is('consent_yes', text) ||
      AGREED.test(text) ||
      GUARDIAN_OF_CHILD.test(text) ||
      (intent.name === 'affirm' && intent.confidence >= SURE))
  );
}

/**
 * What an answer to the privacy notice says about the other person's agreement, when it says anything beyond
 * the writer's own yes: 「同意 我妈也同意的」 → true, 「同意 还没问她」 → false, a bare 「同意」 → undefined (ask).
 */
export function proxyAgreementInConsent(text: string): boolean | undefined {
  const rest = text.replace(OWN_YES, '').trim();
  if (rest === '') return undefined;
  if (NOT_AGREED.test(rest)) return false;
  return AGREED.test(rest) || GUARDIAN_OF_CHILD.test(rest) ? true : undefined;
}

// Clauses of an answer: 「宋金福同意，他让我帮着弄 宋金福 3707…」.
const CLAUSE = /[^\s，,。；;！!]+/gu;

/**
 * The answer without its clauses about the other person's agreement (「宋金福同意」「让我帮着弄」), so that the
 * fields given with them (「宋金福 3707… 153…」) are read from their own words. Clauses with digits are kept.
 */
export function withoutAgreementClauses(text: string): string {
  return (text.match(CLAUSE) ?? [])
    .filter(
      (clause) =>
        /[0-9]/.test(clause) ||
        !(
          AGREED.test(clause) ||
          NOT_AGREED.test(clause) ||
          ON_THEIR_BEHALF.test(clause) ||
          WRITER_IS.test(clause)
        ),
    )
    .join(' ');
}
