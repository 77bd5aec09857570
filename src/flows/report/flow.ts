import { z } from 'zod';
import { planCase } from '../../cases/case-plan.js';
import type { HandoffPriority, OutboundAction } from '../../engine/actions.js';
import type { Flow } from '../../engine/flow.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { asReported } from '../../engine/reported-neglect.js';
import { extractEntities } from '../../nlu/entities/index.js';
import type { Entity } from '../../nlu/types.js';
import {
  addressedName,
  extractPersonNames,
  leadingName,
  titledName,
} from '../../nlu/entities/person-name.js';
import { cutText } from '../../text/well-formed.js';
import { committeeAsksForVillager } from './committee-asks.js';

const priority = z.enum(['critical', 'high', 'normal']);
const stateSchema = z.object({
  stage: z.enum(['subject', 'location', 'situation', 'urgency', 'contact']),
  subject: z.string().nullable(),
  location: z.string().nullable(),
  situation: z.string().nullable(),
  urgency: priority.nullable(),
  /** Urgency the detector heard in the report's messages, kept so the answer to 「多急」 cannot lower it. */
  detected: priority.nullable(),
  /** The name of the person reported, when the reporter gave one, so staff see whom the case is about. */
  name: z.string().nullable().default(null),
  /** The reporter said in so many words that it can wait (「不算急」), which outweighs a pressing word heard. */
  canWait: z.boolean().default(false),
});

/** A report about someone else (主动发现) in progress. */
export type ReportState = z.infer<typeof stateSchema>;

// Words that start a report about someone else; a question about someone else's rights stays a question.
// 「想反映一下我表姐家的情况」 reports another household; 「反映一下我家的情况」 is the writer's own.
// Round 37: 「想反映我班一名学生家庭的困难情况」: 家庭 and 困难情况 say the same; 「物业这边想反映一户」: a household.
const TRIGGER =
  /(?:我要|我想|想)(?:报告|上报|反映)(?:一下|个)?(?:困难|情况|一个|一位|一户|一家|有人|我们|村里|邻居|楼下|隔壁)|(?:我要|我想|想)(?:报告|上报|反映)(?:一下|个)?(?:事|事情)[，,\s]*(?:我们)?(?:隔壁|邻居|楼下|楼上|对门|村里|村上|小区|社区)|(?:我要|我想|想)(?:报告|上报|反映)(?!(?:一下)?(?:(?:我|俺)(?:们)?(?:自己|家|自家)|自己|自家))(?:一下)?[^，。？！?!\s]{1,8}?家(?:庭)?的?(?:困难)?(?:情况|困难)|帮(?:别人|邻居|他|她|老人)(?:求助|报告|反映)|(?:发现|看到)(?:一个|一位|有个|有位)?.{0,12}(?:困难群众|没人管|需要帮助)|上报(?:一户|一家|一个|一位)/;
// 「报告一下，我们村昨晚下暴雨，有一户人家的土墙房子垮了一半」: a message that opens as a report and tells of a
// household or person of the place, not the writer's own; a cadre who goes on to apply for them applies.
const OPENS_AS_REPORT =
  /^(?:你好|您好)?[，,\s]*(?:报告|反映|上报)(?:一下|个情况|个事|下)[^。]{0,40}有(?:一)?(?:户|家(?!里)|个|位)/u;
// 「我想上报一下，看看能不能帮她申请点救助」「网格员报个情况」「后面按主动发现的流程走」: a helper who calls what they
// send a report about someone else files one, even when they hope it leads to an application.
const CALLS_IT_A_REPORT =
  /(?:上报|报告|反映)(?:一下|个|下)?(?:情况|事情?)?(?:[\s，,。：:！!]|$)|报(?:个|一下|下)情况|主动发现/u;
