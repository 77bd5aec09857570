import type { Handler } from '../chain.js';
import { safetyExpecting } from '../conversation-state.js';
import { isTypedChoice } from '../choice-answer.js';
import type { FlowRegistry } from '../flow-registry.js';
import { DISTRESS_ONLY, NO_RISK, riskFromParse, type TurnRisk } from '../risk.js';
import type { TurnContext } from '../turn-context.js';
import { tellsAcuteNow, tellsCareBill } from '../care-bill.js';
import { asReported } from '../reported-neglect.js';
import {
  HARDSHIP_CATEGORIES,
  offerApplicationForHardship,
  offerApplicationFromStory,
} from '../hardship-offer.js';
import { markUrgent } from './mark-urgent.js';
import { setApplicationAside } from './application-aside.js';
import { completeUrgentCase } from './safety-follow-up.js';
import { startSafetyContact } from './safety-contact.js';
import { cutText } from '../../text/well-formed.js';

// A question kept for after the safety follow-up is a clause or two; nothing longer is kept in the state.
const PENDING_QUESTION_CHARS = 200;

/** What the bot is waiting for in the active flow, so a form answer is read as one by the risk reader. */
function expecting(ctx: TurnContext, active: ActiveFlow): string[] {
  if (active) return active.flow.expecting(active.state, ctx.services);
  // The safety follow-up asks for a place and a phone: its answer is read as one, so an address (「门没锁」,
  // 「北街 隔壁张婶屋里」) is not heard by the learned net as a new crisis with the wrong number to call.
  return safetyExpecting(ctx.state.safety);
}

/**
 * The risk of this turn's message; a tap on one of the flow's own choices is an answer, never a report.
 * `active` is the flow in progress when the caller has read it already (each read validates its saved state).
 */
export function assessTurn(ctx: TurnContext, flows: FlowRegistry, active?: ActiveFlow): TurnRisk {
  const inbound = ctx.inbound;
  if (inbound.kind === 'event' && inbound.event === 'risk_second_opinion' && inbound.risk)
    return {
      level: inbound.risk.level,
      reasons: inbound.risk.reasons,
      category: inbound.risk.category,
      reply: { text: inbound.risk.reply },
    };
  const kind = inbound.kind;
  if (kind === 'image' || kind === 'event') return NO_RISK;
  if (ctx.buttonId?.startsWith('choice:') || ctx.buttonId?.startsWith('type:')) return NO_RISK;
  const waitingFor = expecting(ctx, active ?? flows.active(ctx));
  // A choice typed instead of tapped (「着火」 for the cause of the hardship) is the same answer as the tap.
  if (isTypedChoice(ctx.services.forms, waitingFor, ctx.text)) return NO_RISK;
  const assess = ctx.services.assessRisk;
  return assess
    ? assess(ctx.text, { expecting: waitingFor, previous: ctx.state.lastRisk })
    : riskFromParse(ctx.parse);
}

/** True when the message asks to apply: the classifier is sure enough, or the application flow's own trigger. */
function asksToApply(ctx: TurnContext, flows: FlowRegistry): boolean {
  const { intent } = ctx.parse;
  return (
    (intent.name === 'apply' && intent.confidence >= 0.35) ||
    // 「家里断顿了 想申请临时救助」: the clause that asks to apply is read beside the one that tells the hardship.
    APPLY_CLAUSE.test(ctx.text) ||
    flows.forIntent('apply')?.wants?.(ctx) === true
  );
}

// 「医疗救助怎么申请」「受灾救助咋办」: how to apply, asked of a kind of help the message names.
const HOW_TO_APPLY = /(?:怎么|咋|如何|怎样|在哪)(?:样)?(?:申请|办理|办|弄|报)/u;

/** True when the message asks how to apply for a kind of help it names. */
function asksHowToApplyForNamed(ctx: TurnContext): boolean {
  return HOW_TO_APPLY.test(ctx.text) && ctx.parse.entities.some((e) => e.type === 'assistance_type');
}

