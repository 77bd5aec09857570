/**
 * An application the writer already made, read from two parts that any wording of it has: an apply verb
 * said as done (交了 / 报的 / 申请过, the kind of help before or after it) and the wait since (两个礼拜了,
 * 半个月了, 还没信儿, 一个电话都没有). Either part alone is no status check: 「交了房租」 applied for nothing,
 * 「等了半个月」 waits on anything. A look-up asked for (查一下…申请结果) is one on its own.
 */
import { cutText } from '../text/well-formed.js';

const HELP = '低保|特困|五保|救助|补助|补贴|帮扶|廉租|公租|危房|改造|助学|申请|材料|资料|表格?';
// An apply verb with a done aspect; never after a wish or a question (想申请的, 怎么报的, 没交过).
// 「报上去没有」 asks whether it went up: it was handed in.
// Round 46: 登记 (「上周帮吴阿姨登记的临时救助」) is how a cadre or a window says it was handed in.
const DONE_VERB =
  '(?<![想要能该得去没不未怎咋])(?:申请|申报|报|交|递|提交|送|登记)(?:了|过|的|上去了|上去的|上去没有?|上去了没)';
// The verb and what it was for, in either order, inside one clause.
const APPLIED = new RegExp(
  `(?<![想要能该得去没不未怎咋])申请(?:了|过)|${DONE_VERB}[^，。？！?!\\s]{0,8}?(?:${HELP})|(?:${HELP})[^，。？！?!\\s]{0,6}?${DONE_VERB}`,
  'u',
);
// A certificate held (残疾证办了) is not an application.
const CERTIFICATE = /证(?:已经|早就)?(?:办|交|申请)(?:了|过|的)/u;
// The time gone by, or nothing heard since.
// Round 45: 「都十来天了」: about so many (十来天, 一个来月) waits as long.
const WAITING =
  /[0-9一二两三四五六七八九十几半多]{1,3}(?:个)?[多来]?(?:天|礼拜|星期|周|月)(?:了|多了)|好久了|这么久|(?:还|一直|都|咋|怎么)(?:没|没有|不见)(?:信|消息|动静|音讯|回音|下文|结果|人管|人理|人联系|批|下来|通知)|(?:电话|消息|信儿?)都没(?:有)?|没(?:人)?(?:管|理|回)(?:我|俺)?/u;
// 「查一下我的…申请结果」: a look-up of an application's outcome or progress.
// 查出 (found by a doctor) and 检查 are no look-up; the gap stays inside one clause.
const LOOK_UP = new RegExp(
  `(?<![检调排复审])查(?!出)(?:一下|一查|查|询)?[^，。？！?!\\s]{0,14}?(?:${HELP})[^，。？！?!\\s]{0,6}?(?:结果|进度|状态|批了没|情况)`,
  'u',
);

// 「申请医疗救助快一个月了」: an application followed by the time it has been going.
const APPLIED_SINCE =
  /(?<![想要能该得去没不未怎咋])申请[^，。？！?!\s]{0,8}?(?:快|都|已经|有|差不多)?[0-9一二两三四五六七八九十几半]{1,3}(?:个)?[多来]?(?:天|礼拜|星期|周|月)(?:了|多了)/u;
// 「前天在网上申请那个低保」: an apply verb placed in the past by a time word, with no done aspect.
const APPLIED_WHEN =
  /(?:前天|昨天|上周|上个?星期|上个?礼拜|上个?月|前几天|前些天|[0-9一二两三四五六七八九十几半]{1,3}(?:个)?(?:天|礼拜|星期|周|月)(?:以)?前)[^，。？！?!]{0,8}?(?:申请|申报|报|交|递|提交|登记)/u;
// Nobody in touch since: 没人联系我, 咋没人给俺打电话, nobody come to see the home (没人来入户); round 45: 没一个人.
const NO_ONE_CALLED =
  /(?:还|一直|都|咋|怎么)?没(?:有)?(?:一个)?人(?:给(?:我|俺))?(?:联系|打电话|来电话|通知|回复|上门|来看|来?入户|来家里|来核实|来调查)/u;