// 「网格员上报一下：…想帮她申请住房救助」: a helper who names the help they apply for, in so many words, applies.
// Round 36: not when the helper only wonders whether it can be done (「不知道能不能给她办个低保或者啥的」): a report.
const APPLIES_FOR_NAMED =
  /(?<!不知道(?:能不能|可不可以|能否|行不行)[^，。！？!?\s]{0,4})(?:申请|办理|办个|办一下)[^，。！？!?\s]{0,4}(?:低保|五保|特困|临时救助|医疗救助|教育救助|住房救助|危房改造|就业救助|受灾救助|残疾人(?:两项)?补贴|两项补贴|助学金)/u;
// Who the person is, said before their name: 「户主卢永康」「学生叫杭雨欣」「老人家叫…」「独居老人马翠兰」; whose they
// are (the writer's class, village) may come first: 「我们班学生蒙俊杰」「我们村的老人王福」.
// Round 41: 「村里的后生常小虎」: the village without 我们, and 后生, 妹子, 阿伯 … for who they are.
const WHO_FIRST =
  /^(?:(?:我们|俺们|咱们?|我|俺|额们)?(?:班|村|组|屯|小区|楼|社区|队|厂|单位)(?:上|里)?(?:的)?|(?:我们|俺们|咱们?|我|俺)(?:上|里)?(?:的)?)?(?:[一二三四五六七八九初高][一二三]?年级(?:[一二三四五六七八九十0-9]{1,2}班)?(?:的)?)?(?:独居|孤寡|孤身|残疾|瘫痪|困难|生病的?|隔壁的?|楼下的?)?(?:户主|老人家?|老头|老太太?|老大爷|大爷|大娘|奶奶|爷爷|学生|孩子|小孩|男的|女的|男人|女人|姑娘|小伙子?|媳妇|那个媳妇|他家|她家|本人|当事人|后生|年轻人|老汉|婆婆|妹子|大姐|大哥|大叔|大婶|阿伯|阿婆|伯伯)(?:名字)?(?:叫|是|名叫)?[，,\s:：]*/u;
// The name on the papers after a nickname: 「大名杜成林」「学名叫…」「身份证上是…」.
const FORMAL_NAME =
  /(?:大名|学名|真名|本名|官名|身份证上(?:的名字)?)(?:好像|应该|可能|大概|估计)?(?:叫|是)?[，,\s:：]*(\p{Script=Han}{2,4})/u;
// The given name said after 叫, standing alone.
const GIVEN_CALLED = /叫(\p{Script=Han}{1,2})(?=$|[\s，,。、])/u;
// Round 40: the surname said apart from the given name (「媳妇叫海燕 姓田」, 「姓田 叫海燕」).
const SURNAME_APART = /(?:^|[\s，,。、])姓(\p{Script=Han})(?=$|[\s，,。、])/u;

// Round 42: 「老刘媳妇叫秀芝 带三个孩子」: a given name of two characters after 叫, with no surname known, is still
// what staff ask after, before how others address the household (老刘); not words (叫不应, 叫他, 叫什么).
const NOT_GIVEN = /[不没他她我你了的什么啥谁哪]/u;

/** A full name said after 叫 anywhere in the answer (「老奶奶姓罗…名字她说叫罗素芬」), before how she is addressed. */
function calledFullName(answer: string): string | undefined {
  for (const match of answer.matchAll(/叫/gu)) {
    const name = leadingName(answer.slice(match.index + 1));
    if (name) return name;
  }
  return undefined;
}

/** The given name said after 叫 (two characters), when the answer gives no fuller name. */
function calledGivenName(answer: string): string | undefined {
  const given = GIVEN_CALLED.exec(answer)?.[1];
  return given !== undefined && Array.from(given).length === 2 && !NOT_GIVEN.test(given) ? given : undefined;
}

/** The name with the surname said apart put before it, when the name read is a given name of two characters at most. */
function withSurnameSaid(name: string | undefined, answer: string | null): string | undefined {
  const surname = answer === null ? undefined : SURNAME_APART.exec(answer)?.[1];
  if (surname === undefined || answer === null) return name;
  // 「她叫春梅 姓罗」: a given name that starts with no surname is read as no name at all (or as the surname alone).
  const given = name === undefined || name === surname ? GIVEN_CALLED.exec(answer)?.[1] : name;
  if (given === undefined || given.startsWith(surname)) return name;
  return Array.from(given).length <= 2 && /^\p{Script=Han}+$/u.test(given) ? surname + given : name;
}

