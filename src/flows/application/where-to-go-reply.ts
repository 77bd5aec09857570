import { nextStepsFor, type NextSteps } from '../../cases/where-to-go.js';
import type { Answers } from '../../localities/answer-condition.js';
import type { OutboundAction } from '../../engine/actions.js';
import type { TurnContext } from '../../engine/turn-context.js';

/** The next steps of this locality (its profile as the turn's services know it) for a department and answers. */
export function nextStepsHere(ctx: TurnContext, departmentCode: string, answers: Answers): NextSteps {
  const { localities, locality } = ctx.services;
  const profile = localities.get(locality.code) ?? localities.default();
  return nextStepsFor(profile, departmentCode, answers, ctx.at);
}

/** Where and when to bring the materials, and the committee's help where the answers suggest it. */
export function whereToGo(ctx: TurnContext, steps: NextSteps): OutboundAction[] {
  const { services } = ctx;
  const actions: OutboundAction[] = [];
  if (steps.office) {
    actions.push(
      ctx.canned(services.replies.where_to_go, {
        office: steps.office.name,
        address: steps.office.address,
        hours: steps.office.hoursText,
        phone: steps.office.phone,
        note: steps.office.note ? `\n${steps.office.note}` : '',
        check: steps.office.exampleValues ? `\n${services.replies.where_to_go_check.text}` : '',
      }),
    );
  }
  if (steps.proxyOffer) actions.push({ type: 'reply', text: steps.proxyOffer });
  return actions;
}
