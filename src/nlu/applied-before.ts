/**
 * An application the writer already made, read from two parts that any wording of it has: an apply verb
 * said as done (交了 / 报的 / 申请过, the kind of help before or after it) and the wait since (两个礼拜了,
 * 半个月了, 还没信儿, 一个电话都没有). Either part alone is no status check: 「交了房租」 applied for nothing,
 * 「等了半个月」 waits on anything. A look-up asked for (查一下…申请结果) is one on its own.
 */
import { cutText } from '../text/well-formed.js';

const HELP = '低保|特困|五保|救助|补助|补贴|帮扶|廉租|公租|申请|材料|资料|表格?';
// An apply verb with a done aspect; never after a wish or a question (想申请的, 怎么报的, 没交过).
const DONE_VERB = '(?<![想要能该得去没不未怎咋])(?:申请|申报|报|交|递|提交|送)(?:了|过|的|上去了|上去的)';
// The verb and what it was for, in either order, inside one clause.
const APPLIED = new RegExp(
  `(?<![想要能该得去没不未怎咋])申请(?:了|过)|${DONE_VERB}[^，。？！?!\\s]{0,8}?(?:${HELP})|(?:${HELP})[^，。？！?!\\s]{0,6}?${DONE_VERB}`,
  'u',
);
// A certificate held (残疾证办了) is not an application.
const CERTIFICATE = /证(?:已经|早就)?(?:办|交|申请)(?:了|过|的)/u;
// The time gone by, or nothing heard since.
const WAITING =
  /[0-9一二两三四五六七八九十几半多]{1,3}(?:个)?(?:多)?(?:天|礼拜|星期|周|月)(?:了|多了)|好久了|这么久|(?:还|一直|都|咋|怎么)(?:没|没有|不见)(?:信|消息|动静|音讯|回音|下文|结果|人管|人理|人联系|批|下来|通知)|(?:电话|消息|信儿?)都没(?:有)?|没(?:人)?(?:管|理|回)(?:我|俺)?/u;
// 「查一下我的…申请结果」: a look-up of an application's outcome or progress.
const LOOK_UP = new RegExp(
  `查(?:一下|一查|查|询)?[^，。？！?!]{0,14}?(?:${HELP})[^，。？！?!]{0,6}?(?:结果|进度|状态|批了没|情况)`,
  'u',
);

/** True when the message tells an application already made and waited on, or asks to look one up. */
export function appliedBefore(message: string): boolean {
  const text = cutText(message, 2000);
  if (LOOK_UP.test(text)) return true;
  const applied = APPLIED.exec(text);
  if (!applied || CERTIFICATE.test(text)) return false;
  return WAITING.test(text);
}