const RANK: Readonly<Record<HandoffPriority, number>> = { normal: 0, high: 1, critical: 2 };
const REPORT_REF = 'report';

const higher = (a: HandoffPriority | null, b: HandoffPriority | null): HandoffPriority | null =>
  a === null ? b : b === null ? a : RANK[a] >= RANK[b] ? a : b;

// Words that say the case can wait (round 32: 不是十万火急; round 40: 唔算好急 read 不算好急, 倒也不是急到今朝明朝;
// round 41: 不算特急, and Min 毋是真急, 无真急啦);
// 「最好这几天就能来人」 (someone within days, please) is no such word.
const NOT_URGENT =
  /不太急|不急|不算(?:太|很|特别|特|好|几|真|多)?紧?急|(?:倒|也|倒也)?不是急(?:到|在)|(?:说|谈)不上(?:太|很)?紧?急|不(?:算|是)?紧急|不是?要命|(?:没有|没|无)(?:什么|啥)?(?:生命)?危险|^一般|不是(?:说)?(?:今天|马上|一时|眼下|一下子)|不用(?:今天|马上)|(?:不是|毋是|唔是|无)(?:很|太|特别|那么|多|好|真|蛮|几)+紧?急|不是(?:十万)?火急|唔(?:系|算)?(?:好|太|特别|几)?急|不怎么急|没(?:那么|多|太)急|还好|还行|还能过|过得去|(?<!最好|希望|尽快)(?:这几天|近期|最近|过几天)[^，。]{0,4}(?:处理|解决|上门|来人|看看)[^，。]{0,2}(?:就行|就好|就可以)?$|(?:暂时|目前|眼下)(?:还)?(?:没有?|不)(?:断顿|危险|出事|什么事|啥事)|先(?:给|帮)[^，。]{0,6}送了|(?:人|现在|眼下)[^，。]{0,6}(?:没事|没什么事|挺好|还好)|可以等|不用太着急|不着急|不会饿(?:到|着|死)|饿不(?:着|到|死)|还有(?:人|邻居|亲戚|村里)(?:帮|管|送|照顾)/;

// Round 40: urgency said in so many words (「比较急 这几天得有人来看看」): pressing, whatever comes after it.
// (No 不 / 没 / 唔 a few characters before it: 「不是特别特别急」 can wait.)
const SAYS_URGENT = /(?<![不没唔][^，。,\s]{0,5})(?:比较|很|挺|特别|非常|蛮|相当|有点|有些)急/u;

function urgencyAnswer(ctx: TurnContext): HandoffPriority {
  if (ctx.buttonId === 'life_danger') return 'critical';
  if (ctx.buttonId === 'urgent_today') return 'high';
  if (ctx.buttonId === 'not_so_urgent') return 'normal';
  const text = ctx.text;
  if (/生命危险|危险|快不行|有生命|救命|晕倒|昏迷/.test(text) && !NOT_URGENT.test(text)) return 'critical';
  if (SAYS_URGENT.test(text)) return 'high';
  // 「不是特别急」「不是特别特别急」「不算太急」「唔系好急」「还好」 say it can wait, whatever other words come with them.
  if (/急|今天|马上|尽快/.test(text) && !NOT_URGENT.test(text)) return 'high';
  return 'normal';
}

function ask(ctx: TurnContext, report: ReportState): ReportState {
  const { replies } = ctx.services;
  const question = {
    subject: replies.report_start,
    location: replies.report_ask_location,
    situation: replies.report_ask_situation,
    urgency: replies.report_ask_urgency,
    contact: replies.report_ask_contact,
  }[report.stage];
  ctx.say(question);
  ctx.state.topic = 'report_other';
  return report;
}

