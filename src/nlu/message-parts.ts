import { COMMITTEE } from '../text/committee-words.js';
import { normalizeDialect } from '../text/dialect.js';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { appliedBefore } from './applied-before.js';
import { withoutCertificateApplied } from './certificate-applied.js';
import { extractAssistanceTypes } from './entities/assistance-type.js';
import { withoutIndefinites } from './question-words.js';
import { cutText } from '../text/well-formed.js';
import { splitClauses } from './urgency/clauses.js';
import { REGIONAL_KIN } from '../text/kin-words.js';

/**
 * A message read as its clauses: what is told (a story about oneself or a relative, a hardship, someone
 * else seen in need), what is asked (questions to answer) and what is wanted (to apply, to check an
 * application already made). One long colloquial message often does all three; the classifier gives it
 * one intent, this reading keeps the parts so each can be answered in a sensible order.
 */
export interface MessageParts {
  /** A clause asks to apply now: 想申请 / 帮我妈办个低保 / 给我登个记 / (about oneself) 能申请吗. */
  wantsToApply: boolean;
  /** A clause asks what the rules allow (两样能不能一起领, 还能再申请吗, 儿子有收入就不行了吗). */
  asksRule: boolean;
  /** The wish to apply is only asked (能申请吗, 有没有补助): without a named kind of help it is a question. */
  wantIsQuestion: boolean;
  /** The writer speaks of themself, their household or a relative. */
  personal: boolean;
  /** A hardship is told (illness, no income, a death, a disaster, school fees …). */
  hardship: boolean;
  /** A plea for help without naming what: 求求你们帮帮我, 怎么办啊. */
  plea: boolean;
  /** Some clause asks something (a question word or mark), whatever it asks. */
  asksSomething: boolean;
  /** Question clauses other than the ask to apply (要准备什么材料, 多久能批下来), in order. */
  questions: string[];
  /**
   * A clause asks something other than whether or how to apply (低保跟五保有啥不一样, 是不是要一级二级才有):
   * beside 「能办五保不」 the resident wants to know, and is answered before any form starts.
   */
  asksBesidesApplying: boolean;
  /** Someone who is not the writer's relative, seen in need: 楼下有个老奶奶, 辖区一个流浪人员. */
  aboutSomeoneElse: boolean;
  /** An application already made: 我之前申请的, 进度, 回执, 批下来没有. */
  existingApplication: boolean;
  /** The writer's own (or a relative's) hardship is told, and nobody else is spoken of. */
  ownHardship: boolean;
  /** A clause asks whether or how help could be had (能领不, 有没有啥救助, 咋申请, 能帮忙介绍工作吗). */
  asksForHelp: boolean;
  /** A clause asks about the process itself: what to bring, how long, who decides, what if refused. */
  processQuestion: boolean;
  /** A clause asks whether someone may apply for another (能不能让村里帮我申请, 我能替她办吗). */
  asksPermission: boolean;
  /** A particular person or household is named (有个, 一户, 这家, 叫王某), not people in general. */
  namesParticular: boolean;
  /** Every clause that asks something (吗, 怎么, 能不能 …), about a policy topic or not: 「这个要爸妈签字吗」. */
  askedBack: string[];
  /** The writer offers help (to volunteer, to donate) rather than asking for it. */
  offersHelp: boolean;
  /** The writer reports someone else's situation (反映 / 上报 a household, as a cadre, teacher, neighbour). */
  reportsOther: boolean;
  /** A kind of help is named (低保, 五保, 困境青少年救助 …), whatever the verb around it. */
  namesProgramme: boolean;
  /**
   * Beside an application already made, the clause that asks to apply for something new (「另外…也想申请…」),
   * kept so the new application can be offered once the old one's status is told; null otherwise.
   */
  laterWish: string | null;
}

// Round 41: 对象 (the spouse, northern: 「俺对象十天前…让大货车撞了」) and 爱人, always after 我 / 俺 here.
const RELATIVES =
  REGIONAL_KIN +
  '|对象|爱人|老头子|老太婆|老伴|闺女|侄子|侄女|外甥|外甥女|孙儿|儿媳|女婿|小叔子|小姑子|母亲|父亲|父母|爸妈|爸爸|妈妈|老妈|老爸|妈|娘|爸|爹|老公|老婆|媳妇|丈夫|妻子|儿子|女儿|孩子|娃|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥|姐|弟|妹|公公|婆婆|岳父|岳母|孙子|孙女|叔|舅|姑|姨';
const OWN_RELATIVE_FIRST = new RegExp(
  `^(?:你好|您好)?[，,\\s]*(?:我|俺|伲)(?:家)?(?:的)?(?:${RELATIVES})`,
  'u',
);
// 「俺家房子是六几年的土坯房…」「俺今年八十二了…」「我是一个单亲妈妈…」: a message that opens with the writer's own
// home, age or situation tells their own story, whoever it goes on to mention (村里说…, 一个闺女).
// Round 34: 「俺家隔壁老杨太太…」 opens with a neighbour's story, not the writer's own home.
const OWN_STORY_FIRST =
  /^(?:你好|您好)?[，,\s]*(?:我|俺|伲)(?:们)?(?:家(?!隔壁|对门|楼下|楼上|对面|旁边|附近|门口|后头|前头)|屋里|屋头|今年|自己|一个人|是(?:一个|个)?(?:单亲|残疾|低保|寡妇|孤寡|农民|下岗|离异|离婚))/u;
// Round 48: 「孩子三个礼拜前查出来白血病…」: a message that opens on a bare word for a child or a spouse, with no one
// introduced (有个孩子, 村里的孩子), speaks of the writer's own; a parent or spouse drops the 我 as often as not.
const BARE_KIN_FIRST =
  /^(?:你好|您好)?[，,\s]*(?:孩子|娃娃?|伢|儿子|闺女|女儿|老伴|老公|老婆|媳妇|对象|爱人|丈夫|妻子)(?!们|他们|她们)/u;