/** The flow in progress as the registry reads it. */
type ActiveFlow = ReturnType<FlowRegistry['active']>;
// Words that place a hardship in the last day or two: then it is sudden, and queued as such.
const RECENT = /今天|今儿|昨天|昨晚|前天|刚刚|刚才|刚(?:被|出|走|住)|这两天|马上|今晚/;
// The last week or three (上礼拜四摔断了腿, 半个月前突然脑溢血, 三个礼拜前): the domain's 救急难 when the household cannot
// manage on its own (CANNOT_MANAGE), a reason to apply when it tells that it copes (医药费是我们自己垫的).
const LAST_WEEKS =
  /前几天|前些天|前些日子|这几天|上上?(?:个)?(?:星期|礼拜|周)|这(?:个)?(?:星期|礼拜|周)|半个月(?:前|以前|之前|了)|十(?:来|几)天(?:前|以前|了)|(?:[0-9]{1,2}|[一二两三四五六七八九十几])天(?:前|以前|之前)|前[一两二三]个?(?:星期|礼拜|周)|[一两二三]个?(?:星期|礼拜|周)(?:前|以前|之前|了)/;
// Round 41: rent due next week said time first (下个礼拜仲要交租), Cantonese 得返两百蚊 (only two hundred left), one
// person unable to cope alone (俺一个人照顾不过来).
const CANNOT_MANAGE =
  /没钱|没有钱|没得钱|莫得钱|冇钱|拿不出|交不起|交不上|交不出|(?:米缸|米|粮|面)[^，。\s]{0,4}见底|断粮|断顿|没着落|凑不齐|凑不够|一分钱|钱都没|钱也没|(?:存款|积蓄|家底|钱)[^，。\s]{0,6}(?:花光|花完|掏空|用完|见底)|买(?:面|米|菜|煤)的钱|吃饭都|(?:饭|米)(?:都|也)?快?(?:吃不起|吃不上)|没饭吃|没法过|过不下去|没办法了|揭不开锅|催(?:着)?(?:交|费|钱)|一分活钱|(?:实在|真的|快)(?:是)?(?:撑|扛|顶|熬)不(?:住|下去)|(?:身上|手里|兜里|卡里|手上)(?:就|只)(?:剩|有)(?:下)?[0-9一二两三四五六七八九十几百]+多?(?:块|元)|(?:房租|贷款|学费)[^，。\s]{0,4}(?:下礼拜|下周|下星期|过几天|明天|后天)(?:就)?(?:到期|要交|得交|该交)|(?:房租|租|学费|贷款)[^，。\s]{0,3}(?:都)?(?:不知道?|不晓得)(?:该)?(?:怎么|点|咋|哪里)(?:交|还|付|凑)|(?:米|面|粮|吃的)[^，。\s]{0,3}快(?:要)?(?:没|吃完)了|(?:米|面|粮|饭|吃的)[^，。\s]{0,4}(?:都是|全是|全靠|都靠|靠)(?:邻居|亲戚|村里|别人|乡亲)[^，。\s]{0,2}(?:送|给|接济|帮)|(?:下个?(?:礼拜|星期)|下周|过几天|明天|后天)[^，。\s]{0,3}(?:就)?(?:要|得|该)(?:交|付|俾)(?:房)?租|得返[0-9一二两三四五六七八九十几百]+(?:蚊|块|文)|(?:一个人|自己)(?:实在)?(?:照顾|顾|忙)不过来/;
// 「东西全没了」「一家人就剩身上的衣服」: a disaster or a fire that took everything the household had.
// Round 33: 「被子衣服粮食全烧莫了」 (莫 for 没), 「房子烧的就剩墙了」. Round 38: 「房子着火全烧了 … 啥都没剩下」,
// 「家具粮食全泡了」, 「粮食被子都埋里头了」. Round 41: 「屋头东西都没得了」.
const TOTAL_LOSS =
  /(?:东西|家当|家具|衣服|粮食|被褥|被子|家里|种子)[^，。\s]{0,6}(?:全|都)(?:没(?:有|得)?了|冲走了?|冲没了|烧光了?|烧没了|烧莫了|毁了|埋了|埋(?:在)?(?:里头|里面)了?)|(?:东西|家当|家具|家里)[^，。\s]{0,6}(?:全|都)(?:泡了|泡坏了|淹了)|(?:啥|什么)(?:都|也)没(?:有|得)?了|就剩(?:下)?身上(?:的|穿的)?(?:这身)?衣服|全没了|(?:烧|冲|砸)得?(?:就|只)剩(?:下)?(?:四面|几面)?墙|(?:啥|什么)(?:都|也)没剩(?:下)?|(?:房子|家|屋)[^，。\s]{0,6}(?:全|都)烧了/;