/** Files the report: a case carrying what the reporter said (and who they are, when verified), and a queue entry. */
function file(ctx: TurnContext, report: ReportState, phone: string | null): null {
  // The reporter sees the person; a pressing word the detector heard (cold, no money for the doctor) yields to
  // their 「不急」, while a danger to life never does.
  const heard = report.canWait && report.detected === 'high' ? null : report.detected;
  const level = higher(report.urgency, heard) ?? 'normal';
  const volunteer = ctx.lookupVolunteer();
  const trusted = volunteer?.status === 'verified' ? volunteer : undefined;
  const reporterPhone = phone ?? trusted?.phone ?? null;
  const plan = planCase(
    {
      assistanceType: 'temporary',
      localityCode: ctx.services.locality.code,
      conversationId: ctx.conversationId,
      channel: ctx.inbound.channel,
      userId: ctx.inbound.userId,
      urgency: level === 'normal' ? 'none' : level,
      fields: {
        report_subject: report.subject ?? '不清楚',
        ...(report.name ? { applicant_name: report.name } : {}),
        ...(report.location ? { address: report.location } : {}),
        report_situation: report.situation ?? '不清楚',
        report_source: trusted ? '已核实的志愿者/网格员上报' : phone ? '群众上报' : '匿名上报',
        ...(reporterPhone ? { reporter_phone: reporterPhone } : {}),
        ...(trusted
          ? { reporter_name: trusted.name, reporter_community: trusted.community, reporter_trusted: '已核实' }
          : {}),
      },
      at: ctx.at,
    },
    ctx.services.localities,
  );
  const caseNo = ctx.token(REPORT_REF);
  const then: OutboundAction[] = [
    ctx.canned(ctx.services.replies.report_filed, { caseNo }),
    ...(level === 'normal' ? [] : [ctx.canned(ctx.services.replies.report_safety_line)]),
    {
      type: 'handoff',
      priority: level,
      reasons: [
        trusted
          ? `已核实网格员/志愿者上报（${trusted.name}，${trusted.community}）`
          : phone
            ? '群众上报困难群众'
            : '匿名上报困难群众',
      ],
      caseNo,
    },
    { type: 'record', kind: 'report_filed', detail: { caseNo, priority: level, anonymous: phone === null } },
  ];
  ctx.push({ type: 'register_case', ref: REPORT_REF, plan, onRegistered: then, onOwnDuplicate: then });
  ctx.state.topic = 'report_other';
  ctx.state.caseNo = caseNo;
  return null;
}

// 「帮一个不识字的阿婆问问 …要带哪些材料」: a question asked for someone, about how things are done, is answered.
// Words right after a name that say the person has died (「周志强已经走了」「他去年没了」).
const DIED_AFTER =
  /^[，,\s]?(?:他|她)?(?:已经|去年|前年|上个?月|上周)?(?:走了|去世|过世|没了|死了|不在了|病故)/u;
// Round 38: words right before a name that say the person has died (「死者叫汤国平」「去世的那个叫…」).
const DIED_BEFORE =
  /(?:死者|死的|走的|去世的|过世的|没了的|遇难的|亡者)(?:那个|那位)?(?:人)?(?:叫|是|名叫)?\s*$/u;
/** True when the answer says the person named `name` has died, right after the name or right before it. */
function toldDead(answer: string, name: string): boolean {
  const at = answer.indexOf(name);
  if (at < 0) return false;
  return (
    DIED_AFTER.test(answer.slice(at + name.length, at + name.length + 8)) ||
    DIED_BEFORE.test(answer.slice(Math.max(0, at - 10), at))
  );
}
// Round 47: 「小伙叫…… 他娘叫……」: a name said as the relative of the one reported (他娘叫, 她爸是, 他老婆叫) is who
// looks after them or who they live with; help is for the one the answer is about.
const RELATIVE_OF =
  /(?:他|她|伊|佢)(?:的|家)?(?:娘|妈妈?|老妈|爸爸?|老爸|爹|老婆|媳妇|老公|男人|爷爷|奶奶|姥姥|姥爷|外婆|外公|哥哥?|姐姐?|弟弟?|妹妹?|儿子|女儿|闺女|老伴)(?:叫|是|名叫|名字叫)?\s*$/u;