// The writer's own relative (我老公, 俺家闺女, and 孩子他爸 for the writer's husband) and their own home (家里), told
// anywhere in a message.
const OWN_RELATIVE = new RegExp(
  `(?:我|俺|伲)(?:家)?(?:的)?(?:${RELATIVES})|(?:孩子|娃|娃娃|伢)(?:他|她)(?:爸|爹|妈|娘)`,
  'u',
);
// Round 45: 「我是帮我妈问的…她一个人带着我弟弟…我想给她申请个低保」: the writer asks for their own relative and wants
// to apply for them (read with WANT_TO_APPLY): the relative's story, however it goes on (她一个人, 在镇上).
const FOR_OWN_KIN = new RegExp(
  `(?:帮|替|给|为)(?:我|俺)(?:家)?(?:的)?(?:${RELATIVES})(?:问|咨询|打听|申请|办)`,
  'u',
);
// Round 36: south-western 屋头 and 屋里 (not 屋里人, a spouse) are the home too.
const OWN_HOME = /家里|家中|屋头|屋里(?!人)|(?:我|俺)(?:们)?家(?!门口|附近|楼下|楼上|隔壁|对面|旁边)/u;
const PERSONAL = new RegExp(`我|俺|咱|伲|本人|自己|家里|(?:我|俺)(?:家|们家)|(?:${RELATIVES})`, 'u');
const HARDSHIP =
  /困难|难处|(?:活儿?|工作|饭碗|差事)(?:也|都)?(?:没了|丢了|黄了|砸了)|坐牢|服刑|判刑|劳改|(?:进|蹲|关进)(?:了)?(?:监狱|牢)|戒毒所|辍学|不(?:想|肯|愿意?)上学|学(?:也|都)不(?:想|肯)上|工伤|[腰腿脚手背胳膊]伤|摔伤|扭伤|降薪|减薪|工资[^，。？！?!\s]{0,3}(?:降|减|少)了|没钱|缺钱|没收入|没有收入|没(?:有)?工作|找不到工作|失业|下岗|打零工|生病|病了|重病|大病|住院|手术|化疗|透析|癌|瘫|残疾|残|去世|走了|过世|离婚|单亲|一个人带|独居|孤寡|没人管|没人照顾|房子.{0,4}(?:塌|倒|漏|烧|冲|危|不行了)|危房|受灾|遭灾|洪水|大水|冰雹|雪灾|白灾|黑灾|暴雪|旱灾|干旱|冻灾|雹灾|绝收|歉收|(?:牛|羊|猪|鸡|牲口|牲畜)[^，。？！?!\s]{0,3}死了|火灾|失火|学费|上不起学|(?:上学|读书|念书)的?钱|医药费|看病|欠债|欠了|交不起|付不起|拿不出|凑不齐|吃不上|揭不开锅|日子.{0,4}(?:苦|难)|过不下去|撑不下去|没法过|莫得钱|冇钱|没得钱|低保户|养老金.{0,6}(?:少|不够)|被裁|裁员|不要人了|辞退|被辞|把(?:我|俺|他|她)(?:给)?辞了|开除|找不[下着到](?:工作|活)|倒闭|跑路|欠.{0,6}工资|(?:没|不)发工资|工资(?:都|也)?(?:没|不)发|欠薪|讨薪|(?:厂子|厂里|工厂|公司|单位|店)[^，。？！?!\s]{0,3}(?:倒了|垮了|黄了|关门|停产|停工)|条件不好|条件差|建档立卡|贫困户|特困户|五保户|残疾证|中风|脑梗|心梗|白血病|尿毒症|截肢|脑瘫|孤独症|车祸|出事|被撞|撞了|受伤|骨折|烫伤|烧伤|着火|烧了|淹了|进水|台风|漏雨|裂了|身体不好|腿脚不(?:行|好|便)|干不了活|干不动|种不动|不着家|没人养|被骗|诈骗|拿不出|供不起|供不上|交不起|付不起|负担不起|开销太大|负担重|吃力|撑不住|欠[^，。？！?!\s]{0,6}?(?:钱|债|账|万|千|块)|有[\p{Script=Han}]{0,3}病(?![吗呢么])|得了[\p{Script=Han}]{0,4}病|[\p{Script=Han}]{1,2}癌|吃药|打针|药费|[肝肾肺心胃腰腿眼][^，。？！?!\s]{0,2}不行了|没(?:有)?(?:地方|房子?)住|没(?:有)?地方(?:煮饭|做饭|睡)|滑坡|泥石流|塌方|暴雨|冲垮|冲毁|[撞砸冲压]坏|没(?:有)?房子|借住|寄住|无房|住(?:在)?[^，。？！?!\s]{0,8}?(?:车库|棚子|窝棚|地下室|工棚|仓库)|租不起|房租.{0,6}(?:交不|到期|付不)|没活(?:干)?|活(?:不好|难)找|时有时无|没单(?:子)?(?:就|的时候|可接|做)|接不到单|单子(?:少|不多)|(?:挣|赚)不(?:到|着)钱|没(?:挣|赚)(?:到|着)?(?:钱|几个)|一分(?:钱)?(?:都|也)?没(?:挣|赚|有)|等着用钱|急(?:着)?用钱|(?:都|已经|早就)不在了|人没了|没(?:能)?(?:抢救|救)(?:过来|回来)|(?:收入|进项)(?:全|都|也)?(?:没了|断了)|一分钱?(?:收入)?(?:都|也)没(?:了|有)|(?:那口子|老伴|丈夫|老公|男人|媳妇|老婆|当家的|掌柜的|顶梁柱|儿子|女儿)(?:也)?(?:没了|不在了)|(?:父母|爸妈|爹妈)(?:都|双)?(?:没了|不在|去世|走了)|孤儿|没人要|有一天没一天|(?:大棚|庄稼|粮食|蔬菜|果树|牲口|猪|羊|鸡|鸭|鱼塘)[^，。？！?!\s]{0,6}(?:压塌|塌了|冻死|淹了|泡了|绝收|死光|毁了)|(?:厂里|厂子|单位|公司|工地|老板)(?:都|也)?不(?:要|收)(?:我|俺|人)?(?!钱)/u;
// The verb of applying for someone: 申请 / 办理, or 办 right before the kind of help (给村里一个老人办特困).
// 「替我们村孙玉芬报个低保」: 报 before a kind of help is applying for it too.
// Round 32: 报 before the help of a disaster or a home (报受灾救助).
const APPLY_VERB =
  '(?:申请|办个|办一下|办理|(?:办|报个?|报一下)(?=低保|特困|五保|临时|医疗|教育|残疾|救助|补贴|补助|危房|受灾|住房|就业|慈善))';
// Wanting to apply: a verb of wanting, then (within a few characters that do not turn it into a question
// about the process) a verb of applying.
const WANT_TO_APPLY = new RegExp(
  [
    // 「要是申请没批」: 要是 is «if», not «want»; 「从来没申请过」 (从来, 本来, 后来) says nothing of coming to apply.
    // Round 38: 「要去哪里申请」 asks where, as 「要怎么申请」 asks how.
    '(?:想|要(?!是|不是)|准备|打算|希望|需要|(?<![从本原后将未])来)[^问解询知听看填写怎咋如不没哪，。？！?!\\s]{0,8}?(?:申请|申报|办理|办个|办一下|办下|登记|报名|报个)',
    '帮(?:我|俺|咱|我们|俺们)(?:家)?[^，。？！?!\\s]{0,8}?(?:申请|办|弄|登记|报)',
    '给(?:我|俺)(?:登|办|申请)',
    // 「村里讲好给我申请五保」「干部叫我来申请」: told or agreed to apply, so here to do it.
    '(?:讲好|说好|让我|叫我|劝我|要我)(?:来|去|先)?[^，。？！?!\\s]{0,6}?(?:申请|申报|办个|办一下|办理)(?![^，。？！?!\\s]{0,4}(?:吗|么|不))',
    // 「想找法律援助」「要求个临时救助」: wanting a named kind of help is wanting to apply for it.
    // 「想找个律师告他 可是没钱」: a lawyer one cannot pay for is legal aid wanted.
    '(?:想|要|需要|希望|打算)(?:找|要|求|寻求|请)(?:个|一下|点)?(?:法律援助|临时救助|医疗救助|低保|救助|补助|援助|律师)',
    `(?:帮|替|给|为)(?:我|俺)?(?:家)?(?:的)?(?:他|她|老人家|${RELATIVES})[^填写，。？！?!\\s]{0,6}?(?:申请|办个|办一下|办理|报个|报(?:农村|低保|五保|特困|危房|残疾|临时|医疗))`,
    // 「替我们村一个孤寡老人申请特困供养」: on someone's behalf, whoever they are; round 47: however long the words that
    // say who they are (「替我们组一位九十岁的孤寡老人申请…」).
    `(?:帮|替|代)(?!什|表|码)[^填写，。？！?!\\s]{1,18}?${APPLY_VERB}`,
    // 「村委会为一名老人申请…」「想给组里一个孤老申请五保」「想给村里一个老人办特困供养」: 给 / 为 someone, then the
    // verb (not 为什么 / 为了).
    `(?:给|为)(?![什啥何了谁哪])[^填写问，。？！?!\\s]{1,12}?${APPLY_VERB}(?![的过])`,
    // 「帮我们村一户困难户缪建国家提交低保申请」: handing in an application for someone now (not 「提交申请后多久」).
    `(?:帮|替|代|给|为)(?![什啥何了谁哪])[^填写问，。？！?!\\s]{1,16}?(?:提交|递交)[^，。？！?!\\s]{0,6}?申请(?![后以之的过])`,
  ].join('|'),
  'u',
);
// Round 32: 「村两委开会研究过，想帮他们报上去」: sent up for approval is an application when a kind of help is named
// (「替我们村一户困难户问一下低保」); with none named (「一直没申请过什么救助…想帮他们报上去」) it is a report.
const SENT_UP_FOR = /(?:帮|替|给)(?:他|她)(?:们)?(?:家)?报上去/u;
// Round 34: any kind of help named, in the words residents use (底保, 最低生活保障, 困境青少年, 慈善, 光明行).
const NAMED_PROGRAMME =
  /低保|底保|最低生活保障|五保|特困|临时救助|医疗救助|教育救助|住房救助|受灾救助|就业救助|危房改造|两项补贴|残疾人(?:两项)?补贴|残疾人救助|助学金|困境青少年|困境儿童|事实无人抚养|孤儿|慈善|计划生育|特殊家庭|光明行/u;
// Round 32: 「我是房东啊 不是我自己要申请」: the writer says outright that the application is not theirs to make.
// Round 41: 「不是要申请什么 就是心里太堵了」 says no wish to apply at all, as 「不是我要申请」 says it is not theirs.
const NOT_FOR_ME =
  /(?:不是|并不是|不是说)(?:我|俺)(?:自己)?(?:要|想)?(?:申请|办)|(?:不是|并不是|也不是|倒不是)(?:要|想|来)(?:申请|办)(?:什么|啥|个)?/u;
// About oneself, asking whether one can apply is asking to apply: 能不能申请 / 能申请低保吗 / 有没有什么救助可以申请;
// 「有没有补助」 alone asks what exists, and is answered.
const MAY_I_APPLY =
  /(?:能不能|能否|可不可以|可以|能|够不够|符不符合|符合)[^，。？！?!\s]{0,6}?(?:申请|申报|办|享受|领|吃上?低保|条件)|申请[^，。？！?!\s]{0,10}(?:吗|么|不|伐)$|有没有[^，。？！?!\s]{0,12}(?:可以|能)(?:申请|办)|(?:这里|这儿|这边|你们这儿?)(?:能|可以|可不可以|能不能)?(?:申请|办|报)/u;
