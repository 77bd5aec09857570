import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// Asking for a person in so many words: 转人工, 真人, 客服, 叫个人来, 换个人, 让个人给我回电话 (「老板换人」「厂里不要人了」
// ask for no one).
// 领导, 负责人, 社工, 网格员, 窗口的同志, 「联系我」「有人值班吗」「人呢」 name someone to deal with too. 「我 聋人 不能 打电话」
// says why they type. 「有人吗」 asks whether anyone is there.
const HUMAN_WORD =
  /人工|真人|客服|工作人员|活人|机器人|(?:找|叫|派|换|来|要)(?:个|一个)人|(?:找|叫|派|来)人|个人(?:来|跟|给|说|聊|回)|(?<!不能|不会|没法|不方便|没办法|打不了|接不了)(?<!不能 |不会 )打(?:个)?电话|回(?:个)?电话|领导|负责人|社工|网格员|同志|联系我|值班|人呢|有人(?:吗|嘛|么|没|在吗|在不)|民政的人|懂行的人/u;

/** True when the message asks for a person in words of its own (「我个人」 answering a question does not). */
export function asksForPersonInWords(message: string): boolean {
  return HUMAN_WORD.test(cutText(message, MAX_MESSAGE_CHARS));
}
