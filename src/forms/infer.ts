import { COMMITTEE } from '../text/committee-words.js';
import { normalizeDialect } from '../text/dialect.js';
import { KIN_WORDS } from '../text/kin-words.js';
import type { Entity } from '../nlu/types.js';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

const RELATIVES = KIN_WORDS;
// 小姨, 二叔, 三舅, 老舅: a relative with the order or size residents put before the word.
const RELATIVE = `(?:小|大|二|三|四|幺)?(?:${RELATIVES})`;
// Only after 我 / 俺 is a bare 儿, a child's birth order, 对象, 掌柜的 or 宝宝 a relative (「俺儿」「我家老二」「我对象」); 这儿,
// 老大难, 救助对象 and a shop's 掌柜的 are not.
// Round 36: 「我家宝宝四岁」「我娃儿在工地上做事」: a baby or child of one's own, too; 「替我先生申请」: a husband.
const OWN_KIN =
  '(?:儿|老大|老二|老三|老四|老幺|幺儿|对象|掌柜的|宝宝|宝贝|娃儿|娃娃|娃|先生)(?![子女媳童科])';
// 为 in 因为 / 作为 / 认为 is no 「for」: 「因为老伴瘫痪」 tells why, not for whom.
const FOR_RELATIVE = new RegExp(
  `(?:(?<![不没判分卖借嫁交留户输送还让])给|帮|替|(?<![因作成认以行])为)(?:我|俺)?(?:家|屋里|屋头)?(?:的)?(?:${RELATIVE})(?!看病|治病|瞧病|买药|做饭|送饭|打电话)|(?:(?<![不没])给|帮|替|为)(?:我|俺)(?:家)?(?:的)?${OWN_KIN}|(?:我|俺)(?:的)?${RELATIVE}(?:想|要|需要)?(?:申请|办)`,
);
const ON_BEHALF = /帮|替|代|给|为/;
// Round 34: 「两个老人暂时住在村委会的活动室」: the committee's rooms as a shelter, not the committee applying.
const STAYS_AT_COMMITTEE =
  /(?:住|待|挤|安置|暂住|借住|睡)(?:在|到|进)?(?:了)?(?:村委会?|居委会?|村部|社区)(?:的)?(?:活动室|会议室|大院|院子|办公室|屋|里)?/gu;
// 「你们能帮帮忙吗」 asks the office for help; it says nothing of the committee acting for someone.
const ASKS_OFFICE = /帮帮|帮(?:个|点)?忙|帮一把|拉一把/gu;
// 「村里想帮他申请」「社区准备替她报」: the village or the community itself acts for the person.
// 「社区这边想帮辖区一位老人申请」: where the committee speaks from (这边, 我们) may stand between.
const COMMITTEE_ACTS =
  /(?:村里|社区里?|居委会?|村委会?)(?:这边|那边|这里|我们)?(?:想|要|准备|打算)?(?:帮|替|给|为)(?:辖区|本村|村里)?(?:的)?(?:一位|一个|他|她|他们|老人|这户|这家|这位|这个)/u;
// 「我是王秀英的女儿」「俺是他儿媳妇」: who the writer is to the applicant.
const WRITER_IS_RELATIVE = new RegExp(`(?:我|俺)是[^，。,\\s]{0,6}?的?(?:${RELATIVES})`);
// 「村干部说让我申请」「网格员叫俺来网上弄」「俺村支书说可以先在网上登个记」: the committee advised the writer, who
// applies for themselves. 「听村里妇女主任说 妇联有个两癌救助」: the committee is where the writer heard of the help.
const COMMITTEE_ADVISED = new RegExp(
  `听(?:说)?[^，。,\\s]{0,4}(?:${COMMITTEE.source})[^，。,\\s]{0,2}(?:说|讲)|(?:${COMMITTEE.source})(?:的人)?(?:说|跟我说|跟俺说|讲)?(?:让|叫|喊|建议|要)(?:我|俺)|(?:${COMMITTEE.source})(?:的人)?(?:也)?(?:说|讲)(?:可以|能|先|得|要)`,
);
const MY_RELATIVE = new RegExp(`(?:我|俺|伲)(?:家)?(?:的)?(?:${RELATIVE}|${OWN_KIN})`);
// A relative who died is the reason for the application, not the applicant: 「我老公上个月走了 想申请临时救助」.
// 「累死了」「烦死了」 say how tired or cross the writer is; 「钱被骗走了」 is no one gone.
const PASSED_AWAY =
  /(?<![骗偷抢卷拿带搬跑])走了|去世|过世|没了|(?<![烦累气急吓忙愁闷困饿热冷疼痛笑穷苦憋])死了|不在了/;