const HELP = /低保|特困|五保|救助|补助|补贴|帮扶|两项补贴|廉租|公租/u;
// 「在吗」「有人吗」: a greeting asks nothing about help.
const PHATIC = /^(?:你好|您好|喂)?\s*(?:在吗|在不在|在么|有人吗|有人在吗|你好吗)\s*$/u;
// 「培训 就业救助啥的」: 啥的 / 什么的 closes a list ("and so on"), it asks nothing.
const ET_CETERA = /(?:啥|什么|之类)的/gu;
// 「要不要」「需不需要」「用不用」: a question asked as a verb and its negation. Round 47: not inside a denial said twice
// (「哦不是不是 是我自己」「不要不要」「不行不行」), which takes back what was said and asks nothing.
const A_NOT_A = /(?<!不)(要|是|用|需|能|会|行|可|去|来|给|让|够)不\1/u;
// 「是不是也能吃个低保」「能不能也给办个临时救助」: beside an application made, whether another kind may be had too.
// Round 39: 「家里已经吃低保了也报了医疗救助 … 想问慈善总会有没有项目可以申请」: the help already had is why the writer asks
// what else there is, not a case to look up.
const OTHER_HELP_ASKED =
  /(?:有没有|有什么|有啥|还有|还能|还可以)[^，。？！?!\s]{0,8}(?:项目|救助|补助|帮扶|政策|办法)[^，。？！?!\s]{0,4}(?:可以|能)?申请|(?:还)?(?:能|可以)申请(?:什么|啥|哪些)|还能找谁|还(?:能|可以)?找(?:哪|谁)/u;
const ALSO_MAY =
  /(?:也|还)(?:能|可以)[^，。？！?!\s]{0,6}?(?:低保|特困|五保|救助|补助|补贴)|(?:能|可以)(?:不能)?(?:也|还|一块儿?|一起)[^，。？！?!\s]{0,6}?(?:低保|特困|五保|救助|补助|补贴)/u;
const PLEA =
  /(?:不知道|不晓得|不懂)(?:该|应该|要)?(?:找谁|找哪|怎么办|咋办|咋整)|怎么办(?!理)|咋办|咋整|帮帮(?:我|俺|我们|咱|忙)|救救|求求|求助|没办法了|走投无路|救助一下|管管我/u;
// A question clause: a question word or mark. Round 35: 么子 is 什么 in Hunan (有么子救助可以申请).
// 「被欠的工资能找谁要啊」 asks whom to turn to; 「不知道找谁说」 has nobody to talk to.
// Round 38: 「到底是找残联还是找民政啊」: one office or the other, asked; 「这样还能办低保不」: may one, with 不 at the end.
const QUESTION =
  /[吗呢么伐？?]$|[吗呢](?=还是)|怎么|怎样|如何|多久|多长时间|多少|什么|么子|啥|哪|能不能|可不可以|是否|有没有|找谁(?!说|聊|倾诉|诉说|讲|谈)|到底(?:是|该|要|归|找)|是[^，。？！?!\s]{1,8}还是(?:找|去|归|由|在|到|该)|(?:能|可以|可|行|够)[^，。？！?!\s不]{1,8}不$/u;
// Questions worth answering before the form starts: materials, conditions, amounts, time, where, when the
// office is open (「你们窗口周六上班吗」).
const POLICY_TOPIC =
  /材料|证明|带什么|带啥|准备|条件|标准|要求|多少钱|多少|多久|多长时间|几天|哪里|去哪|流程|手续|谁批|补多少|给多少|上班|办公|开门|几点|周末|周[六日天]|星期[六日天]|礼拜[六日天]|节假日/u;
// Where someone else lives or was seen (楼下, 隔壁, 路边 …; round 35: 我们店旁边) and, in the same clause, who (有个老奶奶,
// 王大爷, 老李家, 李家爷).
// Round 41: 「我们院子有个妹子」 (the writer's yard or block, someone in it).
const PLACE_OF_OTHERS =
  /邻居|街坊|楼下|楼上|隔壁|对门|对面|村里|村口|村头|片区|网格(?:里|内)|(?:我|俺|咱)们(?:院子|院坝|大院|楼栋|这栋|单元)|(?:我|俺|咱)们?村|(?:我|俺|咱)们(?:这儿|这里|这边|这块)(?=有)|同村|组里|院里|镇上|小区|辖区|路边|街上|桥洞|桥下|桥底下|河边|马路|车站|公园|菜市场|附近|路上|庄上|庄里|屯里|菜场|市场|门口|广场|超市|商场|医院|天桥|地下通道|候车厅|候车室|火车站|汽车站|(?:我|俺|咱)们?(?:楼|庄|组|屯|班上|班里|网格|片区|站|站点|厂|厂里|车间|工地|店里|公司|车队|单位|宿舍)|班上|班里|学校里|楼里|网格里|片区里|(?:店|厂|单位|学校|小区|楼)(?:旁边|边上|后面|后头|对面)|巷子|巷里|胡同|弄堂|这条街/u;
// Round 32: a clause of where someone lives, the writer not in it (「都八十多了住老小区六楼」), after one that points at
// them (「有对老夫妻」).
const LIVES_AT = /^(?!.*[我俺]).*住/u;
const TOLD_OF = /有(?:一)?(?:个|位|对|户|家)/u;
// How residents name a person they do not name (老爷子, 小伙子, 阿婆 in the south): someone, in SOMEONE and OTHER_PERSON.
const CALLED = String.raw`老爷子|老太太|老人家|小伙子?|小姑娘|(?:阿|依)(?:婆|公|伯|叔|姆|嬷|婶)`;
// 「一个月两千多」「一个多礼拜」: a length of time, not someone.
const DURATION = String.raw`多?(?:月|星期|礼拜|小时|钟头|季度|学期|周)`;
// Someone other than the writer, told of in a clause (有个, 一户, 老两口 …); round 34: 「我们村五天前出了个事」 (something
// befell someone of the place the writer names).
const SOMEONE = new RegExp(
  String.raw`(?<![我俺咱]们?)(?:兄弟|姐妹|兄妹|姐弟|哥|老哥|母子|父子|母女|父女|祖孙|爷孙|奶孙)俩|[了着](?:一)?个(?:人|男|女|老|小)|(?<!家里|家中|我家|俺家|家里有|家有|我有|俺有|下有|上有)(?:两|三|几|俩|仨)个?(?:娃|孩子|小孩|老人)|有个|有一个|有位|有一位|有户|有家|有一家|(?<![我俺己])一个(?!${DURATION})|一位|一户|一家|一对|老两口|(?<![我俺咱]们?)两口子|老夫妻|老头|老[\p{Script=Han}](?:家|头|太)|[\p{Script=Han}](?:大爷|大妈|大娘|奶奶|爷爷|阿姨|叔|老伯|阿伯|阿婆|婆婆|老爷子|老太太)|独居的|出了(?:个|件|一个|一件)(?:事|事情|事故)|[^我俺咱自己们\s，。？！?!]家(?:爷|奶|婆|公|老汉|老太|老头)|老人|老太|孩子|小孩|娃娃|尕娃|男的|女的|流浪|姑娘|${CALLED}`,
  'u',
);
// A clause that only says where (「白山镇菜市场旁边的桥底下」): no one, no verb of the writer's.
// Round 46: 「我在南闸街道运河桥边上 有个老大爷…」: the writer says where they are, then who is there (有个…): someone
// seen. Not at home or in hospital, where the one told of may be the writer's own.
const WRITER_AT =
  /^(?:紧急情况|紧急)?(?:我|俺)(?:现在|刚刚|刚才)?(?:在|走到|路过)(?!家|屋|医院)[^我俺，。？！?!\s]{2,20}$/u;
const SOMEONE_THERE = /^(?:这里|这儿|那里|那儿)?(?:有个|有一个|有位|有一位)(?!孩子|小孩|娃)/u;
const PLACE_ONLY = /^[^我俺咱，。？！?!\s]{2,20}$/u;
// The writer is with the person (「我带着孩子在汽车站」): the writer's own situation, not someone else seen.
const WITH_WRITER =
  /(?:我|俺)(?:们)?(?:一个人)?(?:带着|领着|抱着|陪着|和|跟)(?:我的|俺的|我家|俺家)?(?:孩子|娃|小孩|儿子|女儿|闺女|孙子|孙女|老人|老伴|我妈|我爸|老母亲|老父亲)/u;
// A grid worker, volunteer or cadre writing about a resident.
const ROLE =
  /网格员|网格长|志愿者|社工|楼长|楼栋长|村干部|村支书|村主任|居委会|村委会|社区干部|社区工作人员|信息员|协管员/u;