// A shelter the authorities or the village set up, or a shed: a roof, not a home.
const MAKESHIFT_SHELTER =
  /安置点|板房|帐篷|学校|小学|中学|教室|村委|村部|礼堂|祠堂|救助站|柴棚|棚子|牛棚|猪圈|仓库|仓房/;
// Round 38: a neighbour's house after a fire that took the whole home (「房子着火全烧了 … 一家四口借住在邻居家」): kin
// take a family in, a neighbour puts it up for a night or two. Part of the house burnt (烧了半间屋) leaves a home.
const NEIGHBOUR = /邻居/;
const PART_OF_HOME =
  /(?:烧|塌|冲|砸|压)(?:了|掉|坏|毁)?(?:半间|一间|两间|半边|一半|厨房|灶房|偏房|柴房)|(?:半间|一间|两间|半边|一半|厨房|灶房|偏房|柴房)[^，。\s]{0,3}(?:烧|塌|倒|冲|砸|压)(?:了|掉|没|光)/;
// Round 38: grain or bedding soaked (粮食种子全泡了): with the family out of its home, in a shed or a school, nothing to
// live on; at home it is a loss to apply for.
const SOAKED = /(?:粮食|种子|被子|被褥|衣服)[^，。\s]{0,6}(?:全|都)(?:泡了|泡坏了|淹了)/;
// Round 38: a stay told as ending within days (住不了几天, 只能住到周末, 人家儿子过两天就回来了) shelters nobody.
const SHELTER_ENDING =
  /住不了几天|住不长|只能住(?:到|一|两|几)|最多(?:住|待)|过(?:两|几)天就(?:得|要)?(?:走|搬|回来)/;
// 「他是家里唯一挣钱的」「顶梁柱没了」「办丧事借了两万多」: the earner lost, the household in debt for it. Within the last
// week or two that is the domain's sudden hardship; a month on, writers of every set read it as the reason to apply.
// Round 33: 「家一直系靠他揸车揾钱」: the household lived on the one it lost.
const LOST_EARNER =
  /(?:唯一|就他一个|就她一个|就靠他|就靠她)[^，。\s]{0,2}(?:挣钱|赚钱|劳力|收入)|(?:一直|全|都|就)(?:是|系)?靠(?:他|她)[^，。\s]{0,4}(?:挣钱|赚钱|揾钱|养家|钱)|顶梁柱|(?:一下子|一下|突然)(?:就)?没了收入|(?:借|欠)了?[^，。\s]{0,3}[0-9一二两三四五六七八九十几]+(?:万|千)/;
// 「我不知道该怎么办」 after a loss of the last week or two: the household cannot go on alone (after a loss of last
// month, writers who label by the urgency rule and those before it alike read it as the reason to apply).
const AT_A_LOSS =
  /(?:不知道|不晓得|不懂)(?:该|要|以后|往后)?(?:怎么办|咋办|咋个办|怎么个办|怎么过|咋过|咋个过|怎么活)/;
// 「急用」「急需用钱」「救急」: help is needed within days, the resident says so.
const NEEDED_NOW = /急用|急需|急着用钱|等着(?:钱|用钱)|救急/;
// 「现在」 places the hardship now, unless the event itself is placed weeks or more ago (「上个月突然走了
// 现在我带着孩子不知道怎么办」): then it tells how the household lives since.
const NOW_STATE = /(?<!到)现在|眼下/;
// 「三个月工资都没发」: months without pay is a long-running loss too.
const LONG_AGO =
  /(?:[一两三四五六七八九十几半]|好几)个多?月(?:的)?(?:工资|工钱)|上个?月|去年|前年|上半年|下半年|年初|年前|(?:[一两三四五六七八九十几半]|好几)个多?月(?:前|了|以前)|上(?:个)?(?:星期|礼拜|周)|(?:几|好几|多)年/;
