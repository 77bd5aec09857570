import { allMatches } from '../../text/matches.js';
import { found, type FoundEntity } from './found.js';

// Characters that never sit inside a place name; they let the leftmost match start after 我住在 / 申请.
const BODY = '[^\\s\\p{P}\\p{S}我你他她们想要请了吗呢吧啊是有没和跟能可帮给在住叫姓的]';
const STRONG =
  '特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟|镇|乡|苏木|嘎查|街道|村委会|村|社区|居委会|小区|新村|家园|花园|开发区|工业园|农场|林场';
const WEAK =
  '州|大街|街|大道|路|巷|弄|胡同|公寓|大院|号院|苑|庄|屯|寨|湾|组|队|号楼|号|栋|幢|座|楼|层|单元|室';
const UNIT = `${BODY}{1,12}?(?:${STRONG}|${WEAK})`;
const TAIL = '[0-9]+(?:[-—][0-9]+)*(?:号楼|号|室|栋|幢|楼|层|单元|户)?';
const CHAIN = new RegExp(`(?:${UNIT})(?:${UNIT}|${TAIL}|(?:${STRONG})|[-—#])*`, 'gu');
const UNIT_ONLY = new RegExp(UNIT, 'gu');
const STRONG_END = new RegExp(`(?:${STRONG})$`, 'u');
const CUE =
  /(?:家住|住在|住址(?:是|为)?[:：]?|地址(?:是|为)?[:：]?|现住|现居住?在?|居住在|户籍(?:地|所在地)?(?:是|在)?[:：]?|户口(?:在|是)|老家(?:在|是)|家在|位于|来自|在)\s*$/u;

const OFFICE = /局|办公室|大厅|窗口|服务中心|政府|法院|派出所|银行|医院|学校/u;
// A place followed by a post or by work (「…文林村的会计」「…街道上班」) is where the writer works, not where anyone lives.
const WORKPLACE =
  /^的?(?:会计|出纳|文书|网格员|村干部|干部|书记|支书|主任|委员|工作人员|社工|志愿者|村医|医生|老师|民警|组长|队长|专干|协管员|职工|员工|楼长)|^(?:上班|工作|打工|做事|任职)/u;

// The longest one-unit place name read after 住在 (围场满族蒙古族自治县 has ten; a clause is longer).
const MAX_SINGLE_NAME = 10;

function units(span: string): string[] {
  return span.match(UNIT_ONLY) ?? [];
}

/** A free-text address kept as written: 「江阴市澄江街道幸福社区5栋201」, or a village after 住在. */
export function extractAddresses(text: string): FoundEntity[] {
  let best: FoundEntity | undefined;
  for (const match of allMatches(CHAIN, text)) {
    const span = match[0].replace(/(?<![-—#])[-—#]+$/u, '');
    const start = match.index ?? 0;
    const parts = units(span);
    const cued = CUE.test(text.slice(Math.max(0, start - 8), start));
    const whole = text.trim() === span;
    // One unit is an address only when it is a real administrative name after 住在 / 地址, never 城市 or 马路.
    // A longer name is a clause that happens to end in 县 or 村 (「在家带孩子种两亩田听说县」).
    const strongSingle = parts.some(
      (unit) =>
        STRONG_END.test(unit) && Array.from(unit).length >= 3 && Array.from(unit).length <= MAX_SINGLE_NAME,
    );
    const accepted = parts.length >= 2 || ((cued || whole) && strongSingle);
    // Offices visited (民政局3楼305办公室) are not where the person lives.
    if (!accepted || OFFICE.test(span) || WORKPLACE.test(text.slice(start + span.length))) continue;
    if (!best || span.length > (best.text ?? '').length) best = found('address', span, span, start);
  }
  return best ? [best] : [];
}