// 「俺村支书说可以先登个记」: a cadre who advised the writer, not the writer's role.
const ROLE_ADVISING = new RegExp(`(?:${ROLE.source})(?:也|就)?(?:说|讲|让|叫|建议|告诉)`, 'gu');
// The writer is the relative of the one in need: 「我是孩子奶奶」「我是她闺女」.
const WRITER_IS_KIN = new RegExp(
  `(?:我|俺)是(?:孩子|娃|他|她|他们|她们|这孩子|这娃)的?(?:${RELATIVES})`,
  'u',
);
// The writer's own role when it is one that watches over others (a teacher, the village clinic, a cadre):
// 「我是村卫生室的」「老师反映一个情况」. Only as the writer's role: 「老师说可以申请」 is someone's advice, and
// 「老师您好」 (round 32) greets whoever answers.
// Round 26: a shopkeeper who sees a customer in need (「我在村口开小卖部的 有个老头天天来」, 「我在汽车站门口开小卖部 有个外地大哥…」)
// watches over others too. Round 35: so do 「我是开小店的」 and a landlord who tells of a tenant's household (「我是房东」).
// Round 47: the role said with 做 / 当 (「我在村小做支教志愿者」「俺在社区当网格员」), not wished for (想当志愿者); one
// home for the writer's role and the writer as a volunteer (SELF_AS_VOLUNTEER).
const SERVES_AS = String.raw`(?:我|俺)(?:一直|平时|现在|目前)?(?:在[^想要愿，。？！?!\s]{1,8})?(?:做|当|干)(?:了|过)?`;
const WRITER_ROLE = new RegExp(
  String.raw`(?:(?:我|俺)(?:们)?(?:是|这是|作为)|(?:^|[，,\s])作为|${SERVES_AS})[^，。？！?!\s]{0,12}?(?:老师|班主任|校长|村医|卫生室|卫生院|医生|支书|会计|组长|队长|妇女主任|网格员|网格长|信息员|楼栋长|楼长|物业|保安|门卫|志愿者|志愿服务|志愿队|助老|义工|社工|协会|公益|慈善|基金会|房东|二房东)|^(?:村里|村上|社区|镇上|组里|屯里)?的?(?:老师|班主任|网格员|信息员|村医)(?![，,\s]*(?:您好|你好|好|打扰))|(?:老师|班主任|网格员|信息员|村医|楼栋长)(?:来)?(?:反映|上报|报告)|(?:我|俺)(?:是)?(?:在[^，。？！?!\s]{0,6})?开(?:了个|个)?(?:小卖部|小店|商店|超市|饭店|饭馆|诊所|药店|理发店|早餐店|包子铺)(?:的|[\s，,])`,
  'u',
);
// A workmate, friend, tenant (round 32: 我楼下租户) or fellow villager of the writer: someone else, however close
// (「我工友摔伤了」); a neighbour's household that something befell (「我邻居家出事了」), not a neighbour named as an example (「我邻居去年就是…」).
// Round 34: asking or speaking for a neighbour or friend (「帮邻居问一下」「替朋友反映」) is about them.
// Round 41: 「俺邻居家男人…出事故没了」: a member of the neighbour's household.
// Round 45: 「俺隔壁家男人…没了」: a member of the household next door, named by kin as the writer's neighbour is.
// Round 46: 「阿拉隔壁人家个儿子」: 人家 for the household, and the Wu 个 for 的.
const ACQUAINTANCE =
  /(?:帮|替|给)(?:我|俺)?(?:的|们)?(?:邻居|街坊|朋友|同事|工友|老乡)(?:家)?(?:问|反映|申请|说|咨询|办)|(?:我|俺)(?:的|们)?(?:一个|有个|那个)?(?:楼下|楼上|隔壁|对门|家)?(?:的)?(?:工友|同事|朋友|老乡|室友|舍友|战友|同学|徒弟|师傅|房东|租客|租户|房客|发小|哥们|牌友|病友)|(?:我|俺)(?:的|们)?(?:邻居|街坊)家(?:里)?(?:出|遭|摊上|遇上|着|失)|(?:我|俺)(?:的|们)?(?:(?:邻居|街坊)(?:家)?|(?:隔壁|对门|楼下|楼上|对面)(?:那|人)?家)(?:的|个)?(?:男人|女人|老人|孩子|小孩|媳妇|老婆|老公|老头|老太|儿子|闺女|女儿|当家的|大哥|大姐|老汉)|(?:我|俺)(?:想)?(?:反映|说)(?:一)?下(?:我|俺)?(?:的)?(?:邻居|隔壁|对门|楼下|楼上)|(?:我|俺)(?:家)?有(?:套|间|个)?(?:房子|房|屋|门面)(?:子)?(?:出)?租给/u;
// A household pointed at (「5栋那户」「东头那家人」), not the writer's own (「我们这户」).
// 「村里王大海家」「隔壁老李家」: a household of the village named by its head; round 32: by its surname (俺村杜家).
// Round 34: 「我们楼下那家」「隔壁这户」 too.
const THAT_HOUSEHOLD =
  /(?<![我俺咱们])(?:那|这)(?:户(?!口|籍)|家人)|(?:楼下|楼上|隔壁|对门|对面|邻居|村里)(?:的)?(?:那|这)(?:家|户)(?![里人])|(?:村里|组里|屯里|队里|隔壁|邻居|对门|楼下|我们村|俺们村|我们组|俺们组)(?:的)?(?![我俺咱自])[\p{Script=Han}]{2,3}家(?![里人]?说)|(?:我|俺|咱)(?:们)?(?:村|组|屯)(?:里)?(?:的)?(?![我俺咱自人里的])(?:(?!家)\p{Script=Han}){1,3}?家(?![里人]?说)/u;
// A report names a particular person or household (有个, 一户, 这家); 「困难家庭的孩子」 in general is nobody's report.
// Round 37: a landlord's 「住了个小姑娘」 points at one too.
// Round 39: or someone of the village or the block named by surname and title (村里刘老汉, 楼上王奶奶).
// Round 47: or a flat by its number (「我们楼502的」「1203那户」).
const PARTICULAR =
  /(?:村里|村上|组里|屯里|队里|我们村|俺们村|隔壁|楼上|楼下|对门|小区里)(?:的)?\p{Script=Han}{1,3}?(?:老汉|老头|大爷|大娘|奶奶|爷爷|婆婆|老太|阿婆|阿公|老伯|大伯|大妈|大婶)|有个|有一个|有位|有一位|有户|有家|有一家|有对|有一对|(?:住|来|租|搬)了(?:一)?个|一个|一位|一户|一家|一对|这个|这位|这家|这户|那个|那家|那户|叫[\p{Script=Han}]{2,3}|(?<![0-9])[0-9]{3,4}(?:室|号)?(?:的|那家|那户|住户)/u;
// Round 40: who the writer heard it from (听村里的人说) and the children grown up as the writer's reason (我孩子大了想出去
// 做事: the writer wants work) point at nobody in need.
const HEARSAY = /听(?:村里|别人|人家|邻居|朋友|亲戚|同村|隔壁)?(?:的)?(?:人)?(?:说|讲)/gu;
const CHILDREN_GROWN = /(?:我|俺)(?:的|家)?(?:孩子|娃|娃儿|小孩)(?:都|也)?(?:大了|长大了|上学了|读书了)/gu;
// Round 43: 「我家房子后半边埋了 … 现在一家人住在镇上发的帐篷里」: once the writer has said 我家, 一家人 is their own family.
const OWN_HOME_TOLD = /(?:我|俺|咱)(?:们)?家(?!隔壁|对门|楼下|楼上|对面|旁边|附近|门口|后头|前头)/u;
const WHOLE_FAMILY = /(?:我们|俺们|咱们)?一家(?:人|子|老小)/gu;
const NOTHING = /(?!)/gu;
// Round 43: where the writer's household shelters now (「一家四口在邻居家挤着」「暂时住在亲戚家」) is no one else's story.
const SHELTERED_AT =
  /(?:在|住|住在|挤在|借住在?|暂住在?|睡在|躲在|躲到|搬到)(?:了)?(?:邻居|街坊|隔壁|亲戚|朋友|老乡)家(?:里)?/gu;
// 「一家四口挤在村委会」 counts the writer's own household; 「村里有一家五口」 points at another one.
const OWN_HOUSEHOLD_COUNT = /(?<!有)一家(?:[0-9一二两三四五六七八九十几]{1,2})口(?:人)?/gu;
// 「求求帮帮我们」「救救俺吧」: the writer asks help for their own household, so the story is theirs.
const SELF_PLEA =
  /(?:帮帮|救救|可怜可怜|帮一把|拉一把)(?:我|俺|咱)|(?:帮|救)(?:我|俺|咱)(?:们)?(?:家)?(?:一把|一下吧)/u;
