/**
 * Whether a message says the writer is still waiting for the answer to something they applied for
 * (「那个临时救助咋还没信儿呢」「都半个月了 房子的事到底有没有人管」): a status check in the words of someone tired of
 * waiting, whatever tone the classifier hears in it.
 */
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// Nothing heard yet: no news, no result, no approval, nobody getting back; round 32: 「一点动静没有」 said the other
// way round; round 45: 「都十来天了」, about so many days.
const NOTHING_YET =
  /(?:一点|一丁点|半点|啥|什么)(?:都|也)?(?:信儿?|消息|动静|音信|回音|下文)(?:都|也)?没(?:有)?|(?:还|仍|一直|咋|怎么|为啥|为什么)(?:是|都)?没(?:有)?(?:个)?(?:信儿?|消息|音信|动静|回音|回信|结果|下文|回复|答复|通知|批(?:下来)?|下来|人(?:管|理|联系|回))|(?:到现在|至今|一直)(?:都|也|还)?没(?:有)?人(?:给|跟|和)?(?:我|俺)?(?:打过|打|来过|联系过?|回过?)|(?:都|已经|等了)(?:半个月|[0-9一二两三四五六七八九十几]{1,3}(?:个)?[多来]?(?:天|周|礼拜|星期|月))了[^。]{0,16}(?:有没有人管|没人管|没人理|没消息|没动静|怎么回事|咋回事|到底)/u;
// What they wait on: an application, a kind of help, 「房子的事」.
const SOMETHING_APPLIED = /申请|救助|补助|补贴|低保|五保|特困|的事|那事|手续|材料|回执|受理|审批|批/u;

/** True when the message says the writer still waits for the answer to something they applied for. */
export function awaitsResult(message: string): boolean {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  return NOTHING_YET.test(text) && SOMETHING_APPLIED.test(text);
}