// 「临时救助还没人联系我」: the help named and nobody in touch since, the application itself left unsaid.
const HELP_NO_NEWS = new RegExp(`(?:${HELP})[^。？！?!]{0,10}?${NO_ONE_CALLED.source}`, 'u');
// 「我住房救助申请被拒了」: one's own application refused or sent back; 「申请为什么会被拒」 asks the rules, and
// 「被拒了能复议吗」 asks what can be done, which the policy answer tells.
const REFUSED = new RegExp(
  `(?:我|俺|我的|俺的|我家|俺家)[^，。？！?!]{0,8}?(?:${HELP})[^，。？！?!]{0,6}?(?:被拒|被驳回|被退回|没批|没通过|没给批|批不下来)`,
  'u',
);
const WHAT_NOW = /复议|申诉|诉讼|怎么办|咋办|(?:还能|能不能|可以)(?:再|重新)?申请|再申请|重新申请/u;

// 「我的残疾人补贴申请到哪一步了」: how far an application has got (那 typed for 哪 too); 了 makes it one
// under way, not the steps of the process in general (「要走到哪一步才算完」).
const PROGRESS = new RegExp(
  `(?:${HELP})[^，。？！?!]{0,8}?(?:到|走到|办到|审到|批到)(?:了)?(?:哪|那)(?:一步|步|个环节|儿|里)?了`,
  'u',
);

// 「…报了危房改造，想查一下现在到哪个环节了」: how far it has got, the help named in another clause.
// Round 46: or whether it has been passed on yet (「有没有转到民政那边」「报到街道没有」「交上去没」).
const HOW_FAR =
  /(?:到|走到|办到|审到|批到)(?:了)?(?:哪|那)(?:一步|步|个环节|环节|个阶段)了|(?:进度|进展)(?:怎么样|如何|到哪)|(?:有没有|是不是|已经)(?:转|报|交|递|送)(?:到|过去|上去)|(?:转|报|交|递|送)(?:到|过去|上去)[^，。？！?!\s]{0,8}?(?:没有?|了没|吗|么)(?=$|[\s，。？！?!])/u;

// Round 42: 「残疾人补贴审批了没呀」: whether the help was approved yet asks after an application made.
const APPROVED_YET = new RegExp(
  `(?:${HELP})[^，。？！?!]{0,8}?(?:(?:审批|审核|批准|批|通过)(?:了|下来了?)(?:没有?|吗|么)|(?:审批|审核|批准|批下来|通过)没有?)`,
  'u',
);
// Round 42: 「我那个住房救助的事…到底在哪个手上 你们查一下」: one's own matter of that help, asked where it stands.
const OWN_MATTER = new RegExp(
  `(?:我|俺)(?:家)?(?:那个|的|这个)[^，。？！?!\\s]{0,4}?(?:${HELP})[^，。？！?!\\s]{0,4}?(?:的事|的申请)`,
  'u',
);
const WHERE_IT_STANDS = /(?:查一下|查查|帮我查|在哪个?(?:手上|部门|环节)|在谁(?:手上|那)|到底(?:谁管|在哪))/u;
// Round 42: 「危房改造的事一点消息没有」: the help's matter with no news, after a time waited.
const MATTER_SILENT = new RegExp(
  `(?:${HELP})(?:的事|那事|这事)?[^。？！?!]{0,6}?(?:一点|一直|还是|都|也)?(?:消息|信儿?|动静|音讯|下文)(?:都|也)?没(?:有)?`,
  'u',
);

/** True when the message tells an application already made and waited on, or asks to look one up. */
export function appliedBefore(message: string): boolean {
  const text = cutText(message, 2000);
  if (LOOK_UP.test(text) || PROGRESS.test(text) || (REFUSED.test(text) && !WHAT_NOW.test(text))) return true;
  if (APPROVED_YET.test(text) || (OWN_MATTER.test(text) && WHERE_IT_STANDS.test(text))) return true;
  const waiting = WAITING.test(text) || NO_ONE_CALLED.test(text);
  if (waiting && MATTER_SILENT.test(text)) return true;
  if (HELP_NO_NEWS.test(text) && /(?:了|多了)(?=$|[\s，。？！?!])|好久|这么久/u.test(text)) return true;
  const applied = APPLIED.exec(text) ?? APPLIED_WHEN.exec(text) ?? APPLIED_SINCE.exec(text);
  if (!applied || CERTIFICATE.test(text)) return false;
  return waiting || HOW_FAR.test(text);
}