// Round 37: a delivery rider or courier who meets someone on the round (「我送外卖的 有对老两口我经常给他们送饭」).
const SEEN =
  /(?:发现|看到|看见|碰到|遇到|遇见)[^，。？！?!]{0,8}?(?:一个|一位|有个|有位|有户|一户|一家|一对)|(?:送外卖|跑外卖|送快递|跑快递|外卖员|快递员|骑手)(?:的)?[\s，,]{0,2}(?:有个|有位|有对|有一对|有一个|有一位|有户|有家)/u;
const OTHER_PERSON = new RegExp(
  String.raw`男主人|女主人|户主|阿姨|大姐|大嫂|大哥|大兄弟|大叔|大伯|老伯|阿婆|病号|患者|阿公|婆婆|两口子|小两口|夫妻|母子|父子|母女|父女|一家人|这家人|那家人|这户|那户|老人|老太|老奶奶|老爷爷|老大爷|大爷|大妈|大娘|奶奶|爷爷|孩子|小孩|男子|女子|男的|女的|妇女|人员|流浪|乞讨|残疾人|精神|病人|一家|一户|住户|居民|村民|群众|学生|女生|男生|同学|女孩|男孩|女娃|男娃|(?<![我俺咱])(?:个|的)娃|(?<![我俺咱家])(?:老汉|老婆婆|老太婆)|老头|老两口|老夫妻|光棍|独居|孤寡|${CALLED}`,
  'u',
);
// How long the writer has waited (都半个多月了, 已经两个礼拜了) and the kinds of help one names as one's own case, in
// the patterns of an application already made below.
const TIME_WAITED = String.raw`(?:快)?(?:[一二两三四五六七八九十几半多个]{1,4}|好)(?:个)?(?:多)?(?:月|礼拜|星期|天|周)了`;
const OWN_KIND = '(?:低保|临时救助|医疗救助|教育救助|救助|特困|补助|补贴|申请)';
const EXISTING = new RegExp(
  [
    // 「残疾证已经办了」 tells a certificate the writer holds, not an application made.
    // 「二十天前申请了低保」「半个月前交的材料」: a time ago said as a count; money paid (已经交了六万多了) is no application.
    // Round 42: 「猪场早就不办了」: a verb said with 不 / 没 tells something stopped or never done, not an application.
    '(?<!证[^，。？！?!\\s]{0,3})(?:之前|已经|早就|上次|上回|上个月|前几天|前段时间|去年|上周|上(?:个)?(?:礼拜|星期)|(?:[0-9]{1,3}|[一二两三四五六七八九十几]{1,3}|半)(?:个)?(?:多)?(?:天|周|礼拜|星期|月)(?:以)?前)[^，。？！?!\\s]{0,6}?(?<![不没别])(?:申请|交(?![了过]{0,2}(?:[0-9一二两三四五六七八九十几百千万]|钱|押金|住院费|医药费|手术费|学费|房租|罚款))|递|提交|办|报(?![了过]?(?:警|案)))[^，。？！?!\\s]{0,4}(?:的|了|过)',
    // Round 41: Min and Taiwanese 有 before the verb says it was done (「阮上礼拜有申请临时救助」).
    '(?:之前|早就|上次|上回|上个月|前几天|前段时间|去年|上周|上(?:个)?(?:礼拜|星期))[^，。？！?!\\s]{0,3}?有(?:申请|提交|递|办|报)',
    // 「上个月帮村里一个学生家长报的教育救助」: applied for someone else some time ago.
    '(?:之前|上次|上回|上个月|前段时间|去年)帮[^，。？！?!\\s]{0,10}?(?:申请|报|办)(?:的|了|过)',
    // 「村里帮俺报了个残疾人的补助」: someone already applied on the writer's behalf.
    '(?:帮|替|给)(?:我|俺)(?:们)?(?:家)?[^，。？！?!\\s]{0,4}?(?:报|申请|办|交)(?:了|过)(?![^，。？！?!\\s]{0,2}(?:就|再))',
    '进度|到哪(?:一步|了|儿了)|到哪个(?:部门|单位|科室|环节)|(?:来)?问(?:问)?结果|查(?:一下|下)?结果|(?:批|审|办|弄)(?:下来|好|完)(?:了)?(?:吗|没|没有)|结果出来|回执|受理单|有(?:消息|结果)(?:了)?(?:吗|没)',
    // 「办到哪里了」「现在进展如何」「我给我儿子申请的…转过去了没有」: where an application made stands.
    // 「交到哪里」「去哪里办」 ask where to go, not where an application stands.
    '进展|到哪(?:里|儿)(?:了|啦)|(?<![交送递寄拿带去跑找])到哪(?:里|儿)|(?:办|批|审|走)到(?:哪|什么)|(?:我|俺)(?:给|帮|替)?[^想要能可，。？！?!\\s]{0,5}?申请的(?!话)|(?:转|交|送|报)(?:过去|上去|走)了(?:没有|没|吗)',
    // Round 37: 「我想查下我个临时救助申请去到边度喇」: one's own application looked up, and how far it has got (去到, in
    // Cantonese).
    '(?:查|问)(?:下|一下)?(?:我|俺)(?:的|个|那个)[^，。？！?!\\s]{0,8}?申请(?!怎么|咋|要|需要|条件)|申请[^，。？！?!\\s]{0,2}去到(?:哪|边)',
    // 「钱啥时候到」: the money of an application made.
    '(?:钱|补助|救助金|低保金|补贴)[^，。？！?!\\s]{0,4}?(?:啥时候|什么时候|几时|咋还没|怎么还没)(?:能|才)?(?:到|发|打)',
    // 「申请了一个多月了还没消息」「材料交了 一直没人理」: waiting on an application made.
    '(?:申请|材料|资料|表)[^，。？！?!\\s]{0,3}(?:交|递|提交|报)?(?:了|过)[^，。？！?!]{0,12}?(?:还|一直|怎么)(?:没|没有|不见)',
    // 「危房改造报了快一个月了」: the time since it was handed in; 「一般交上去多久能批下来」 asks how long it takes.
    '(?:申请|交|递|报)(?:上去了?|了)(?!多久|多长)(?:快|都|有|已经|差不多)?(?:[一二两三四五六七八九十几半多个]{1,4}|好|很)(?:久|天|周|星期|礼拜|个?月)',
    // 「俺孩子那个教育救助你们到底管不管了」「都一个多月了 也没人给俺打电话」: one's own case, and no word of it.
    '(?:我|俺)[^，。？！?!\\s]{0,4}那个[^，。？！?!\\s]{0,8}?(?:你们)?(?:到底|还)?(?:管不管|有没有人管|咋还没|怎么还没)',
    '(?:都|已经)(?:快)?[一二两三四五六七八九十几半多个]{1,4}(?:个)?(?:多)?(?:月|礼拜|星期)了[^。？！?!]{0,8}?(?:也|还|都)?(?:没人|没有人)(?:给|来|打|理|管|联系)',
    // 「我那个救助到底怎么样了」「是不是没批」「咋还没批」: the writer's own application, decided or pending.
    // (「为什么不批」 asks about the rules, and is answered.)
    '(?:我|俺)(?:家)?(?:的)?那个[^，。？！?!\\s]{0,8}?(?:怎么样|咋样|怎样|如何|批|通过|结果|下来)',
    '(?:是不是|是否|咋|怎么)(?:还)?(?:没|没有)(?:批|通过|给批)',
    '(?:批|通过)了(?:没有|没|吗|么)|批没批|通过没通过|有没有(?:批|通过)',
    // 「我在这申请过受灾救助的」「村里说已经报上去了」: applied before, or passed on by the village.
    '(?<!没|没有|未|不)申请过[^，。？！?!\\s]{0,8}?的(?!话)|(?:已经|早就|都)(?:报|交|递|送)(?:上去|过去)了',
    // Round 23: 「都半个月了咋还没信儿」: the time waited, and no word yet; 「我那临时救助到底给不给办」.
    `(?:都|已经)${TIME_WAITED}[^。？！?!]{0,6}?(?:咋|怎么|为啥|为什么)?还(?:没|没有)(?:个)?(?:信儿?|消息|动静|音讯|回音|下文|结果|批|下来)`,
    `(?:我|俺)(?:家)?(?:的|那|那个)(?:个)?${OWN_KIND}[^，。？！?!\\s]{0,3}?(?:到底)?(?:给不给|批不批|办不办|管不管)`,
    // 「我那临时救助咋还没信儿呢」: one's own kind of help named, and no word of it yet.
    `(?:我|俺)(?:家)?(?:的|那|那个)?(?:个)?${OWN_KIND}[^，。？！?!\\s]{0,4}?(?:咋|怎么)?还(?:没|没有)(?:个)?(?:信儿?|消息|动静|音讯|回音|下文|批|下来|结果)`,
    // Round 24: 「都半个多月了！！临时救助到底有没有人管」: the time waited, then the kind of help, and whether anyone acts.
    `(?:都|已经|等了)${TIME_WAITED}[^。？?]{0,12}?(?:五保|${OWN_KIND})[^，。？！?!\\s]{0,4}?(?:到底)?(?:有没有人管|有人管没人管|管不管|咋还没|怎么还没)`,
    // 「交了表快一个月了 一点动静都没有」: handed in, and no news since.
    '(?:交|递|提交|申请|报)[^，。？！?!]{0,20}?(?:动静|消息|音讯|回音|下文|信儿)(?:都|也)?(?:没|没有|不见)',
  ].join('|'),
  'u',
);