/** The names read, those said as someone's relative put after the rest (order kept otherwise). */
function preferTheOneReported(names: Entity[], answer: string): Entity[] {
  const relative = (e: Entity): boolean => {
    const at = answer.indexOf(e.text ?? String(e.value));
    return at > 0 && RELATIVE_OF.test(answer.slice(Math.max(0, at - 8), at));
  };
  return [...names.filter((e) => !relative(e)), ...names.filter(relative)];
}

// 「我替他反映一下」「帮她家反映反映」: the writer reports on someone's behalf.
const REPORTS_FOR_THEM = /(?:替|帮|给)(?:他|她|他们|她们|人家)(?:家)?(?:反映|上报|报告)/u;
// Round 35: a question comparing kinds of help (有什么区别, 有啥不一样, 该申请哪一个).
const COMPARES_KINDS = /区别|不一样|有何不同|有什么不同|哪一个|哪个好|该(?:申请|办|报)哪/u;
// Round 34: 「…多久能批下来？我帮邻居问的」 too.
const ASKS_FOR_THEM = /帮[^，。？！?!\s]{0,10}?问(?:问|一下|下|个|的)/u;

// 「…怎么申请」「咋报」「如何办理」「五保咋个办」: how the help named is applied for.
const HOW_TO_APPLY = /(?:怎么|怎样|如何|咋)(?:样|个)?(?:去|来)?(?:申请|申报|报|办理|办)/u;

// What the person reported said or was asked (「他说不知道咋申请」「问他有没有低保」): their words, not the writer's
// question.
const REPORTED_SPEECH =
  /(?:他|她|人家|老人|对方)(?:自己)?(?:说|讲)[^，。？！?!\s]*|问(?:他|她|人家)[^，。？！?!\s]*/gu;

// 「帮我们村刘金凤家问一下低保」「想看看团委有没有困境青少年的帮扶」: asking, for someone, about a kind of help.
// 「临时救助一般要准备哪些材料？村里有户人家想申请」: what to bring for it.
// Round 42: 「替我们村一个老汉问一下低保」: 替 / 代 asks for them as 帮 does. (Whether help 能不能 be had was tried as
// 有没有 is and taken back: it answered three development reports of a child or a rough sleeper found.)
const ASKS_ABOUT_HELP =
  /(?:帮|替|代)[^，。？！?!\s]{0,10}?问(?:问|一下|下)|(?:看看|问问|了解一下)[^，。？！?!\s]{0,10}?有没有|(?:准备|带|交|要)[^，。？！?!\s]{0,4}(?:哪些|什么|啥)(?:材料|证件|证明|手续)/u;

/** The message names a kind of help and asks, in the writer's own words, how it is applied for or whether it is had. */
function asksHowToApplyFor(ctx: TurnContext): boolean {
  const own = ctx.text.replace(REPORTED_SPEECH, '');
  return (
    ctx.parse.entities.some((e) => e.type === 'assistance_type') &&
    (HOW_TO_APPLY.test(own) || ASKS_ABOUT_HELP.test(own))
  );
}

/**
 * 「韩家老两口 韩守义和老伴」: a full name that opens a later part of the answer, by which staff look them up; who
 * they are may come before it there too (「杨家 户主杨伟东 四十二岁」).
 */
function laterFullName(answer: string): string | undefined {
  for (const part of answer.split(/[\s，,、；;]+/u).slice(1)) {
    const name = leadingName(part.replace(WHO_FIRST, ''));
    if (name) return name;
  }
  return undefined;
}

// Shorter than this, an opening only says that there is something to report (「我想反映一下邻居家的情况」).
const STORY_CHARS = 20;