// A relative and their death (「老伴前年走了」「他爸妈都没了」), set aside when asking who else is named.
const RELATIVE_DIED = new RegExp(
  `(?:${RELATIVES}|${OWN_KIN})[^，。,.!！?？\\s]{0,6}?(?:${PASSED_AWAY.source})`,
  'gu',
);
// Round 35: a child who does not look after the writer (「儿子不管我们」「闺女也不养俺」) is why they apply, not whom for.
const CHILD_NEGLECTS =
  /(?:儿子|女儿|儿女|子女|孩子|闺女|姑娘)(?:们)?(?:也|都|从来|根本)?(?:不管|不养|不理|不要|不问|不来看|不给钱|不寄钱)(?:我|俺|我们|俺们|咱们|咱)/gu;
// 「村里有个老光棍」「我们这有位独居老人」: someone the writer tells of, not the writer; who applies is asked.
const SOMEONE_TOLD_OF =
  /(?:有个|有一个|有位|有一位|有户|有一户|有家)(?:老人|老头|老太|老光棍|光棍|孤寡|孤老|五保户|残疾人|人家|邻居|独居|低保户|困难户|老汉|老奶奶|老大爷|小孩|孩子)/u;
// 「不给孩子抚养费」「没给他钱」: money withheld is no help asked for them.
// Round 33: money spent on their care (「家里钱都给他看病了」) is the story, not an application for them.
// Round 42: 「房子判给她了」「钱都借给他了」: something given over to them by a verb before 给 is no help asked for them.
const FOR_THEM =
  /(?:(?<![不没判分卖借嫁交留户输送还让])给|帮|替|(?<![因作成认以行])为)(?:他|她|他们|她们|老人家)(?!看病|治病|瞧病|买药|做饭|送饭|打电话|花了|用了|交了)/;
// Someone who is not family and not the committee: a neighbour, a friend, a person met.
// 「帮我们村的彭光辉申请」: someone of the writer's village or block, named.
const FOR_OTHER_PERSON =
  /(?:给|帮|替|(?<![因作成认以行])为)(?:(?:我们?|俺)?(?:的)?(?:邻居|朋友|同事|老乡|工友|别人|人家|一个|一位|一户)|(?:我们|俺们?|咱们?)(?:村|村里|组|组里|队里|社区|小区|楼))/;

const ENGLISH_RELATIVE =
  /\bmy (?:mother|mom|mum|father|dad|parents?|son|daughter|child|kids?|wife|husband|grand(?:mother|father|ma|pa|son|daughter)|brother|sister|uncle|aunt)\b/i;
// 「帮我mom申请一下」: a relative named in English inside a Chinese sentence.
const MIXED_FOR_RELATIVE =
  /(?:给|帮|替|为)(?:我|俺)(?:的)?\s*(?:mom|mum|mother|mama|dad|father|papa|parents|grandma|grandpa|son|daughter|wife|husband|brother|sister)(?![a-z])/i;
const ENGLISH_FOR_THEM = /\bfor (?:her|him|them|my)\b|\bon (?:her|his|their) behalf\b/i;
// In pinyin without tones (「wo ma zhu yuan le」): the writer's relative, and 「gei / bang / ti」 for them.
const PINYIN_RELATIVE =
  /\b(?:wo|an)\s*(?:de\s*)?(?:ma(?:\s*ma)?|ba(?:\s*ba)?|die|niang|lao\s*(?:gong|po|ban|ren)|er\s*zi|n[vü]\s*er|gui\s*n[vü]|nai\s*nai|ye\s*ye|wai\s*(?:po|gong)|mu\s*qin|fu\s*qin|po\s*po|gong\s*gong|xi\s*fu|zhang\s*fu|qi\s*zi|sun\s*(?:zi|n[vü]))\b/i;
const PINYIN_FOR = /\b(?:gei|bang|ti)\s*(?:wo|an)\s*(?:de\s*)?[a-z]/i;
// Round 32: 「我可以自己申请嘛」 asks to apply oneself.
const SELF =
  /^(?:你好|您好)?[，,\s]*(?:我|俺)(?:自己)?(?:要|想|来)申请|(?:我|俺)叫|本人申请|我自己申请|(?:我|俺)(?:能|可以|可不可以|能不能)自己申请/;