// A disaster told as going on now in an answer: still there, rising again, someone trapped.
const STILL_NOW = /还在|又(?:涨|来|下|烧|着|塌)|越来越|快(?:要)?(?:淹|塌|冲)|救命|被困|困在|出不来/u;
// Last month, not months ago: within the weeks of 救急难 when nothing is left now.
const LAST_MONTH = /上个?月(?!份?以前)/;
// Older than last month: the loss is a reason to apply, whatever is short now.
const OLDER = /去年|前年|(?:[两三四五六七八九十几半]|好几)个多?月(?:前|了|以前)|上半年|年初/;
// A home the household has, however cramped (「六口人挤在四十平的老房子里」): no one sleeps outside tonight.
const HOUSED =
  /挤在|挤着|住在[^，。？！?!\s]{0,10}(?:房子|老房|屋|平房|楼)|[0-9一二三四五六七八九十几两]{1,4}(?:平米|平方|平)的/;
// An illness the application already told as long-standing or being treated: the answers that describe it
// (「他现在说不了话 我同意」 to whether he agrees) are not new.
const TOLD_ILLNESS =
  /中风|脑梗|偏瘫|瘫痪|瘫在|瘫了|残疾|后遗症|以后|多年|常年|长期|一直|住院|出院|在医院|[iI][cC][uU]|重症|监护室|手术|治疗|个多?月/;

/**
 * True when the hardship is placed in the last days or now, not weeks ago. In an answer to the form
 * (「现在没收入」 to the income question) 「现在」 is the state asked about, not the time of an event.
 */
function toldAsRecent(text: string, answering: boolean): boolean {
  if (
    RECENT.test(text) ||
    (LAST_WEEKS.test(text) &&
      (CANNOT_MANAGE.test(text) ||
        AT_A_LOSS.test(text) ||
        LOST_EARNER.test(text) ||
        TOTAL_LOSS.test(text) ||
        (SOAKED.test(text) && MAKESHIFT_SHELTER.test(text))))
  )
    return true;
  // 「急用 俺老公出车祸住院了」: the money is needed within days, in so many words.
  if (NEEDED_NOW.test(text) && !OLDER.test(text)) return true;
  if (answering) return false;
  // 「厂子上个月倒闭了…现在房租交不起 奶粉钱都没了」: a loss of last month that leaves nothing now is still sudden,
  // said without 现在 too (「…房租下礼拜到期 身上就剩三百块」) unless something older is told beside it.
  const lastMonthBroke = LAST_MONTH.test(text) && CANNOT_MANAGE.test(text);
  if (lastMonthBroke && !OLDER.test(text)) return true;
  if (!NOW_STATE.test(text)) return false;
  return !LONG_AGO.test(text) || lastMonthBroke;
}

/**
 * An acute word in an answer while applying for medical or disability help, or for someone whose application
 * already told a long-standing illness (「中风以后半边身子动不了」 then 「他说话不利索 让我帮他弄」), describes
 * that illness, unless it says it is happening now (突然, 晕倒, 正在 …).
 */
