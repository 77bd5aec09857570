import { asksUsualTime } from '../../nlu/usual-time.js';
import { asksWaitAfterApplying } from '../../nlu/wait-after-applying.js';
import { asksOtherHelpBeside } from '../../nlu/other-help-beside.js';
import { awaitsResult } from '../../nlu/awaits-result.js';
import { z } from 'zod';
import { CASE_STATUS_LABELS } from '../../cases/case-types.js';
import { parseReceiptNumber } from '../../cases/receipt-number.js';
import { LEFT_FLOW, type Flow } from '../../engine/flow.js';
import type { CaseFacts } from '../../engine/lookups.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { statusChecksPaused } from '../../cases/status-guard.js';
import { dynamicButton } from '../../engine/buttons.js';
import { APPLY_LABEL } from '../../knowledge/compose-answer.js';
import { extractAssistanceTypes } from '../../nlu/entities/assistance-type.js';
import { likelyTypes } from '../application/likely-types.js';
import { complainsAboutService } from '../../nlu/service-complaint.js';
import { spokenDigits } from '../../text/spoken-digits.js';

const MAX_FAILURES = 3;
// Groups as printed (320281-20261124-000001-7) or as pasted: spaces, dots, slashes, underscores or none between.
const RECEIPT_LIKE =
  /[0-9０-９]{6}[\s\-－一—._/·、，,]*[0-9０-９]{8}[\s\-－一—._/·、，,]*[0-9０-９]{6}[\s\-－一—._/·、，,]*[0-9０-９]/;
const PASTED_SEPARATORS = /[._/·、，,]/g;
const SURE_ELSEWHERE = 0.6;

const stateSchema = z.object({
  stage: z.enum(['ask_case', 'ask_phone']),
  caseNo: z.string().nullable(),
  failures: z.number().int().nonnegative(),
  /** A new kind of help the opening also asked for (「另外…也想申请教育救助」), offered once the status is told. */
  then: z.string().nullable().default(null),
});

/** A status check in progress. */
export type StatusCheckState = z.infer<typeof stateSchema>;

/** The kind of help a later wish names, or the one its words point to; null when it points nowhere or to several. */
function wishedType(wish: string | null): string | null {
  if (wish === null) return null;
  const named = extractAssistanceTypes(wish)[0];
  if (named) return String(named.value);
  const likely = likelyTypes(wish);
  return likely.length === 1 && likely[0] !== undefined ? likely[0] : null;
}

/** After the status, the new application the opening also asked for, offered as a yes/no with its button. */
function offerNext(ctx: TurnContext, type: string | null): void {
  if (type === null) return;
  const title = ctx.services.locality.typeLabel(type);
  ctx.reply(ctx.canned(ctx.services.replies.status_then_apply, { title }).text, [
    dynamicButton.apply(type, APPLY_LABEL),
  ]);
}

/** The case in plain words: status, department and what happens next. */
function describe(ctx: TurnContext, record: CaseFacts, then: string | null = null): void {
  const { locality, replies } = ctx.services;
  let next: string;
  if (record.status === 'registered')
    next = `我们会在${locality.formatDate(new Date(record.transferDueAt))}前转交经办部门。`;
  else if (record.status === 'completed' || record.status === 'refused')
    next = '有疑问可以转人工，或拨打热线咨询。';
  else next = '经办部门办理后会在这里通知您。';
  ctx.say(replies.status_result, {
    caseNo: record.caseNo,
    title: locality.typeLabel(record.assistanceType),
    status: CASE_STATUS_LABELS[record.status],
    department: record.departmentName,
    next,
  });
  ctx.state.topic = 'check_status';
  ctx.state.caseNo = record.caseNo;
  offerNext(ctx, then);
}

function giveUp(
  ctx: TurnContext,
  reply: 'status_no_receipt' | 'status_give_up' | 'status_paused' | 'status_locked',
  reason: string,
): null {
  ctx.say(ctx.services.replies[reply]);
  ctx.push({ type: 'handoff', priority: 'normal', reasons: [reason] });
  ctx.state.topic = 'request_human';
  return null;
}

function askCase(ctx: TurnContext, check: StatusCheckState): StatusCheckState | null {
  const parsed = parseReceiptNumber(
    (RECEIPT_LIKE.exec(ctx.text)?.[0] ?? ctx.text).replace(PASTED_SEPARATORS, '-'),
  );
  if (!parsed.ok) {
    const failures = check.failures + 1;
    if (failures >= MAX_FAILURES) return giveUp(ctx, 'status_give_up', '查询进度：回执号多次核对不上');
    ctx.say(ctx.services.replies.status_bad_case, { problem: parsed.error.message });
    return { ...check, failures };
  }
  ctx.say(ctx.services.replies.status_ask_phone);
  return { ...check, stage: 'ask_phone', caseNo: parsed.value.canonical };
}

/** Counts a failed check in the store (per case, per address, overall); the case's owner is told if it locks. */
function countFailure(ctx: TurnContext, caseNo: string | null): void {
  const ownerNotice = ctx.canned(ctx.services.replies.status_locked_owner_notice).text;
  ctx.push({ type: 'status_check_failed', caseNo, ownerNotice });
}