// 「儿子叫景博文」「俺娘名字是…」: the person named is a relative of the writer.
// Round 39: after the consent given in the same message too, and 娃 for the child (「同意 娃叫马文斌 …」).
const RELATIVE_NAMED = new RegExp(
  `^(?:(?:同意|好的?|行|可以|嗯|ok)[\\s，,。!！]*)?(?:(?:我|俺|伲)(?:家)?(?:的)?)?(?:${RELATIVES}|娃儿?|娃子)(?:的)?(?:名字|姓名)?(?:叫|是)`,
  'i',
);

/** True when an answer to 「申请人叫什么名字」 names the applicant as the writer's relative (「我侄子叫…」). */
export function namesRelative(answer: string): boolean {
  return RELATIVE_NAMED.test(cutText(answer, MAX_MESSAGE_CHARS).trim());
}

// Any relative named at all: then who applies is not guessed unless the message says it.
const ANY_RELATIVE = new RegExp(`(?:${RELATIVES})|(?:我|俺|伲)(?:家)?(?:的)?${OWN_KIN}`);

// 「我女今年考上高中了」「我屋头两个娃儿都在读书」「俺家小子在县职专上二年级」: the writer's own child, named as the one at school.
// Round 37: 「阮囝读初二」: my child, in Minnan.
const OWN_CHILD =
  /(?:我|俺|我们|俺们|阮)(?:家|屋头|屋里|的)?(?:两个|三个|俩|仨|大|小|二)?(?:娃儿?|娃子|孩子|儿子|女儿|闺女|小子|丫头|妮子|女(?![人士的])|仔|崽|伢子?|孙子|孙女|外孙女?|囡囡?|囝仔?)/u;
// The writer at school themself: 「我在读大一」「我今年考上大学了」.
const WRITER_AT_SCHOOL =
  /(?:我|俺)(?:今年|现在)?(?:在读|读|上|考上|是)(?:了)?[^，。？！?!\s]{0,6}?(?:大学|大专|高中|职高|中专|学生|大一|大二|大三|大四|高一|高二|高三)/u;

// The writer still at school, told as why they cannot help more (「我还在读书能力有限」).
const WRITER_STILL_STUDYING = /(?:我|俺)(?:自己)?(?:还|也|现在|都)?(?:在)?(?:读书|上学|念书)/gu;

/**
 * The opening without the writer's own schooling, for an application for a relative: 「想帮我外婆问一下低保 …
 * 我还在读书」 tells of the grandchild, not of a student in the grandmother's household.
 */
export function withoutWriterAtSchool(message: string): string {
  return message.replace(WRITER_STILL_STUDYING, (m) => ' '.repeat(m.length));
}

/**
 * For a form about a student (it asks the student's stage): the writer's child named as the one at school makes
 * the application a relative's (the student is the applicant), unless the writer is at school themself.
 */
export function forOwnChild(message: string): boolean {
  const text = normalizeDialect(cutText(message, MAX_MESSAGE_CHARS));
  return OWN_CHILD.test(text) && !WRITER_AT_SCHOOL.test(text);
}

/**
 * Who is applying, read from the first message when it says so: for a relative (「给我妈申请」), by the
 * village committee, or oneself (「我要申请临时救助」, no relative named). A message that names a relative
 * without saying who applies (「伲老头子眼睛瞎了 想申请…」) leaves it undefined, and the form asks.
 */
