// Round 44: 「已经申请过医疗救助了 还能找慈善吗」 tells an application made only as the reason for asking: what is asked
// is whether other help (charity, a federation, another programme) may be had beside it, a question about the help.
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';
import { awaitsResult } from './awaits-result.js';
import { asksOwnCase } from './usual-time.js';

// 还能找慈善吗, 还可以申请红十字会的吗, 能不能再找工会: another source of help asked for beside the one applied to.
const OTHER_HELP =
  /还(?:能|可以|可不可以|能不能|可以不可以|有没有)(?:再|另外)?(?:找|申请|求助|去找|领|办|享受|拿|有)?[^，。？！?!\s]{0,6}?(?:慈善|红十字|工会|妇联|残联|基金会|社会组织|水滴筹|轻松筹|众筹|别的|其他|其它)/u;

/** True when the message asks whether other help may be had beside an application, and nothing of its case. */
export function asksOtherHelpBeside(message: string): boolean {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  return OTHER_HELP.test(text) && !asksOwnCase(text) && !awaitsResult(text);
}