// What precedes the writer's own name: 我叫 / 我是 / 本人 / 我的名字是.
const OWN_NAME_BEFORE = /(?:(?:我|俺|本人)(?:叫|是|姓名是?)|我的名字(?:叫|是)?)\s*$/u;
// Clauses of a story, for the one that names the person.
const STORY_CLAUSE = /[^，,。！!？?；;\n]+/gu;

/** The person a story names (not the writer), with the clause that names them, or undefined. */
function personNamedInStory(text: string): { name: string; clause: string } | undefined {
  const person = extractPersonNames(text).find((e) => !OWN_NAME_BEFORE.test(text.slice(0, e.start)));
  // Round 36: 「刚到独居的徐老伯家 他倒在厨房地上」 names him as neighbours do, with no full name.
  if (!person) {
    const addressed = titledName(text);
    if (addressed === undefined) return undefined;
    const clause = (text.match(STORY_CLAUSE) ?? []).find((c) => c.includes(addressed));
    return { name: addressed, clause: cutText((clause ?? addressed).trim(), 100) };
  }
  const name = String(person.value);
  const clause = (text.match(STORY_CLAUSE) ?? []).find((c) => c.includes(person.text ?? name));
  return { name, clause: cutText((clause ?? name).trim(), 100) };
}

/** The opening tells someone else's hardship in a few sentences, not only that there is something to report. */
function tellsSituation(ctx: TurnContext): boolean {
  // A danger heard in it (a confused old man out in the snow) is what happened, in words of no hardship.
  const danger = ctx.risk.level === 'critical';
  return (
    ctx.parts.aboutSomeoneElse && (ctx.parts.hardship || danger) && [...ctx.text.trim()].length >= STORY_CHARS
  );
}

