import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// 「问个事」「想打听点事儿」「咨询个事情」: the whole message says only that a question is coming, with a greeting or a
// particle around it.
const ONLY_ANNOUNCES_ASKING =
  /^(?:你好|您好|喂|在吗)?[，,、\s]*(?:我|俺)?(?:想|要|来)?(?:问|打听|咨询|请教)(?:一下|下)?(?:个|一个|点|件|些)(?:事|事儿|事情)[呗啊呀哈吧嘛。.!！~～\s]*$/u;

/**
 * True when a message only announces that the resident has something to ask (「问个事」): the conversation opens,
 * and the bot asks what it is; there is nothing yet to answer or to complain about.
 */
export function onlyAnnouncesAsking(message: string): boolean {
  return ONLY_ANNOUNCES_ASKING.test(cutText(message, MAX_MESSAGE_CHARS).trim());
}