export function inferApplicantRelation(
  message: string,
): '本人申请' | '亲属代为申请' | '村（居）委会代为申请' | undefined {
  // 「帮我阿公问一下」 names a relative as 「帮我爷爷问一下」 does.
  const text = normalizeDialect(cutText(message, MAX_MESSAGE_CHARS));
  const committeeText = text.replace(STAYS_AT_COMMITTEE, ' ');
  if (
    (COMMITTEE.test(committeeText) &&
      ON_BEHALF.test(text.replace(ASKS_OFFICE, '')) &&
      !COMMITTEE_ADVISED.test(text)) ||
    COMMITTEE_ACTS.test(text) ||
    // 「柏树村支部书记反映：…党建平户苹果绝收，申请受灾救助」: the cadre reports a household and applies for it.
    (COMMITTEE.test(committeeText) &&
      /反映|上报|报告/u.test(text) &&
      /村民|[^我俺咱自，。\s]户(?!口|籍)|[^我俺咱自，。\s]家(?!里)/u.test(text) &&
      !COMMITTEE_ADVISED.test(text))
  )
    return '村（居）委会代为申请';
  // 「我是王秀英的女儿 想帮她申请」: the writer is the applicant's relative.
  if (WRITER_IS_RELATIVE.test(text) && (FOR_THEM.test(text) || FOR_RELATIVE.test(text)))
    return '亲属代为申请';
  if (
    FOR_RELATIVE.test(text) ||
    MIXED_FOR_RELATIVE.test(text) ||
    (MY_RELATIVE.test(text) && FOR_THEM.test(text))
  )
    return '亲属代为申请';
  // 「我要申请低保 我叫刘桂芬 … 老伴瘫痪在床」: the writer says they apply; the relative is the story.
  if (SELF.test(text)) return '本人申请';
  // 「想给他报个五保」「帮邻居问问」: for someone the message does not place, so who applies is asked.
  if (FOR_THEM.test(text) || FOR_OTHER_PERSON.test(text) || SOMEONE_TOLD_OF.test(text)) return undefined;
  // A relative who died is the reason for the application: 「我老公上个月走了 想申请临时救助」; so is a child who
  // does not look after the writer (「我们两个老人 儿子不管我们」).
  // Only a relative still living leaves who applies to ask: 「我孙子上学…他爸妈都没了」 names the grandson.
  if (ANY_RELATIVE.test(text.replace(RELATIVE_DIED, ' ').replace(CHILD_NEGLECTS, ' '))) return undefined;
  // In English: 「my mother … can I apply for her」 is for a relative; a relative only named leaves it asked.
  if (ENGLISH_RELATIVE.test(text)) return ENGLISH_FOR_THEM.test(text) ? '亲属代为申请' : undefined;
  if (PINYIN_RELATIVE.test(text)) return PINYIN_FOR.test(text) ? '亲属代为申请' : undefined;
  return '本人申请';
}

// The hardship is kept up to this many UTF-16 units, cut between characters, never inside an emoji.
const MAX_HARDSHIP_CHARS = 1000;

const REQUEST = /申请|办理|想办|要办|帮我办|救助$/;

/**
 * The hardship as the resident described it in a message, without the request and without the
 * parts that are other fields (name, ID, phone, address …), or undefined when nothing is left.
 */
export function hardshipFromMessage(message: string, entities: readonly Entity[]): string | undefined {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  const spans = entities.map((e) => e.text).filter((t): t is string => typeof t === 'string' && t.length > 0);
  const clauses = text
    // A point between digits is a decimal point (「自己出4.8w」), not the end of a clause.
    .split(/[\s,，。!！?？;；、]+|(?<![0-9])\.+|\.+(?![0-9])/)
    .filter((clause) => clause.length > 0)
    .filter((clause) => !spans.some((span) => clause.includes(span) || span.includes(clause)))
    .filter(
      (clause) =>
        !REQUEST.test(clause) &&
        !/[0-9]{3,}/.test(clause) &&
        // Introductions (我是村委会的, 我叫…) and contact details are not the hardship.
        !/^(?:我是|我叫|俺是|伊叫|身份证|电话|手机|住(?!院)|地址|您好|你好)/.test(clause) &&
        // 「哦不对」「说错了」: the writer correcting themself tells nothing of the hardship.
        !/^(?:哦|噢|啊|哎呀?|呃)?(?:不对|说错了|打错了|搞错了)(?:啊|呀|哦)?$/u.test(clause),
    );
  const kept = clauses.filter((clause) => (clause.match(/\p{Script=Han}/gu)?.length ?? 0) >= 3).join('，');
  return kept.length >= 4 ? cutText(kept, MAX_HARDSHIP_CHARS) : undefined;
}

// Round 40: an illness someone died of (「她男人前年得病走了」) is why the household is poor, not a sick member now.
const ILLNESS_OF_THE_DEAD =
  /(?:得|生|患)(?:了)?(?:病|重病|大病|癌症?|急病)[^，。；;\s]{0,4}(?:走了|去世|过世|没了|死了|不在了)|病(?:逝|故|死)(?:了)?/gu;

/** The text with illnesses that someone died of blanked, for the choices the opening tells. */
export function withoutIllnessOfTheDead(text: string): string {
  return text.replace(ILLNESS_OF_THE_DEAD, (m) => ' '.repeat(m.length));
}