// A question about what the rules allow: how much at most, how many times, whether again.
// 「在乌鲁木齐能申请吗 还是要回和田去申请」: where one may apply, here or at home, is a rule too.
// Round 38: 「俺家有个旧面包车 … 这样还能办低保不」: whether what the household owns still allows it.
// Round 41: 「五保和低保能不能一起吃」 (both at once), 「还是说儿子有收入就不行了」 (whether a circumstance rules one out).
const RULE_QUESTION =
  /(?:能不能|能否|可不可以|能|可以)(?:一起|同时|都)(?:享受|申请|领|拿|办|吃)|(?:就|还|也)(?:不行|不能(?:办|申请|吃|领)|办不了|吃不了|没(?:有)?资格|不符合)(?:了)?(?:吗|吧|呢|么|啊)?$|还是(?:要|得)?回[^，。？！?!\s]{1,8}?(?:去)?(?:申请|办)|(?:最多|最高|一般|能|可以)[^，。？！?!\s]{0,4}(?:给|拿|领|补|批)?多少|(?:一年|每年)?(?:可以|能)?申请几次|还(?:能|可以)(?:再)?申请|能不能再|可(?:以)?不可以再|(?:能|可以)(?:不能)?同时(?:享受|申请|领|拿|办)|(?:车|房子?|存款|门面|铺子|店)[^。？！?!]{0,12}(?:还|也)(?:能|可以)(?:办|申请|吃|享受|评)/u;
// Words that ask where one's own application stands.
const STATUS_WORDS =
  /进度|到哪|结果|批(?:了|下来)|没批|消息|动静|回音|怎么还没|咋还没|还没(?:有)?(?:批|到|发|下来|人)|啥时候(?:能)?(?:到|发|批)|什么时候(?:能)?(?:到|发|批)|回执/u;

// 「假如我申请了没批下来…」 imagines an application; it asks about the process, it does not check one.
// 「比如突然出事那种」 gives an example of a case, not the writer’s own story.
const HYPOTHETICAL = /假如|如果|要是|万一|假设|倘若|比如|例如|譬如|比方说/u;
// 「我能不能替她申请」 asks whether one may apply for someone: a question, not yet the wish to.
// So do 「帮别人申请可以吗」 (may one apply for another) and 「能叫村里帮我申请吗」 (may another apply for me).
const PERMISSION = new RegExp(
  [
    '(?:我|俺)(?:能|可以|能不能|可不可以|能否)(?:替|帮|给|为)',
    // Round 45: 「我想给她申请个低保不知道行不行」: a doubt whether the help can be had (不知道行不行), not whether one
    // may apply for her.
    '(?:替|帮|给|为|代)[^，。？！?!\\s]{0,12}?(?:申请|办)[^，。？！?!\\s]{0,6}?(?<!不知道|不晓得|不清楚|不确定)(?:可以吗|可以不|可不可以|行吗|行不行|能行吗|中不中|成吗|能不能)',
    // 「能找政府帮帮不」 asks the office itself for help: only a helper who applies (帮我去办, 帮我把申请交上去) is
    // asked about.
    // 「好让居委帮我办伐」: 好…伐 is Shanghainese for 可以…吗.
    '(?:^|[，。？！?!\\s])好(?:叫|让|请|找|托)[^，。？！?!\\s]{1,8}?(?:帮|替|代)[^，。？！?!\\s]{0,8}?伐',
    // 「村委会能不能代他们申请救助」: whether a committee or others may apply for people in general (for 他 / 她, one
    // household named, the cadre applies).
    '(?:村委会?|居委会?|村里|社区|网格员|亲戚|子女|家属|家人|邻居)(?:能不能|可不可以|能否|可以|能)(?:帮|替|代)(?:他们|她们|老人们|这些老人|村民|人家)(?:代)?(?:申请|办|报)',
    '(?:能|可以|能不能|可不可以|能否)(?:叫|让|请|找|托)[^，。？！?!\\s]{1,8}?(?:帮|替|代)(?:着)?(?:我|俺|他|她|咱)?(?:们)?(?:去|来)?(?:把[^，。？！?!\\s]{1,4}?)?(?:申请|申报|办|报|弄|填|登记|交|递|送)',
  ].join('|'),
  'u',
);
// 「申请的话要准备啥」「她要办低保的话要带哪些」: applying only as the condition of a question about the process.
const CONDITIONAL_APPLY = /(?:申请|申报|办理|办)[^，。？！?!\s]{0,8}?的话/u;
// 「怎么帮他们提申请」: how a helper applies for others, asked; not the helper's wish to apply now.
const HOW_FOR_OTHERS =
  /(?:怎么|怎样|如何|咋)(?:样)?(?:帮|替|给|为)[^，。？！?!\s]{0,8}?(?:申请|申报|办理|办)/u;
const OWN_WISH = /想|希望|打算|准备/u;
// 「能在这边申请吗还是要回老家申请」 weighs two ways of applying: a question, whatever verbs it holds.
const ALTERNATIVE = /[吗呢么伐]还是/u;
// Asking whether or how help could be had, or for a concrete help (a job, a repair): about oneself, with a
// hardship told, it is the wish for that help.
const ASK_HELP = new RegExp(
  [
    '(?:怎么|怎样|如何|咋)(?:样)?(?:申请|申报|办理|弄|领|报名)',
    // 「这种情况政府能给补一点不」: whether the office would make up some of the loss.
    '(?:政府|国家|你们|上面)?(?:能|可以|会)(?:给)?(?:补|贴|帮)(?:一点|点|一些|些|贴|助)?(?:钱)?(?:不|吗|么|没)',
    '(?:能不能|能否|可不可以|可以|能|中不中|行不行)[^，。？！?!\\s]{0,8}?(?:申请|申报|办|享受|领|吃上?低保|救助|补助|补贴|帮|扶持|减免|报销|管|介绍|安排|修)',
    '(?:有没有|有无|有啥|有什么|有哪些)[^，。？！?!\\s]{0,10}?(?:救助|补助|补贴|帮扶|扶持|政策|办法|培训|减免|照顾|帮|管|工作介绍|介绍工作|活儿?介绍)',
    '(?:听说|说是)[^，。？！?!\\s]{0,12}?(?:有|能|可以)[^，。？！?!\\s]{0,10}?(?:救助|补助|补贴|扶助|帮扶|扶持|培训|减免|学技术|学手艺|技能|免费)',
    '申请(?:什么|啥|哪样|哪个|哪种|哪些|哪一)',
    // 「你们管不管」「政府给不给补」: whether the office will help, asked bluntly.
    '领不|中不中|出出主意|想想办法|帮(?:着|忙)?(?:修|介绍)|管不管|给不给(?:补|赔|帮)',
    '(?:咨询|问问|打听)[^，。？！?!\\s]{0,8}?(?:救助|补助|补贴|低保|特困|五保|扶持|扶助|帮扶|帮助|政策)',
  ].join('|'),
  'u',
);
// Wanting a concrete help for oneself (「想找个稳当活」「想学门技术」): with a hardship told, the wish to apply.
const WANT_SERVICE = /想(?:找|学)[^，。？！?!\s]{0,6}?(?:活|工作|技术|手艺)/u;
// Hardship words that say only that things are hard, not what happened: a question after them alone is answered.
const GENERIC_HARDSHIP = /困难|难处|条件(?:不好|差)|不容易/gu;
// A hardship placed in time (「这个月一分没挣到」) is a story told, even when the pronoun is dropped.
const TOLD_WHEN = /这个月|上个月|这几个月|这半年|今年|去年|前几天|前两天|这几天|最近|这阵子|这些年/u;
// Questions about the process itself: what to bring, procedures, how long, who decides, what if refused.
// (「不知道找谁说」 is someone with nobody to talk to, not a question about who handles an application.)
const PROCESS =
  /(?:一定|必须|非得|非要|得|要不要)(?:要)?(?:我|俺)?(?:本人|自己|亲自)[^，。？！?!\s]{0,8}?(?:去|来|跑|到)|还是(?:要|得)?回[^，。？！?!\s]{1,8}?(?:去)?(?:申请|办)|(?:叫|让|请|找|托)[^，。？！?!\s]{1,8}?(?:帮|替|代)(?:我|俺)?[^，。？！?!\s]{0,4}?(?:申请|办|交|递|送)|挨(?:个|家|着)跑|跑(?:几|好几)(?:趟|个地方|个部门|个单位)|(?:这边|这里|本地|当地|老家|户籍地|户口(?:所在)?地)[^，。？！?!\s]{0,4}?(?:申请|办)|(?:带|准备|交|要)(?:些)?(?:什么|啥|哪些)|什么(?:材料|手续|证件|证明)|手续|流程|多久|多长时间|多少天|(?<![这前那好过头后十])几天|(?<![这前那好过头后十])几个月|(?:为什么|为啥)(?:不批|没批|不给)|(?:告诉|通知)(?:我|俺)?(?:是)?(?:什么|啥)?(?:为什么|为啥|原因|理由|结果)|找谁(?!说|聊|倾诉|诉说|讲|谈)|找哪|去哪(?:里|儿)?(?:办|申请|报名|交|登记)|去[^，。？！?!\s]{1,6}还是(?:去)?[^，。？！?!\s]{1,6}(?:办|申请|报名)|在哪(?:里|儿)?(?:办|申请|报名|登记|对接)|(?:怎么|如何|咋)(?:对接|联系|参加|加入)|哪个(?:单位|部门)|怎么(?:报名|捐)|谁(?:来)?(?:批|审|管|定)/u;
