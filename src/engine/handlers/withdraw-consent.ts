import { CASE_STATUS_LABELS } from '../../cases/case-types.js';
import type { Handler } from '../chain.js';

/**
 * The texts an application set aside holds (its fields and the story it was started from): the reply says the
 * conversation's personal data is deleted, so they are erased from its messages with the cases' own.
 */
function setAsideValues(state: unknown): string[] {
  const form = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  const fields: unknown[] =
    typeof form.fields === 'object' && form.fields !== null ? Object.values(form.fields) : [];
  // The store keeps only those that can say something of a person (personalValue in src/store/withdraw-consent.ts).
  return [...fields, form.opening].filter((v): v is string => typeof v === 'string');
}

/**
 * 「撤回同意」「我不同意了」「删除我的信息」 outside an application in progress (which handles its own): stops
 * processing and deletes what may be deleted, then says truthfully what was kept and why. A case not yet
 * passed to a department is cancelled and emptied; one a department has taken stays with it by law.
 */
export function withdrawConsentHandler(): Handler {
  return async (ctx, next) => {
    const applying = ctx.state.flow?.name === 'application';
    if (applying || ctx.inbound.kind !== 'text' || !ctx.services.words.is('withdraw_consent', ctx.text))
      return next();
    const cases = ctx.lookupOwnCases().filter((c) => c.status !== 'cancelled');
    const cancel = cases.filter((c) => c.status === 'registered');
    const keep = cases.filter((c) => c.status !== 'registered');
    const { replies } = ctx.services;
    ctx.say(replies.consent_withdrawn_registered);
    for (const c of cancel) ctx.say(replies.consent_withdrawn_case_cancelled, { caseNo: c.caseNo });
    for (const c of keep)
      ctx.say(replies.consent_withdrawn_case_kept, {
        caseNo: c.caseNo,
        status: CASE_STATUS_LABELS[c.status],
        department: c.departmentName,
      });
    ctx.push({
      type: 'withdraw_consent',
      cancel: cancel.map((c) => c.caseNo),
      keep: keep.map((c) => c.caseNo),
      values: setAsideValues(ctx.state.paused?.state),
    });
    ctx.record('consent', { given: false, withdrawn: true, afterRegistration: true, cases: cases.length });
    // Nothing more is done with what they gave: the flow in progress ends, the conversation forgets the case.
    ctx.state.flow = null;
    // An application set aside from a story told (an offer not yet taken up) holds that story: forgotten too.
    ctx.state.paused = null;
    ctx.state.pendingQuestion = null;
    // The last question answered is kept as asked, personal data and all.
    ctx.state.lastAnswer = null;
    ctx.state.caseNo = null;
    ctx.state.topic = null;
    return Promise.resolve();
  };
}