/** Reports about someone else (主动发现): who, where, what, how urgent, the reporter's contact; anonymous welcome. */
export const reportFlow: Flow<ReportState> = {
  name: 'report',
  schema: stateSchema,
  startsOn: { menu: ['report_other'] },
  handlesUrgency: true,

  // The report's own words, or someone who is not the writer's relative seen in need (楼下有个老奶奶 …),
  // unless the writer asks to apply for them.
  // Someone asking how to volunteer (「想当志愿者陪陪老人 找谁报名」) speaks of others but reports nobody.
  // A helper asking how the process goes for people in general (「网格员碰到困难户 该怎么报 多久有结果」), with
  // nobody in particular named, is answered, not filed as a report.
  // A cadre asking how a named kind of help is applied for, for a person they name (「帮我们村黄某老人问一下
  // 特困供养怎么申请」), is asked how to apply on that person's behalf: answered, and offered the form.
  wants: (ctx) =>
    !(ctx.parts.processQuestion && !ctx.parts.namesParticular && !ctx.parts.aboutSomeoneElse) &&
    // Round 34: unless the writer says they report it for them (「…我替他反映一下」).
    !(asksHowToApplyFor(ctx) && ctx.risk.level === 'none' && !REPORTS_FOR_THEM.test(ctx.text)) &&
    // 「村委会能不能代他们申请救助 需要签什么字」: whether a helper may apply for people named by no one, asked.
    !(ctx.parts.asksPermission && !ctx.parts.namesParticular && ctx.risk.level === 'none') &&
    // Round 35: 「低保和特困供养有什么区别？我们村有位老人无儿无女」: a question comparing the kinds of help named, asked
    // for someone, is answered (and the answer offers to apply), not taken as a report.
    !(
      ctx.parts.namesProgramme &&
      ctx.parts.asksBesidesApplying &&
      COMPARES_KINDS.test(ctx.text) &&
      ctx.risk.level === 'none' &&
      !REPORTS_FOR_THEM.test(ctx.text)
    ) &&
    // Round 41: 「已经是低保户了还能再申请吗？帮我们小区一位阿姨问的」: what the rules allow, asked for someone.
    !(ctx.parts.asksRule && ctx.risk.level === 'none' && !REPORTS_FOR_THEM.test(ctx.text)) &&
    // Round 49: the village committee asking what help there is for one of theirs is answered and offered the form.
    !(committeeAsksForVillager(ctx) && !REPORTS_FOR_THEM.test(ctx.text)) &&
    (TRIGGER.test(ctx.text) ||
      // Round 34: a helper who is no relative (a doctor, a teacher, a volunteer, a grid worker) asking for "some
      // help" for a household they found (「能不能给他家申请点救助」「想替他们登记一下」) names no kind of help and
      // cannot consent for them: a report (主动发现) that staff follow up, not an application in the helper's name.
      (ctx.parts.reportsOther &&
        (ctx.parts.wantsToApply || ctx.parts.asksForHelp) &&
        !ctx.parts.namesProgramme) ||
      (OPENS_AS_REPORT.test(ctx.text) && !ctx.parts.wantsToApply) ||
      (CALLS_IT_A_REPORT.test(ctx.text) && ctx.parts.aboutSomeoneElse && !APPLIES_FOR_NAMED.test(ctx.text)) ||
      (ctx.parts.aboutSomeoneElse &&
        !ctx.parts.wantsToApply &&
        !ctx.parts.existingApplication &&
        !(
          ctx.parts.processQuestion &&
          ((ctx.parts.offersHelp && !ctx.parts.reportsOther) ||
            (ASKS_FOR_THEM.test(ctx.text) && !ctx.parts.hardship))
        ))),

  start(ctx) {
    // 「我们网格的老人王德山（78岁，老年痴呆）下午出门没回来…」: an opening that tells the story and names the person
    // has said who it is about; the reporter is asked where, not who.
    const named = tellsSituation(ctx) ? personNamedInStory(ctx.text) : undefined;
    return Promise.resolve(
      ask(ctx, {
        stage: named ? 'location' : 'subject',
        subject: named?.clause ?? null,
        location: null,
        // An opening that tells what happened (「…碰到一个残疾人 一个人住 房顶漏了…」) is the situation already:
        // the reporter is not asked to tell it again.
        situation: tellsSituation(ctx) ? cutText(ctx.text, 500) : null,
        urgency: null,
        // A danger heard in the opening already counts for the report it starts.
        detected: ctx.risk.level === 'critical' || ctx.risk.level === 'high' ? ctx.risk.level : null,
        name: named?.name ?? null,
        canWait: false,
      }),
    );
  },

  continue(ctx, current) {
    const answer = ctx.services.words.is('unknown', ctx.text) ? null : cutText(ctx.text, 500);
    // Each answer is read with who the report is about: 「敲门没人应」 is critical when it is an old woman living alone.
    // Where they are and how to reach the reporter are data, not the story: 「东风小区7号楼」 after 「被120拉走了」 is
    // no high floor sought.
    const data = current.stage === 'location' || current.stage === 'contact';
    const whole = ctx.services.assessRisk?.(
      [current.subject, current.situation, data ? null : ctx.text].filter(Boolean).join('，'),
      {
        expecting: [],
        previous: null,
      },
    );
    const told = [current.subject, current.situation, ctx.text].filter(Boolean).join('，');
    // The answer is read within the report, not alone: 「急，房子没了，天又冷」 to 「情况有多急」 is a fire of yesterday
    // with the old couple put up by the neighbour, not a fire now.
    const levels = whole ? [asReported(whole, told)] : [ctx.risk];
    const risk = levels.some((r) => r.level === 'critical')
      ? 'critical'
      : levels.some((r) => r.level === 'high')
        ? 'high'
        : 'none';
    const reasons = [
      ...new Set(levels.flatMap((r) => (r.level === 'critical' || r.level === 'high' ? r.reasons : []))),
    ];
    const heard: HandoffPriority | null = risk === 'critical' || risk === 'high' ? risk : null;
    const report: ReportState = { ...current, detected: higher(current.detected, heard) };
    // Said and queued once, when the danger is first heard, not again on every later answer.
    if (heard === 'critical' && current.detected !== 'critical') {
      // A danger in the report goes to the queue now, not after the last question.
      ctx.say(ctx.services.replies.report_safety_line);
      ctx.push({ type: 'handoff', priority: 'critical', reasons });
      ctx.record('urgency', { level: 'critical', reasons });
    }
    switch (current.stage) {
      case 'subject': {
        // 「老人叫华金根 七十九岁」: the name the reporter knows, read as the form reads a name; 「户主卢永康」
        // names them after who they are in the household, read without that word.
        // 「叫杜老三 大名杜成林」: the name on the papers, said after 大名 / 学名, is the one staff look up.
        const names = answer === null ? [] : ctx.parse.entities.filter((e) => e.type === 'person_name');
        const formal = answer === null ? undefined : FORMAL_NAME.exec(answer)?.[1];
        // The formal name read as a name after 叫 (「大名好像叫孙金发 五十多了」), when no cue before it read it.
        const formalName = formal === undefined ? undefined : extractPersonNames(`叫${formal}`)[0];
        // 「男的叫周志强已经走了 他老婆叫范小红」: the one who died is why the report is made; help is for the living.
        const living = preferTheOneReported(
          names.filter((e) => !toldDead(answer ?? '', e.text ?? String(e.value))),
          answer ?? '',
        );
        const named =
          names.find((e) => formal !== undefined && formal.startsWith(String(e.value))) ??
          formalName ??
          living[0] ??
          names[0];
        const bare = answer?.replace(WHO_FIRST, '');
        const name =
          named ??
          (bare && bare !== answer ? extractEntities(bare).find((e) => e.type === 'person_name') : undefined);
        // 「王大海一家五口」: a full name the answer opens with; 「吴老奶奶 八十一岁」「我班上的学生 小杨」: with no full
        // name, what the reporter calls them is how staff will ask after them.
        const chosen = withSurnameSaid(
          name
            ? String(name.value)
            : answer === null
              ? undefined
              : (leadingName(answer) ??
                laterFullName(answer) ??
                calledFullName(answer) ??
                calledGivenName(answer) ??
                addressedName(answer)),
          answer,
        );
        return Promise.resolve(
          ask(ctx, {
            ...report,
            subject: answer,
            ...(chosen ? { name: chosen } : {}),
            stage: 'location',
          }),
        );
      }
      case 'location': {
        const place =
          ctx.inbound.kind === 'location'
            ? (ctx.inbound.location.label ?? ctx.text)
            : ctx.parse.entities.find((e) => e.type === 'address')?.value;
        return Promise.resolve(
          ask(ctx, {
            ...report,
            location: place !== undefined ? String(place) : answer,
            stage: report.situation === null ? 'situation' : 'urgency',
          }),
        );
      }
      case 'situation':
        return Promise.resolve(ask(ctx, { ...report, situation: answer, stage: 'urgency' }));
      case 'urgency':
        return Promise.resolve(
          ask(ctx, {
            ...report,
            urgency: urgencyAnswer(ctx),
            canWait:
              ctx.buttonId === 'not_so_urgent' ||
              (!ctx.buttonId && NOT_URGENT.test(ctx.text) && !SAYS_URGENT.test(ctx.text)),
            stage: 'contact',
          }),
        );
      case 'contact': {
        const phone = ctx.parse.entities.find((e) => e.type === 'phone');
        const given =
          phone && ctx.buttonId !== 'anonymous' && !ctx.services.words.is('anonymous', ctx.text)
            ? String(phone.value)
            : null;
        return Promise.resolve(file(ctx, report, given));
      }
    }
  },

  resume: (ctx, report) => ask(ctx, report),

  expecting: (report) => [`report_${report.stage}`],

  personalValues: (report) =>
    [report.subject, report.location, report.situation, report.name].filter(
      (v): v is string => v !== null && v.length >= 2,
    ),
};