// Offering help: to volunteer, to donate.
const OFFERS_HELP =
  /(?:想|愿意|可以)[^让请找叫，。？！?!\s]{0,6}?(?:陪陪|看望|慰问|探望)|(?:想|愿意|可以)(?:去|来)?(?:出份力|出点力|尽点力|尽份力|做点好事)|(?:给|为|向)[^，。？！?!\s]{0,10}?(?:困难户|困难家庭|困难群众|贫困户|低保户|孤寡老人|留守儿童|敬老院|福利院)[^，。？！?!\s]{0,6}?(?:送|捐|献)|志愿者|义工|做志愿|当志愿|捐款|捐钱|捐助|捐物|捐赠|怎么捐|想捐|献爱心|(?:免费|义务|无偿)(?:给|帮|为|替)?[^，。？！?!\s]{0,10}?(?:辅导|补课|上课|教|陪|理发|量|看病|义诊|打扫|做饭|送饭|修)|(?:想|愿意)(?:给|帮|为|替)[^，。？！?!\s]{0,10}?(?:辅导|补课|上课|理发|量血压|义诊|打扫|做饭|送饭)/u;
// The writer says they are a volunteer (「我是镇上志愿者」「也是社区义工」): who they are, not an offer to help.
// Round 47: or says they serve as one (「我在村小做支教志愿者」「平时当义工」); 「想当志愿者」 still offers.
const SELF_AS_VOLUNTEER = new RegExp(
  String.raw`(?:(?:我|俺)(?:们)?(?:是|这是|作为)|也是|(?:^|[，,\s])作为|${SERVES_AS})[^，。？！?!\s]{0,12}?(?:志愿者|义工|社工)`,
  'gu',
);
// Telling staff about someone else's situation.
// Round 46: 「走访发现一户情况 想报一下」: 报一下 said alone, with nothing after it to apply for, reports.
const REPORT_WORD =
  /反映|上报|报告|报上去|通报|(?:想|要)报(?:一下|下)(?=$|[\s，,。])|(?:跟|和|给)(?:你们|您们|政府|社区)(?:说|讲)(?:一下|下|个事)|提供(?:个|一个|一些|点)?(?:情况|线索)/u;
// Round 48: the writer is one of the committee's people (「俺是村里妇女主任」「我是东岭村的会计」).
const WRITER_IN_COMMITTEE = new RegExp(
  String.raw`(?:我|俺|额)(?:们)?(?:是|这是|这里是|作为)[^，。？！?!\s]{0,16}?(?:${COMMITTEE.source})`,
  'u',
);
// Round 45: 「能不能给他们想想办法」: a way out asked for them, as a report asks.
const ON_BEHALF =
  /(?:替|帮|给)(?:她|他|他们|她们|人家|这家|这户)家?(?:反映|说说|问问|报|想(?:想|个|点)?办法)|匿名|不想留名|不留名/u;

// Emoji, symbols and trailing marks typed after the last word of a clause; the lookbehind starts the run at
// its first sign, so a long run is read once.
const TRAILING_SIGNS =
  /(?<![\p{Extended_Pictographic}\p{So}\p{Sk}\p{Emoji_Modifier}\uFE0F\u200D\s~～…])[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Emoji_Modifier}\uFE0F\u200D\s~～…]+$/u;

// What follows a clause the resident closed as a question: a few marks or emoji, then ？ / ?.
const CLOSED_BY_QUESTION_MARK = /^[\s\p{Extended_Pictographic}\uFE0F~～…。，,]{0,4}[？?]/u;

// What to bring, asked in so many words.
const MATERIALS_ASKED =
  /(?:带|准备|交|要|备)(?:些|点)?(?:什么|啥|哪些|哪样)(?:材料|证件|证明|手续|东西)|(?:什么|啥|哪些)(?:材料|证件|手续)/u;
// 「我想先问清楚，去办的时候需要带哪些材料」: the writer asks before applying; the question is what they want now.
// 「我先帮她问问要准备哪些材料」: asking first, for someone who will apply in person (「她过两天自己去镇上交」).
// 「是去残联还是去民政局办」: which office of two, asked before anything is applied for.
const ASKS_FIRST =
  /(?:想|得|要)?先(?:帮(?:她|他|我[^，。？！?!\s]{0,3})?)?(?:问(?:清楚|一下|问|明白)|了解(?:一下|清楚))|(?:自己|本人|亲自)去[^，。？！?!\s]{0,6}(?:交|办|申请)|去[^，。？！?!\s]{1,6}还是(?:去)?[^，。？！?!\s]{1,6}(?:办|申请|报名)/u;