function checkPhone(ctx: TurnContext, check: StatusCheckState): StatusCheckState | null {
  if (statusChecksPaused(ctx.lookupStatusGuard()))
    return giveUp(ctx, 'status_paused', '查询进度：多次核对未通过，网上查询已暂停');
  // Four figures typed are the answer (「3092 是最后的四个」: the 四 of 四个 is no digit); digits said in
  // characters count only when none are typed.
  const typed = [...ctx.text.normalize('NFKC').matchAll(/[0-9]{4,}/gu)].at(-1)?.[0];
  const digits = typed ?? spokenDigits(ctx.text);
  const record = check.caseNo ? ctx.lookupCase(check.caseNo) : null;
  const matches =
    record !== null &&
    digits.length >= 4 &&
    record.phoneLast4 !== null &&
    record.phoneLast4 === digits.slice(-4);
  // Only someone who knows the phone learns that a paused case is paused; to anyone else it is a wrong guess.
  if (matches && record.statusLocked) return giveUp(ctx, 'status_locked', '查询进度：该申请的网上查询已暂停');
  // Same answer for "no such case" and "wrong digits": a stranger learns nothing about whose case exists.
  if (!matches) {
    countFailure(ctx, check.caseNo);
    const failures = check.failures + 1;
    if (failures >= MAX_FAILURES) return giveUp(ctx, 'status_give_up', '查询进度：身份核对未通过');
    // The digits are asked again (a resident who mistyped them need not send the receipt again); a receipt
    // number sent instead is read as a new one. A case that does not exist gets the very same words.
    ctx.say(ctx.services.replies.status_no_match);
    ctx.say(ctx.services.replies.status_ask_phone_again);
    return { ...check, stage: 'ask_phone', failures };
  }
  describe(ctx, record, check.then);
  return null;
}

/** Status checks: receipt number, then the last four digits of the phone, then the case in plain words. */
export const statusCheckFlow: Flow<StatusCheckState> = {
  name: 'status_check',
  schema: stateSchema,
  startsOn: { menu: ['check_status'], intents: ['check_status'] },

  // A receipt number pasted on its own (or with 「办到哪了」), or an application already made and waited on
  // (「申请了一个多月了还没消息 怎么回事」), is a status check, whatever the classifier says.
  // Round 40: how long such a thing usually takes (「低保交上去一般要多少辰光批下来」「一般几天能转过去」) is a question
  // about the time limits, answered, not a look-up of one's own case.
  // Round 44: so is the wait after applying (「交了申请以后 多长时间能转到管事的部门」), and other help asked for beside
  // an application told as the reason (「已经申请过医疗救助了 还能找慈善吗」).
  wants: (ctx) =>
    RECEIPT_LIKE.test(ctx.text) ||
    (ctx.parts.existingApplication &&
      !asksUsualTime(ctx.text) &&
      !asksWaitAfterApplying(ctx.text) &&
      !asksOtherHelpBeside(ctx.text)),

  start(ctx) {
    const fresh: StatusCheckState = {
      stage: 'ask_case',
      caseNo: null,
      failures: 0,
      then: wishedType(ctx.parts.laterWish),
    };
    ctx.state.topic = 'check_status';
    // 「都半个月了 到底有没有人管」: someone tired of waiting hears an apology before the question.
    // A complaint filed with it (「…你们是不是在推诿 我要投诉」) is said to be noted, in the same breath; one asked
    // for in so many words is filed here when the classifier heard the wait rather than the complaint.
    const waited = awaitsResult(ctx.text);
    let complained = ctx.actions.some((a) => a.type === 'record' && a.kind === 'complaint');
    if (waited && !complained && /投诉|举报/u.test(ctx.text) && complainsAboutService(ctx.text)) {
      ctx.record('complaint', { turn: ctx.state.turnCount + 1 });
      complained = true;
    }
    if (waited)
      ctx.say(
        complained ? ctx.services.replies.status_waited_long_noted : ctx.services.replies.status_waited_long,
      );
    if (RECEIPT_LIKE.test(ctx.text)) return Promise.resolve(askCase(ctx, fresh));
    // A case registered in this very conversation is shown at once.
    const own = ctx.state.caseNo ? ctx.lookupCase(ctx.state.caseNo) : null;
    if (own) {
      describe(ctx, own, fresh.then);
      return Promise.resolve(null);
    }
    ctx.say(ctx.services.replies.status_ask_case);
    return Promise.resolve(fresh);
  },

  continue(ctx, check) {
    const { intent } = ctx.parse;
    // A resident who asks something else has moved on; digits are still an answer.
    // A short message is first read against what was asked: four digits (or digit characters) answer it.
    const answers =
      /\d{4}/.test(ctx.text) || (check.stage === 'ask_phone' && spokenDigits(ctx.text).length >= 4);
    // 「不清楚」「不知道」 to the receipt number asked for: they have none at hand, which a person can look up.
    const noReceipt =
      ctx.buttonId === 'no_receipt' ||
      ctx.services.words.is('no_receipt', ctx.text) ||
      (check.stage === 'ask_case' && ctx.services.words.is('unknown', ctx.text));
    const elsewhere =
      intent.name !== 'check_status' && intent.confidence >= SURE_ELSEWHERE && !answers && !noReceipt;
    if (elsewhere) return Promise.resolve(LEFT_FLOW);
    if (noReceipt) return Promise.resolve(giveUp(ctx, 'status_no_receipt', '查询进度：没有回执号'));
    const receipt = check.stage === 'ask_case' || RECEIPT_LIKE.test(ctx.text);
    return Promise.resolve(receipt ? askCase(ctx, check) : checkPhone(ctx, check));
  },

  resume(ctx, check) {
    ctx.say(
      check.stage === 'ask_case'
        ? ctx.services.replies.status_ask_case
        : ctx.services.replies.status_ask_phone,
    );
    return check;
  },

  expecting: (check) => [check.stage === 'ask_case' ? 'status_receipt' : 'status_phone4'],
};
