/**
 * Question words that ask nothing. 「剩不了多少」「啥也干不了」「什么都没有」 use 多少 / 啥 / 什么 as indefinites
 * ("not much", "nothing"): a story told with them is no question, and reading one as a question turned a
 * hardship answer into a policy question asked again and again.
 */

// 没多少, 剩不了多少: not much. 什么都 / 啥也 / 哪儿都 / 怎么也: nothing, nowhere, no way. 没什么 / 没啥 (not after
// 有, so that 「有没有什么补助」 still asks; 没有什么 too, 「屋头没有什么收入」, unless help follows: 「没有什么补助吗」):
// nothing to speak of. 不怎么 / 没怎么: hardly.
// 没挣到啥子钱 / 没攒下什么 / 也没落着多少: a verb of getting, denied, then an indefinite (not much).
// Round 33: 不剩什么了 / 剩不下啥 (nothing left over) too. Round 34: 帮不上多少 / 挣不到多少 / 拿不出多少 (not much).
// Round 38: 怕哪天塌了 / 说不定哪天 (some day, feared); 挣不到啥钱 (not much earned).
// Round 43: 补课啥的都要钱 / 吃药什么的 (and so on), closing a list before 都 / 也 or a pause, not 「这是什么的？」.
// 以后老了不晓得靠哪个 / 还能靠谁 (no one to lean on): a worry, not a question.
// Round 47: 一个月也不知道能挣多少 (how much one's own work brings is uncertain): a statement of pay, not a question.
const ASKS_NOTHING =
  /(?:不知道|不晓得|说不清|说不准|搞不清|没个准)[^，。,.!！?？\s吗呢]{0,4}?(?:挣|赚)[^，。,.!！?？\s吗呢]{0,2}?多少(?:钱)?(?![^，。,.\s]{0,3}[吗呢?？])|(?:啥子?|什么)的(?=$|[都也全，。、,.!！\s])|(?:不知道|不晓得|不知|能|还能|又能|该)靠(?:谁|哪个|哪一个)|没(?:有)?[挣赚拿攒存吃干做学剩落领得捞]{1,2}(?:到|下|了|着|成|上)?(?:啥子?|什么|多少)|(?:不剩|剩不下|剩不了|没剩下?)(?:啥子?|什么)(?:了|钱)?|(?:没有?|不了|不上|不到|不出|剩不了|不剩|没剩)多少|(?:什么|啥子?|哪里|哪儿|怎么)(?:都|也)|(?<!有)没有?(?:什么|啥子?)(?!(?:可以|能|好|办法|救助|补助|补贴|政策|帮))|不怎么|没怎么|(?:怕|生怕|就怕|说不定|指不定|保不齐|万一|迟早|早晚|总有)(?:哪天|哪一天)|[挣赚拿攒存落领得捞干剩种]不(?:到|了|下|着|上|出)(?:啥子?|什么|多少)/gu;

/** The text with question words used as indefinites blanked out, for tests of whether it asks something. */
export function withoutIndefinites(text: string): string {
  return text.replace(ASKS_NOTHING, ' ');
}
