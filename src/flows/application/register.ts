import { numberedMaterials } from './materials-so-far.js';
import type { OutboundAction } from '../../engine/actions.js';
import type { CaseFacts } from '../../engine/lookups.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { CASE_STATUS_LABELS } from '../../cases/case-types.js';
import { titleOf } from './prompts.js';
import type { ApplicationState } from './state.js';
import { personalValues } from './discard.js';
import { planApplication } from './plan-application.js';
import { nextStepsHere, whereToGo } from './where-to-go-reply.js';

const CASE_REF = 'case';

/** Other programmes the answers point to (「more help than asked」, forms/suggestions.yaml). */
function suggestions(ctx: TurnContext, form: ApplicationState): OutboundAction[] {
  const matching = ctx.services.forms.suggestions.filter((rule) => {
    if (rule.suggest === form.assistanceType) return false;
    const value = form.fields[rule.when.field];
    if (value === undefined) return false;
    if (rule.when.equals !== undefined)
      return typeof value === 'string' ? value.split('、').includes(rule.when.equals) : false;
    return rule.when.atLeast !== undefined && typeof value === 'number' && value >= rule.when.atLeast;
  });
  if (matching.length === 0) return [];
  return [
    {
      type: 'reply',
      text: [ctx.services.replies.suggestions_header.text, ...matching.map((s) => `· ${s.text}`)].join('\n'),
      buttons: [ctx.button('check_status'), ctx.button('policy_menu')],
    },
  ];
}

/**
 * Submits the application: the case is registered in the turn's transaction, and the resident is given
 * the receipt number, every material at once (一次性告知), the department and the transfer deadline.
 */
export function register(ctx: TurnContext, form: ApplicationState): null {
  const { services } = ctx;
  const plan = planApplication(ctx, form);
  const steps = nextStepsHere(ctx, plan.departmentCode, form.fields);
  const caseNo = ctx.token(CASE_REF);
  const onRegistered: OutboundAction[] = [ctx.canned(services.replies.registered, { caseNo })];
  if (plan.materials.length > 0) {
    onRegistered.push(
      ctx.canned(services.replies.materials_notice, {
        // With an office in the profile, the materials go there (the window passes them on).
        department: steps.office?.name ?? plan.departmentName,
        materials: numberedMaterials(plan.materials),
      }),
    );
  }
  onRegistered.push(...whereToGo(ctx, steps));
  const due = services.locality.formatDate(new Date(plan.transferDueAt));
  onRegistered.push(
    ctx.canned(plan.jointMeeting ? services.replies.joint_meeting_notice : services.replies.deadline_notice, {
      department: plan.departmentName,
      due,
    }),
  );
  onRegistered.push(...suggestions(ctx, form));
  onRegistered.push({
    type: 'record',
    kind: 'case_registered',
    detail: { caseNo, assistanceType: form.assistanceType },
  });
  const onOwnDuplicate: OutboundAction[] = [
    ctx.canned(services.replies.duplicate_case, {
      title: titleOf(ctx, form),
      caseNo,
      status: ctx.token(`${CASE_REF}_status`),
    }),
  ];
  ctx.push({ type: 'register_case', ref: CASE_REF, plan, onRegistered, onOwnDuplicate });
  ctx.state.topic = 'apply';
  ctx.state.caseNo = caseNo;
  return null;
}

/** Tells the resident their own open case of this person and type, and ends the application without a second one. */
export function ownDuplicate(ctx: TurnContext, form: ApplicationState, existing: CaseFacts): null {
  ctx.say(ctx.services.replies.duplicate_case, {
    title: titleOf(ctx, form),
    caseNo: existing.caseNo,
    status: CASE_STATUS_LABELS[existing.status],
  });
  ctx.push({ type: 'erase_personal_data', values: personalValues(form), reason: 'duplicate' });
  ctx.state.topic = 'check_status';
  ctx.state.caseNo = existing.caseNo;
  return null;
}

/** The resident's own open case of the person and type this form is for, once the ID number is known. */
export function ownOpenCase(ctx: TurnContext, form: ApplicationState): CaseFacts | null {
  const id = form.fields.id_number;
  if (typeof id !== 'string' || form.assistanceType === 'unknown') return null;
  return ctx.lookupOwnOpenCase(id, form.assistanceType);
}
