import { planCase, type CasePlan } from '../../cases/case-plan.js';
import type { TurnContext } from '../../engine/turn-context.js';
import type { ApplicationState } from './state.js';

/** The case this application would become now: routed, with its deadline and its materials for the answers so far. */
export function planApplication(ctx: TurnContext, form: ApplicationState): CasePlan {
  const { services } = ctx;
  return planCase(
    {
      assistanceType: form.assistanceType,
      localityCode: services.locality.code,
      conversationId: ctx.conversationId,
      channel: ctx.inbound.channel,
      userId: ctx.inbound.userId,
      urgency: ctx.state.urgency,
      fields: form.fields,
      at: ctx.at,
    },
    services.localities,
  );
}