/** Reads the parts of a message (see MessageParts); every test is a bounded pattern over a cut message. */
export function readMessageParts(message: string): MessageParts {
  // Read in Mandarin: 「而家冇地方煮饭」 tells a hardship as 「现在没有地方煮饭」 does.
  const text = normalizeDialect(cutText(message, MAX_MESSAGE_CHARS));
  // 「和这个冲突吗🤔」 still ends with its question particle once the emoji and marks typed after it are set aside.
  const split = splitClauses(text);
  const clauses = split.map((c) => c.text.replace(TRAILING_SIGNS, ''));
  // 「这个号码不会让他知道吧？？」: a clause the resident closed with a question mark asks, whatever its words.
  const marked = split.map((c) => CLOSED_BY_QUESTION_MARK.test(text.slice(c.end, c.end + 6)));
  // A question word or mark, once the question words that ask nothing (剩不了多少, 啥也) are set aside.
  const asks = (clause: string): boolean => QUESTION.test(withoutIndefinites(clause));
  // 「是不是得…」「能不能…」 ask as well as 吗 does.
  const asksOrAnotA = (clause: string): boolean => asks(clause) || A_NOT_A.test(clause);
  const hardship = HARDSHIP.test(text);
  const writerRole = WRITER_ROLE.test(text);
  const others = text
    .replace(OWN_HOUSEHOLD_COUNT, '')
    .replace(OWN_HOME_TOLD.test(text) ? WHOLE_FAMILY : NOTHING, ' ')
    .replace(HEARSAY, ' ')
    .replace(CHILDREN_GROWN, ' ')
    .replace(SHELTERED_AT, ' ');
  // A plea for the writer's own household, with nobody reported and no watching role, tells their own story
  // (「孩子在医院住了半年…求求帮帮我们」), whatever places or people it mentions.
  const ownPlea =
    SELF_PLEA.test(text) &&
    !writerRole &&
    !REPORT_WORD.test(text) &&
    !ON_BEHALF.test(text) &&
    !SEEN.test(text);
  // 「我老公…住院 家里两个小孩 我一个人在超市上班」: the writer's husband and their home, wherever the story opens.
  const ownHousehold =
    ((OWN_RELATIVE.test(text) && OWN_HOME.test(text)) ||
      WRITER_IS_KIN.test(text) ||
      (FOR_OWN_KIN.test(text) && WANT_TO_APPLY.test(text))) &&
    !writerRole &&
    !REPORT_WORD.test(text) &&
    !ON_BEHALF.test(text) &&
    !SEEN.test(text);
  // 「我爸…一个人住在村里」 is the writer's own father, not someone seen in need.
  const seen =
    !ownPlea &&
    !ownHousehold &&
    !OWN_RELATIVE_FIRST.test(text.trim()) &&
    !(BARE_KIN_FIRST.test(text.trim()) && !writerRole && !REPORT_WORD.test(text)) &&
    !(OWN_STORY_FIRST.test(text.trim()) && !writerRole && !REPORT_WORD.test(text)) &&
    (splitClauses(others).some(
      (c, i, all) =>
        (PLACE_OF_OTHERS.test(c.text) || WRITER_AT.test(c.text)) &&
        !WITH_WRITER.test(c.text) &&
        // 「菜市场旁边的桥底下 有个男的睡了快一个礼拜了」: the place, then who is there, in the next clause; round 32:
        // who, then where they live (「有对老夫妻…都八十多了住老小区六楼没电梯」).
        (SOMEONE.test(c.text) ||
          (PLACE_ONLY.test(c.text) && SOMEONE.test(all[i + 1]?.text ?? '')) ||
          (WRITER_AT.test(c.text) &&
            SOMEONE_THERE.test(all[i + 1]?.text ?? '') &&
            SOMEONE.test(all[i + 1]?.text ?? '')) ||
          (LIVES_AT.test(c.text) &&
            TOLD_OF.test(all[i - 1]?.text ?? '') &&
            SOMEONE.test(all[i - 1]?.text ?? ''))),
    ) ||
      ACQUAINTANCE.test(others) ||
      THAT_HOUSEHOLD.test(others) ||
      ((SEEN.test(others) ||
        ((ROLE.test(others.replace(ROLE_ADVISING, ' ')) || writerRole) && PARTICULAR.test(others))) &&
        OTHER_PERSON.test(others)));
  // Residents drop the pronoun: a hardship told about nobody else is the writer's own.
  const personal = PERSONAL.test(text) || (hardship && !seen);
  // 「如果…」「要是…」: the message imagines a case.
  const hypothetical = HYPOTHETICAL.test(text);
  // 「我能不能替她申请」 asks whether one may; the wish to apply is then only a question.
  // 「在这能申请吗 还是要回老家去申请」: typed with a space, the other half of a question is its own clause.
  const wantClause = clauses.some(
    (c, i) =>
      WANT_TO_APPLY.test(c) &&
      !NOT_FOR_ME.test(c) &&
      !PERMISSION.test(c) &&
      !ALTERNATIVE.test(c) &&
      !(c.startsWith('还是') && /[吗呢么伐]$/u.test(clauses[i - 1] ?? '')) &&
      !(CONDITIONAL_APPLY.test(c) && PROCESS.test(c)) &&
      // 「如果没批下来…我能不能再申请」: whether one may apply again after a refusal imagined is a rule asked.
      !(hypothetical && RULE_QUESTION.test(c)) &&
      !(HOW_FOR_OTHERS.test(c) && !OWN_WISH.test(c)),
  );
  const plea = PLEA.test(text);
  // 「要是…能在这边申请吗」 imagines a case: a question about the rules, not the wish to apply now.
  const mayI =
    !hypothetical && clauses.some((c) => MAY_I_APPLY.test(c) && !PERMISSION.test(c) && !NOT_FOR_ME.test(c));
  // 「最多能给多少钱？一年可以申请几次？我们家去年申请过一次了」: an application of the past told beside a
  // question about the rules is the reason for asking, not a case to look up.
  const ruleQuestionOnly = RULE_QUESTION.test(text) && !STATUS_WORDS.test(text);
  // Round 45: a certificate applied for (残疾证我上个月才去申请的) is no application waiting at this window.
  const applicationsTold = withoutCertificateApplied(text);
  const existingApplication =
    (EXISTING.test(applicationsTold) || appliedBefore(applicationsTold)) &&
    !hypothetical &&
    !ruleQuestionOnly &&
    !clauses.some((c) => asks(c) && OTHER_HELP_ASKED.test(c));
  const questions = clauses.filter(
    (c) => asks(c) && POLICY_TOPIC.test(c) && !(WANT_TO_APPLY.test(c) && !POLICY_TOPIC.test(c)),
  );
  // One's own hardship told, then a question about a kind of help (「…低保怎么办」「孩子上学有没有补助」):
  // they want it. A question about amounts, materials, conditions or time (多少, 材料 …) is only answered.
  // What happened is told (an illness, a lost job, fees that cannot be paid), by the writer about their own
  // household (a word for themself or their family is there): 「残疾人有哪些补贴」 tells no one's story.
  const ownHardship =
    !seen &&
    (PERSONAL.test(text) || TOLD_WHEN.test(text)) &&
    HARDSHIP.test(text.replace(GENERIC_HARDSHIP, ''));
  // 「要是遇到困难…」 imagines the hardship: only one actually told makes the question a wish.
  const askedAboutHelp =
    hardship &&
    personal &&
    !seen &&
    (!hypothetical || ownHardship) &&
    // 「申请救助一定要本人跑到窗口去伐」 asks how the process goes, not for the help.
    clauses.some(
      (c) => asks(c) && HELP.test(c) && !POLICY_TOPIC.test(c) && !PROCESS.test(c) && !NOT_FOR_ME.test(c),
    );
  const wantService = hardship && personal && !seen && clauses.some((c) => WANT_SERVICE.test(c));
  const asksForHelp = clauses.some((c) => ASK_HELP.test(c) && !NOT_FOR_ME.test(c));
  // 「是不是得民政 医保 残联挨个跑啊」: a question spread over clauses typed with spaces asks in one of the
  // first ones.
  const asksBefore = (i: number) => clauses.slice(Math.max(0, i - 3), i).some(asksOrAnotA);
  const processQuestion = clauses.some(
    (c, i) => PROCESS.test(c) && (asks(c) || /[？?谁几]|还是/u.test(c) || asksBefore(i)),
  );
  // 「老师反映一个情况…这个家庭能享受什么救助」 asks for someone else's household: a report, not an application.
  // Round 48: a committee cadre who says they want to apply for a villager (「俺是村里妇女主任 想帮她申请个救助」)
  // applies in the committee's name, as the form allows, whether or not they know which kind of help it is.
  const committeeApplies = WRITER_IN_COMMITTEE.test(text) && wantClause;
  const reportsOther =
    seen && (REPORT_WORD.test(text) || ON_BEHALF.test(text) || (writerRole && !committeeApplies));
  const laterWish = existingApplication
    ? (clauses.find(
        (c) =>
          (WANT_TO_APPLY.test(c) || ALSO_MAY.test(c)) &&
          !EXISTING.test(c) &&
          !appliedBefore(c) &&
          !PERMISSION.test(c) &&
          !ALTERNATIVE.test(c),
      ) ?? null)
    : null;
  // Asking first about the process (what to bring, how long) leaves the application for later.
  // Round 41: the materials asked beside the wish (「俺想给俺娘办低保 都得准备啥材料 别让俺跑好几趟」), or a rule
  // asked (「两样都想申请 … 能不能一起吃」): that answer first, and the answer offers to apply.
  const asksRule = clauses.some((c) => asksOrAnotA(c) && RULE_QUESTION.test(c));
  // 「我想帮她申请医疗救助 另外她能不能同时办低保啊」: a wish that names its kind of help stands beside a rule asked.
  const wishNamesKind = clauses.some(
    (c) => WANT_TO_APPLY.test(c) && NAMED_PROGRAMME.test(c) && !RULE_QUESTION.test(c),
  );
  const asksFirst =
    (processQuestion && (ASKS_FIRST.test(text) || MATERIALS_ASKED.test(text))) ||
    (asksRule && !wishNamesKind);
  return {
    wantsToApply:
      !existingApplication &&
      !asksFirst &&
      (wantClause ||
        (SENT_UP_FOR.test(text) && NAMED_PROGRAMME.test(text)) ||
        wantService ||
        (personal && !reportsOther && mayI) ||
        askedAboutHelp ||
        (ownHardship && asksForHelp)),
    wantIsQuestion: asksFirst || (!wantClause && !wantService),
    asksRule,
    personal,
    hardship,
    plea,
    asksSomething: clauses.some(asksOrAnotA),
    // 「一年能申请几次」「还能再申请吗」「两个能同时享受吗」 ask what the rules allow, beside applying.
    asksBesidesApplying:
      RULE_QUESTION.test(text) ||
      clauses.some(
        (c) =>
          !PHATIC.test(c) &&
          (asks(c.replace(ET_CETERA, '')) || A_NOT_A.test(c)) &&
          !MAY_I_APPLY.test(c) &&
          !WANT_TO_APPLY.test(c) &&
          !PLEA.test(c) &&
          !ASK_HELP.test(c),
      ),
    askedBack: clauses.filter((c, i) => asksOrAnotA(c) || marked[i] === true),
    questions,
    aboutSomeoneElse: seen,
    existingApplication,
    ownHardship,
    asksForHelp: asksForHelp && !asksFirst,
    processQuestion,
    asksPermission: clauses.some((c) => PERMISSION.test(c)),
    namesParticular: PARTICULAR.test(text),
    offersHelp: OFFERS_HELP.test(text.replace(SELF_AS_VOLUNTEER, '')),
    reportsOther,
    // Round 43: any kind of help the forms know, by any of its names (妇联的困难妇女救助, 法律援助, 红十字会), as well.
    namesProgramme: NAMED_PROGRAMME.test(text) || extractAssistanceTypes(text).length > 0,
    laterWish,
  };
}