function knownCondition(ctx: TurnContext, active: ActiveFlow, risk: TurnRisk): boolean {
  if (tellsAcuteNow(ctx.text) || active?.flow.name !== 'application') return false;
  const form = active.state as {
    assistanceType?: unknown;
    fields?: Record<string, unknown>;
    opening?: unknown;
  };
  // Round 38: 「庄稼都淹了 现在没收入」 answering the household's income, in an application for disaster relief: the loss
  // the application is about, told again, not water rising now (unless the answer says it is: 还在, 又涨, 被困 …).
  if (risk.category === 'fire_disaster_now' || risk.category === 'sudden_hardship')
    return form.assistanceType === 'disaster' && !RECENT.test(ctx.text) && !STILL_NOW.test(ctx.text);
  if (risk.category !== 'medical_emergency') return false;
  // Medical or disability help is asked for an illness or impairment already had and treated.
  if (form.assistanceType === 'medical' || form.assistanceType === 'disability') return true;
  const told = [form.fields?.hardship, form.fields?.illness, form.opening];
  return told.some((t) => typeof t === 'string' && TOLD_ILLNESS.test(t));
}
// The household has a roof and is out of danger now: with the family (round 38: 挤在我哥家, 搁俺这住着), in a shelter.
// Unhurt alone is not housed (「人没事 …挤在村委会的活动室里 被褥粮食都埋里头了」). A night or two
// in the village office or a school hall with nothing saved (「老两口现在住在村委会里面」) is not: it is the
// sudden hardship of the domain's rule, to be helped within days (the writers of sets X on, who label by that
// rule, all say so).
const SAFE_NOW =
  /(?:住|搬|待|挤)(?:在|到|进)?(?:了)?(?:我|俺|他|她)?(?:们)?(?:的)?(?:哥|姐|兄弟|弟|妹|舅|姑|姨|叔|伯|爸|妈|父母|娘家|婆家|岳母|儿子|女儿|闺女|亲戚|朋友|同事|邻居|老乡)[^，。\s]{0,2}(?:家|屋头|屋里|那里|那儿)(?![^，。\s]{0,3}(?:不让|不收|赶))|(?:借住|暂住)(?!(?:在|到)?[^，。\s]{0,4}(?:村委|村部|大队|学校|活动室|祠堂|礼堂|会堂|仓库|车站|桥下))|安置点|板房|(?:住|挤|待|搁|呆)(?:在|到|进)?(?:了)?(?:我|俺)(?:们)?家|(?:住|挤|待|搁|呆)(?:在|到)?(?:了)?亲戚家|(?:搁|在)(?:我|俺)(?:们)?(?:这|这儿|这里|那儿|那里)(?:住|待)/;
// The home stands: 「房子没事」「房子倒是好好的」「房屋没受损」.
const INTACT_HOME =
  /(?:房子|房屋|屋子|住的)(?:倒是|还|都)?(?:没事|没啥事|没什么事|好好的|没塌|没倒|没受损|没受影响|完好)/;
// Asking how to apply, whether one may, or what help there is, in so many words (「听说有临时救助，怎么申请？」
// 「想问问有没有啥救助」, round 38: 「有没有临时救助」).
const ASKS_HOW_TO_APPLY =
  /(?:怎么|咋|如何|能不能|可不可以|能否)(?:去)?申请|申请(?:什么|啥|哪)|能申请|可以申请|有没有(?:啥|什么)?[^，。？！?!\s]{0,4}?(?:救助|补助|补贴|帮扶)|有(?:啥|什么)(?:救助|补助|补贴|帮扶)/;

/**
 * A hardship told while applying or asking about the benefits, that happened a while ago (「厂子上个月倒闭了
 * 想申请临时救助」「七月份发大水…可以申请受灾救助吗」), is the reason for the application, not an emergency:
 * the application or the answer goes on without the urgent track. So is a recent loss once the household
 * is safe and housed (「前天着火了 现在住在我哥家 想申请临时救助」), and so is an illness told as the reason
 * for a medical bill. Anything else recent or dangerous still is one.
 */
