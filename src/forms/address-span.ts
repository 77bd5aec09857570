import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// The units an address is made of; the last one ends it (「…9组我姐家」 ends at 组). 社 is the village group of
// Sichuan and Chongqing (「罗家村十社」).
// A station names a place too: someone stranded gives where they are (「江阴汽车客运站旁边」).
const UNIT =
  /[省市县区镇乡村组号路巷屯庄幢栋室弄]|街道|社区|社(?![区会保])|小区|大街|单元|楼|(?:客运|汽车|火车|高铁)站/;
const UNITS =
  /[省市县区镇乡村组号路巷屯庄幢栋室弄]|街道|社区|社(?![区会保])|小区|大街|单元|楼|(?:客运|汽车|火车|高铁)站/gu;
// Words before the address: 「我住在」「人已经跑出来了 在」「地址是」「我家在」.
const LEAD = /^.{0,16}?(?:住在|住|家在|地址是|地址|住址是|住址|在)(?=[^在住]{2})/u;
// A phone number and the words that name it, which are never part of an address.
const PHONE = /(?:(?:我的|我)?(?:电话|手机)(?:号码?)?(?:是)?)?\+?(?:86)?1[3-9][0-9](?:[\s-]?[0-9]){8}/gu;
const MAX_ADDRESS_CHARS = 60;
/** Words that hold a unit's character and name no place: 「超市收银」 is a job, 菜市场 a market, 酒楼 a restaurant, 几十号人 a count of people. */
export const NOT_A_UNIT =
  /超市|菜市场?|集市|夜市|门市|市场|楼下|楼上|上楼|下楼|酒楼|茶楼|候车室|教室|办公室|卫生室|医务室|号人/gu;
const SHORT_PLACE = /^\p{Script=Han}{2}(?:镇|乡|村|县|区|市)$/u;
const TAIL_ABOUT_PEOPLE = /^(?:我|俺|他|她|你|咱|的|了|呢|啊|门口|旁边|附近|这边|那边)/;

// 「不对是东升村」「说错了 应该是5组」: the words that say the next place corrects the one before.
const OWN_FIX = /^(?:不对|说错了?|写错了?|错了)[，,\s]*(?:应该是|是)?/u;

/** The address so far with its last unit of the kind the correction names replaced; undefined if not one. */
function corrected(sofar: string, place: string): string | undefined {
  if (!OWN_FIX.test(place)) return undefined;
  const right = place.replace(OWN_FIX, '');
  const unit = [...right.matchAll(UNITS)].at(-1)?.[0];
  if (!unit || right.length <= unit.length) return sofar;
  // 「是罗家村四社」 for 「…罗家村十社」: the correction restates the place before the unit it corrects, so it
  // replaces the address from that place on.
  const first = UNIT.exec(right);
  const head = first ? right.slice(0, first.index + first[0].length) : right;
  const restated = head !== right ? sofar.lastIndexOf(head) : -1;
  if (restated >= 0) {
    const end = sofar.indexOf(unit, restated + head.length);
    return sofar.slice(0, restated) + right + (end >= 0 ? sofar.slice(end + unit.length) : '');
  }
  const at = sofar.lastIndexOf(unit);
  if (at < 0) return sofar + right;
  // The wrong name runs back from its unit to the unit before it: 「…镇东风村」 → 「东风村」.
  const before = [...sofar.slice(0, at).matchAll(UNITS)].at(-1);
  const from = before ? (before.index ?? 0) + before[0].length : 0;
  return sofar.slice(0, from) + right + sofar.slice(at + unit.length);
}

/**
 * An address given before with one unit corrected (「8号」 for 「…长寿村6号」 → 「…长寿村8号」); undefined
 * when the correction names no unit.
 */
export function correctAddress(current: string, correction: string): string | undefined {
  const right = cutText(correction, MAX_MESSAGE_CHARS)
    .replace(/不是[^，,。\s是]{1,12}/gu, ' ')
    .split(/[\s,，。]+/u)
    .filter((c) => UNIT.test(c))
    .at(-1);
  if (!right) return undefined;
  const fixed = corrected(cutText(current, MAX_ADDRESS_CHARS), `不对${right}`);
  return fixed === undefined || fixed === current ? undefined : cutText(fixed, MAX_ADDRESS_CHARS);
}

/**
 * The address in an answer, without the words around it: 「电话138… 住在青阳镇里家村18组」 →
 * 「青阳镇里家村18组」, 「人已经跑出来了 在月城镇双泾村9组我姐家」 → 「月城镇双泾村9组」; a clause that
 * says what the address is not (「不是16号」) is dropped. Undefined when no clause looks like a place.
 */
export function addressSpan(answer: string): string | undefined {
  const text = cutText(answer, MAX_MESSAGE_CHARS).replace(PHONE, ' ');
  const clauses = text
    // Brackets split too: 「yuecheng zhen (月城镇)」 keeps the characters, not the pinyin around them.
    .split(/[\s,，。；;！!？?:：()（）【】[\]]+/u)
    // 「说错了 应该是4组」: a correction said on its own goes with the place after it.
    .reduce<string[]>((all, c) => {
      const last = all.at(-1);
      if (last !== undefined && OWN_FIX.test(last) && last.replace(OWN_FIX, '') === '')
        all[all.length - 1] = last + c;
      else all.push(c);
      return all;
    }, [])
    .filter((c) => c.length > 0 && !/^(?:不是|而不是)/.test(c));
  // Each place once, without the words before it: a message that says the same address twice gives it once.
  // A unit with no name before it (「在镇上饭店干活」「村里」) says where, not which place.
  const places = [
    ...new Set(
      clauses
        .filter((c) => UNIT.test(c.replace(NOT_A_UNIT, '')))
        .map((c) => c.replace(LEAD, ''))
        .filter(
          (c) => (c.search(UNIT) > 0 || OWN_FIX.test(c)) && !/^(?:镇上|村里|乡下|市里|县里|城里)/u.test(c),
        ),
    ),
  ];
  if (places.length === 0) return undefined;
  // An address written with spaces (「澄江街道 五星社区 12幢」) is one address: its place clauses joined; a
  // clause that corrects the one before (「东风村 不对 是东升村」) takes the place of the unit it names.
  let span = places.reduce((sofar, place) => corrected(sofar, place) ?? sofar + place, '');
  // What follows the last unit is cut only when it is about people, not the place (「…9组我姐家」, not 「…镇工地宿舍」).
  const last = [...span.matchAll(UNITS)].at(-1);
  const end = last ? (last.index ?? 0) + last[0].length : span.length;
  if (TAIL_ABOUT_PEOPLE.test(span.slice(end))) span = span.slice(0, end);
  span = span.replace(/^(?:我家|家里|我|俺|是)/, '');
  // A three-character place is enough when it is a whole town or village (月城镇); shorter is never an address.
  if (span.length < 3 || (span.length < 4 && !SHORT_PLACE.test(span))) return undefined;
  return cutText(span, MAX_ADDRESS_CHARS);
}
