import { awaitsResult } from '../../nlu/awaits-result.js';
import { onlyAnnouncesAsking } from '../../nlu/bare-ask.js';
import { asksUsualTime } from '../../nlu/usual-time.js';
import { asksWaitAfterApplying } from '../../nlu/wait-after-applying.js';
import { asksOtherHelpBeside } from '../../nlu/other-help-beside.js';
import { complainsAboutService } from '../../nlu/service-complaint.js';
import type { IntentName } from '../../nlu/types.js';
import type { Handler } from '../chain.js';
import type { FlowRegistry } from '../flow-registry.js';
import type { TurnContext } from '../turn-context.js';
import { asksForPersonInWords } from '../human-words.js';
import { askForHuman } from './human.js';
import { intentReply } from './intent-reply.js';
import { answerPolicy } from './policy-answer.js';
import { startFlow } from './start-flow.js';
import { offerApplicationFromStory } from '../hardship-offer.js';

// Below this the classifier's guess is not trusted and the resident is asked to rephrase.
const MIN_INTENT_CONFIDENCE = 0.35;
// A supposition (如果, 要是, 万一, 假如): a question asked in general.
const SUPPOSED = /如果|要是|万一|假如|假设|倘若/u;
// Words of courtesy that a long message may open or close with.
// Words of how the writer feels (「活着没意思」「心里堵得慌」「委屈」): a grievance about one's life, not a request.
const MOOD =
  /没(?:啥|什么)?意思|没盼头|心里(?:堵|难受|苦|憋|不好受|空)|憋屈|委屈|难受|想不开|想不通|烦死|好烦|心累|活着(?:干啥|干嘛|有啥|累)|活起|熬不下去|没人(?:说话|理|管)|孤单|寂寞|哭/u;
const COURTESY: ReadonlySet<IntentName> = new Set<IntentName>(['greet', 'thanks', 'goodbye']);

/** Last link: what the message means (with the LLM's help for unsure ones, when configured), answered from data. */
// 「问一下」「请问」「想咨询」 at the start: the message is a question, whatever its tone.
const OPENS_ASKING = /^(?:你好|您好)?[，,、\s]*(?:问一下|问下|问问|请问|想问|咨询一下|打听一下)/u;

// 「送外卖的能申请啥吗」「我这情况有什么补助可以领」: which help there is for the writer's case.
const WHICH_HELP =
  /(?:能|可以|可)(?:申请|办|领|享受|拿)(?:点|些)?(?:啥|什么|哪些|哪样|哪种)|有(?:啥|什么|哪些|没有什么)(?:补助|补贴|救助|帮扶|政策|帮助|照顾)(?:可以|能)?(?:申请|办|领|享受)?/u;

/** True when the message asks which help there is for the writer, and the documents have no answer of their own. */
function asksWhichHelpUnanswered(ctx: TurnContext): boolean {
  if (!WHICH_HELP.test(ctx.text) || ctx.parts.existingApplication || ctx.parts.aboutSomeoneElse) return false;
  return !(ctx.services.knowledge?.search(ctx.text, { limit: 1 }).answerable ?? true);
}

/**
 * Answers from the documents. When they have no answer and the message tells a hardship of the writer's own
 * (「从架子上掉下来了 人没了 家里现在不晓得咋过」), the honest abstention is followed by the offer to register
 * the application the story is for, instead of leaving the resident with a hotline number only.
 */
async function answerOrOffer(ctx: TurnContext, flows: FlowRegistry): Promise<void> {
  await answerPolicy(ctx, ctx.text);
  // Someone else's hardship is never offered a form: offerApplicationFromStory declines it.
  if (ctx.abstained && ctx.parts.hardship)
    await offerApplicationFromStory(ctx, flows, 'story_offer_apply', 'ask_policy');
}