function settledHardship(ctx: TurnContext, flows: FlowRegistry, risk: TurnRisk, active: ActiveFlow): boolean {
  const suddenLoss = risk.level === 'high' && risk.category === 'sudden_hardship';
  // The text reader has put dialect in Mandarin already: 「依家真系一蚊都冇」 reads as 「现在真的一分钱都没有」.
  const text = ctx.text;
  // 「中风以后半边身子不能动…能申请补贴吗」「住院一个多月 自己还要出四万」: the illness is why the bill is there;
  // the care has been had, and the resident asks how to pay for it. An acute word now keeps it critical.
  const paidCare = risk.category === 'medical_emergency' && tellsCareBill(text);
  // 「孩子大了没地方住 想申请住房救助」 with the home they have told: a cramped home, not a night outside.
  const crampedHome = risk.category === 'homeless_tonight' && HOUSED.test(text);
  // 「前天着火了 人都没伤着 这会儿住在我家 想给她申请临时救助」: the fire is out and the family is safe and housed.
  const housedAfterLoss =
    (risk.category === 'homeless_tonight' || risk.category === 'fire_disaster_now') && SAFE_NOW.test(text);
  const inApplication = active?.flow.name === 'application';
  if (knownCondition(ctx, active, risk)) return true;
  if (!suddenLoss && !paidCare && !crampedHome && !housedAfterLoss) return false;
  const answering = inApplication && !ctx.state.safety;
  // 「冰雹把大棚全砸了 房子没事 人都好好的」: a loss of property with the home standing and money still coming in
  // is a reason to apply; with nothing left to live on (「房子没事 就是一分钱都没了」) it is still sudden hardship.
  // Only the net heard a sudden loss, and nothing is told that leaves the household without means: a reason to
  // apply, whose form asks the rest.
  const broke = CANNOT_MANAGE.test(text);
  // Round 33: everything burnt or washed away (「被子衣服粮食全烧莫了」) leaves the household without means too.
  const totalLoss = TOTAL_LOSS.test(text);
  const netAlone = suddenLoss && risk.tentative === true && !broke && !totalLoss;
  // 「三天前山洪把房子冲垮了…现在住安置点 东西都没了」「住在邻居家柴棚里…身上一分钱没有」: in a shelter or a shed
  // with nothing left, the household cannot manage on its own; taken in by a sister (「衣服被子都没了 现在住在我姐家」,
  // 「住在我哥家…装修的钱一下子拿不出来」), it copes.
  const makeshift =
    MAKESHIFT_SHELTER.test(text) || (NEIGHBOUR.test(text) && totalLoss && !PART_OF_HOME.test(text));
  const lostAll = totalLoss || broke || SOAKED.test(text);
  const sheltered = SAFE_NOW.test(text) && !SHELTER_ENDING.test(text) && !(lostAll && makeshift);
  const coping = netAlone || sheltered || (INTACT_HOME.test(text) && !broke);
  if (toldAsRecent(text, answering) && !coping) return false;
  // Round 32: 「我在江阴火车站 钱包被偷了…没钱买车票回家 怎么办啊」: robbed and stranded far from home is now, however it
  // is told, and the question is how to get through tonight.
  if (suddenLoss && STRANDED_NOW.test(text)) return false;
  const applying =
    inApplication || ctx.parts.wantsToApply || asksToApply(ctx, flows) || ASKS_HOW_TO_APPLY.test(text);
  const asking = ctx.parts.questions.length > 0 || ctx.parse.intent.name === 'ask_policy';
  return applying || asking;
}

// Stranded now at a station, with no fare home.
const STRANDED_NOW =
  /(?:我|俺)(?:现在|人)?(?:在|困在|滞留在)[^，。\s]{0,8}(?:火车站|汽车站|客运站|候车室|高铁站|车站)[^。]{0,30}(?:没钱|钱包|回不去|回不了家|车票)/u;

/** True when the danger is in the writer's own mind (thoughts of suicide, self-harm), not a situation. */
function aboutOwnMind(risk: TurnRisk): boolean {
  return /^(suicide|self_harm)/.test(risk.category ?? '');
}

// 「我能申请吗」「可不可以办」: asking whether one may apply is asking to. Round 41: not when denied (「不是要申请什么
// 就是心里太堵了」 wants to be heard).
const APPLY_CLAUSE =
  /(?<!不是|不|没)(?:想|要|帮.{0,6}|给.{0,6}|替.{0,6})(?:申请|办理|办个|办一下)|(?:能|可以|能不能|可不可以)(?:我)?(?:也)?(?:申请|办理)/;

/**
 * First link of the chain, on every message in every state: danger is met before anything else. A flow in
 * progress keeps the answer the message carried and waits behind the safety follow-up; a report about
 * someone else queues its own danger; while an operator holds the conversation only the queue is raised.
 */