export function intentHandler(flows: FlowRegistry): Handler {
  return async (ctx) => {
    const { understanding } = ctx.services;
    if (understanding)
      ctx.useParse(
        await understanding.understand(ctx.text, {
          offline: ctx.parse,
          ...(ctx.input.llmSignal ? { signal: ctx.input.llmSignal } : {}),
        }),
      );
    // Which help fits is what an application's first question asks: started with the kinds the words point to,
    // rather than 「文件里没有讲到」.
    const applying = flows.forIntent('apply');
    if (applying && asksWhichHelpUnanswered(ctx)) return startFlow(ctx, flows, applying);
    // Round 45: 「问个事」 only says a question is coming (the classifier heard a complaint in it): the bot greets and
    // asks what it is.
    const { name, confidence } = onlyAnnouncesAsking(ctx.text)
      ? { name: 'greet' as const, confidence: 1 }
      : ctx.parse.intent;
    // 「那个临时救助咋还没信儿呢」「都半个月了 房子的事到底有没有人管」: tired of waiting for an answer is a status
    // check, whatever tone the classifier heard (a complaint about the service is filed as well; the check starts
    // with an apology); a story of hardship told beside it is left to the readers below.
    const status = flows.forIntent('check_status');
    if (
      status &&
      name !== 'check_status' &&
      // 「二十天前申请了低保 到现在没人给我打过电话」 taken for a wish to apply applied long ago.
      (name !== 'apply' || ctx.parts.existingApplication) &&
      !ctx.parts.hardship &&
      awaitsResult(ctx.text)
    ) {
      if (name === 'complaint' && complainsAboutService(ctx.text))
        ctx.record('complaint', { turn: ctx.state.turnCount + 1 });
      return startFlow(ctx, flows, status);
    }
    // 「还欠医院三万 怎么办」: a hardship with a question is about assistance whatever the classifier made of it;
    // the documents answer it, or the answer abstains honestly, rather than 「帮不上忙」 or 「没弄明白」.
    const parts = ctx.parts;
    const hardshipQuestion =
      parts.hardship &&
      (parts.plea || parts.asksForHelp || parts.processQuestion || parts.questions.length > 0);
    // 「五保 怎么办」「特困咋弄」: a kind of help named is about assistance, however short the message.
    const namesHelp = ctx.parse.entities.some((e) => e.type === 'assistance_type');
    // 「房子漏雨」「厂子倒了 三个月没发工资」: one's own hardship told flatly, with no word of mood, wants help with it.
    const ownHardshipTold = parts.hardship && !parts.aboutSomeoneElse && !MOOD.test(ctx.text);
    if (
      (confidence < MIN_INTENT_CONFIDENCE || name === 'out_of_scope') &&
      (hardshipQuestion || namesHelp || ownHardshipTold)
    )
      return answerOrOffer(ctx, flows);
    // 「你好 我在县职中读二年级…想问有没有助学金」: a greeting or a thank-you that goes on to ask about help is
    // the question, not the courtesy.
    if (COURTESY.has(name) && (hardshipQuestion || namesHelp || parts.asksForHelp))
      return answerOrOffer(ctx, flows);
    // The classifier takes many long stories for emergencies; when the risk reader heard no danger at all,
    // a story that asks something (「想问问有没有工作介绍」) is answered, and the answer offers to apply,
    // rather than left with 「有危险请打110」 and nothing asked.
    // 「…在医院住着 家里钱都花干了 想问临时救助能给撒」: a kind of help named is asked about too; round 35: so is a
    // wish to apply (「…人冒得事 现在住在我叔叔屋里 想问下有么子救助可以申请」).
    if (
      name === 'report_urgent' &&
      ctx.risk.level === 'none' &&
      (hardshipQuestion || parts.asksSomething || namesHelp || ownHardshipTold || parts.wantsToApply)
    )
      return answerOrOffer(ctx, flows);
    // 「想找个活干 听说有公益岗 能不能给俺安排一个」 asks the office for help, not for a person to talk to: the
    // classifier's guess of 转人工 stands only when some word asks for a person. 「听人说政府有免费培训 有没有这种好事」
    // asks something too.
    if (
      name === 'request_human' &&
      !asksForPersonInWords(ctx.text) &&
      (hardshipQuestion || parts.asksForHelp || namesHelp || parts.asksSomething)
    )
      return answerOrOffer(ctx, flows);
    // 「包工头欠我工资不给…你们这有没有法律援助」: a wrong done by someone else, told with a question about help,
    // is a request for help; only a complaint about the service itself is filed as one.
    // 「帮我舅舅问一下特困供养…照顾不过来了」 names a kind of help: a grievance that names no one who serves is
    // about the help, whatever the classifier made of its tone.
    if (name === 'complaint' && !complainsAboutService(ctx.text)) {
      // 「问一下 今年的草原补奖给多少钱 嘎查说还没发」: a message that opens by saying it asks is a question.
      if (
        hardshipQuestion ||
        parts.asksForHelp ||
        (parts.ownHardship && parts.asksSomething) ||
        namesHelp ||
        OPENS_ASKING.test(ctx.text.trim())
      )
        return answerOrOffer(ctx, flows);
      // A hardship of one's own told flatly wants help with it, so the help that fits is told and offered.
      if (ownHardshipTold) return answerOrOffer(ctx, flows);
      // 「老头子走了以后就我一个人…活起也没啥意思」: a grievance about one's own life, aimed at no one who serves,
      // is no complaint to file; it gets a kind word and the psychological line, as low mood does.
      if (parts.personal) {
        if (ctx.risk.level === 'none') {
          ctx.say(ctx.services.replies.distress_support);
          ctx.record('distress', {});
          // Heard as low mood: the next message is read with it (「药都买好了」 after it is no errand).
          ctx.state.lastRisk = { level: 'distress', category: 'distress' };
        }
        ctx.state.topic = 'distress';
        return;
      }
    }
    // Round 34: 「这个有没有受灾补助 俺得先报哪」 taken for a status check: a wish to apply read in it, with no
    // application of one's own told and no wait for an answer, is about the help (「…那个申请现在怎么样了」 stays
    // a status check).
    if (
      name === 'check_status' &&
      parts.wantsToApply &&
      !parts.existingApplication &&
      !awaitsResult(ctx.text)
    )
      return answerOrOffer(ctx, flows);
    if (confidence < MIN_INTENT_CONFIDENCE) {
      ctx.say(ctx.services.replies.fallback);
      ctx.abstained = true;
      return;
    }
    // 「能不能叫村里帮我去办」 asks whether another may apply for them, 「两个能同时享受吗」 something else beside
    // whether one may apply: answered, and the answer offers to apply.
    // 「想给她申请点补助…能不能让村里帮着办？」: whether another may apply for them is answered first too, even
    // beside the wish to apply.
    if (
      name === 'apply' &&
      (parts.asksPermission ||
        (parts.wantIsQuestion && parts.asksBesidesApplying && !parts.existingApplication))
    )
      return answerOrOffer(ctx, flows);
    // Round 38: 「两项补贴到底是找残联还是找民政啊 我问了两个地方都说不归他们管」: bounced between offices, and asking
    // which one it is: the complaint is filed and the question answered.
    if (name === 'complaint' && namesHelp && parts.asksSomething) {
      ctx.record('complaint', { turn: ctx.state.turnCount + 1 });
      return answerOrOffer(ctx, flows);
    }
    // Round 40: 「如果申请的救助没有批下来 会不会通知我原因」「一般几天能转过去」: what happens to an application in
    // general, asked as a supposition or as the usual time, is a question about the process, not a status check.
    if (
      name === 'check_status' &&
      (SUPPOSED.test(ctx.text) || asksUsualTime(ctx.text)) &&
      !parts.existingApplication &&
      (parts.asksSomething || parts.questions.length > 0)
    )
      return answerOrOffer(ctx, flows);
    // Round 44: 「在窗口交了申请以后 多长时间能转到管事的部门」 speaks of applying as the step asked about (its worry,
    // 「别交上去就没人管了」, is heard as a complaint too), and 「已经申请过医疗救助了 还能找慈善吗」 of an application only
    // as the reason for asking about other help: questions, though the words of applying sound like one's own case.
    if (
      ((name === 'check_status' || name === 'complaint') && asksWaitAfterApplying(ctx.text)) ||
      (name === 'check_status' && asksOtherHelpBeside(ctx.text))
    )
      return answerOrOffer(ctx, flows);
    const flow = flows.forIntent(name);
    if (flow) return startFlow(ctx, flows, flow);
    switch (name) {
      case 'greet':
        ctx.push(
          ctx.state.turnCount === 0 ? ctx.canned(ctx.services.replies.welcome) : intentReply(ctx, 'greet'),
        );
        ctx.state.topic = 'greet';
        return;
      case 'ask_policy':
        return answerOrOffer(ctx, flows);
      case 'request_human':
        return askForHuman(ctx, '居民要求转人工');
      case 'complaint':
        ctx.push(intentReply(ctx, 'complaint'));
        ctx.record('complaint', { turn: ctx.state.turnCount + 1 });
        ctx.state.topic = 'complaint';
        return;
      case 'out_of_scope':
        // 「这个我帮不上忙」 is a question the bot has no answer to: shown as not understood, like any abstention.
        ctx.abstained = true;
        ctx.push(intentReply(ctx, name));
        ctx.state.topic = name;
        return;
      case 'report_urgent':
      case 'goodbye':
      case 'thanks':
      case 'apply':
      case 'check_status':
      case 'affirm':
      case 'deny':
      case 'cancel':
        ctx.push(intentReply(ctx, name));
        ctx.state.topic = name;
        return;
    }
  };
}