export function urgencyHandler(flows: FlowRegistry): Handler {
  return async (ctx, next) => {
    // The flow in progress, read once for the whole link: each read validates its saved state, and nothing
    // here changes the flow before the last use.
    const current = flows.active(ctx);
    const assessed = assessTurn(ctx, flows, current);
    // A report about someone else (going on, or about to start) reads neglect as a neighbour sees it.
    const reporting = current ? current.flow.handlesUrgency : flows.wanting(ctx)?.handlesUrgency;
    const heard = reporting === true ? asReported(assessed, ctx.text) : assessed;
    // A settled hardship told with low mood (「心里特别难受 工作丢了…不想见人」) still gets the kind word.
    const settled = settledHardship(ctx, flows, heard, current);
    const risk = !settled ? heard : heard.withDistress && !current ? DISTRESS_ONLY : NO_RISK;
    ctx.risk = risk;
    // In a flow, the intent was made a report of danger by a reading of the message without its context
    // (「那就先不申请了 谢谢啊」 heard by the net as a farewell); read as an answer to what was asked it is calm,
    // so the classifier's own guess stands (here: cancel).
    const classified = ctx.parse.classified;
    if (current && risk.level === 'none' && classified && ctx.parse.intent.name === 'report_urgent')
      ctx.useParse({ ...ctx.parse, intent: classified });
    // Remembered for the next message only: a follow-up is read with it, then it fades.
    ctx.state.lastRisk = risk.level === 'none' ? null : { level: risk.level, category: risk.category };
    if (risk.level === 'none') return next();
    if (ctx.inbound.kind === 'event') {
      // A late second opinion: queue it and tell the resident, and leave the flow in progress as it was. It is
      // a model's word, which a message can talk it into: a person looks at the conversation, but no case
      // enters the ledger (and reaches a department with a deadline) until the offline reading or staff say so.
      if (risk.level === 'critical' || risk.level === 'high')
        markUrgent(ctx, flows, risk.level, risk.reasons, risk.category, { ledger: false });
      if (risk.reply && ctx.queue.heldBy === null) ctx.say(risk.reply);
      return;
    }
    const active = current;
    // A report about someone else reads danger in the whole report and queues it itself.
    if (active?.flow.handlesUrgency) return next();
    // A report about someone else with a pressing (not life-threatening) need: the report reads its danger itself.
    if (!active && risk.level === 'high' && flows.wanting(ctx)?.handlesUrgency) return next();
    // Someone else in danger now: queued at once with the safety line, then the report takes their details.
    if (!active && risk.level === 'critical' && flows.wanting(ctx)?.handlesUrgency) {
      // The conversation is marked and queued; the report files its own case (the reporter is not the one in
      // danger). A situation's own reply (120 for someone collapsed, 119 for a fire) speaks to a bystander as
      // well; the replies about one's own thoughts of suicide or self-harm do not, so those get the report's line.
      markUrgent(ctx, flows, 'critical', risk.reasons, risk.category, { ledger: false });
      if (ctx.queue.heldBy === null)
        ctx.say(!aboutOwnMind(risk) && risk.reply ? risk.reply : ctx.services.replies.report_safety_line);
      return next();
    }
    if (risk.level === 'distress') {
      // Not an emergency: a kind word and the psychological line, then the turn goes on as usual.
      if (ctx.queue.heldBy === null) ctx.say(risk.reply ?? ctx.services.replies.distress_support);
      ctx.record('distress', { ...(risk.category ? { category: risk.category } : {}) });
      // 「工作丢了…不知道这样下去怎么办」 taken by the classifier alone for an emergency or a wish to apply: with a
      // hardship of one's own told, the application is offered, not started over the kind word.
      // So is a hardship told with no question beside it (「饭店的活儿没了…不晓得往后咋办」), which had the kind word
      // followed by 「这个我还没弄明白」.
      const { name } = ctx.parse.intent;
      const parts = ctx.parts;
      const guessed = name === 'report_urgent' || (name === 'apply' && !parts.wantsToApply);
      const toldOnly = parts.questions.length === 0 && !parts.processQuestion && !parts.wantsToApply;
      // Someone else's story is declined by offerApplicationFromStory itself.
      if (!current && ctx.queue.heldBy === null && parts.hardship && (guessed || toldOnly))
        if (await offerApplicationFromStory(ctx, flows, 'story_offer_apply')) return;
      return next();
    }
    const level = risk.level;
    const known =
      ctx.state.urgency === level && risk.reasons.every((r) => ctx.state.urgencyReasons.includes(r));
    if (level === 'high' && risk.tentative && !HARDSHIP_CATEGORIES.has(risk.category ?? '')) {
      // Only the net heard danger, and not a hardship a form helps with (「我男人上个月翻到沟里没了…能不能给点
      // 救助」 heard as a method of suicide). Like a model's late second opinion, its word alone puts the
      // conversation before a person but writes no urgent case, and the resident is asked gently instead of
      // being given a reply written for a danger no rule saw; what they came for goes on.
      markUrgent(ctx, flows, level, risk.reasons, risk.category, { ledger: false });
      if (ctx.queue.heldBy !== null) return next();
      const { replies } = ctx.services;
      ctx.say(aboutOwnMind(risk) ? replies.urgent_check_in_mind : replies.urgent_check_in);
      // A plea for help with one's own story (「能不能给点救助 你说啥我填啥」) is offered the application it asks for.
      const pleads = ctx.parts.asksForHelp || ctx.parts.plea || ctx.parts.wantsToApply;
      if (!current && pleads && (await offerApplicationFromStory(ctx, flows, 'story_offer_apply'))) return;
      if (classified && ctx.parse.intent.name === 'report_urgent')
        ctx.useParse({ ...ctx.parse, intent: classified });
      return next();
    }
    markUrgent(ctx, flows, level, risk.reasons, risk.category);
    if (ctx.queue.heldBy !== null) return next();
    // Already asked where they are and how to call back: 「跑出来了 在菜市场门口」 answers that question; a
    // pressing word in the answer is queued above, and the follow-up reads the place or number it gives.
    const followingUp = !active && ctx.state.safety !== null && ctx.state.safety.stage !== 'done';
    if (level === 'high' && followingUp) {
      if (!known && risk.reply) ctx.say(risk.reply);
      return next();
    }

    if (level === 'high') {
      const applying = active !== undefined || asksToApply(ctx, flows);
      if (applying) {
        // Sudden hardship while applying: flagged and queued, and the application goes on in the same turn.
        ctx.say(ctx.services.replies.urgent_high_inline);
        // 「…房顶压塌了…这个能申请救助不」 taken by the classifier for a report of danger: the reply has just said
        // the application is taken next, so it is.
        if (!active && ctx.parse.intent.name !== 'apply')
          ctx.useParse({ ...ctx.parse, intent: { name: 'apply', confidence: ctx.parse.intent.confidence } });
        return next();
      }
      ctx.say(risk.reply ?? ctx.services.replies.urgent_high);
      ctx.state.topic = 'report_urgent';
      await offerApplicationForHardship(ctx, flows, risk);
      return;
    }

    if (known && active) {
      // Already handed over for the same danger: say who is on it, then keep helping instead of repeating.
      ctx.say(ctx.services.replies.urgent_known);
      return next();
    }
    ctx.state.topic = 'report_urgent';
    if (active) {
      // The answer this message carried is kept; the flow waits until the resident is ready again.
      ctx.state.paused = {
        name: active.flow.name,
        state: active.flow.absorb?.(ctx, active.state) ?? active.state,
      };
      ctx.state.flow = null;
    } else if (asksToApply(ctx, flows) || ctx.parts.wantsToApply || asksHowToApplyForNamed(ctx)) {
      // An opening that asks for help and carries danger keeps its details for after the safety follow-up; so
      // does one that asks how to apply for a named kind of help beside it (「…受灾救助怎么申请，能不能快点来人看看」,
      // round 32).
      await setApplicationAside(ctx, flows);
    } else if (ctx.parts.questions.length > 0) {
      // 「临时救助都得带啥材料啊 俺老伴前天突然中风了」: the question is answered once the place and number are
      // asked, instead of being lost behind the safety reply.
      ctx.state.pendingQuestion = cutText(ctx.parts.questions.join('，'), PENDING_QUESTION_CHARS);
    }
    ctx.say(risk.reply ?? ctx.services.replies.urgent_critical);
    // Raised again by an answer to where they are (「从邹家村家里走出去的 婆婆叫邹桂珍」): what it tells goes into the
    // urgent case as the follow-up's answers do.
    const answering = ctx.state.safety !== null && ctx.state.safety.stage !== 'done';
    ctx.state.safety = startSafetyContact(ctx);
    if (answering) completeUrgentCase(ctx, ctx.state.safety);
  };
}
