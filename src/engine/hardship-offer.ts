import type { FlowRegistry } from './flow-registry.js';
import type { TurnRisk } from './risk.js';
import type { TurnContext } from './turn-context.js';
import { setApplicationAside } from './handlers/application-aside.js';

/**
 * Pressing hardships (risk/taxonomy.yaml) for which assistance is the help: money, food, a roof, a treatment.
 * Violence, exploitation and thoughts of death are not among them: offering a form there would miss the point.
 */
export const HARDSHIP_CATEGORIES: ReadonlySet<string> = new Set([
  'sudden_hardship',
  'no_food',
  'homeless_tonight',
  'treatment_cutoff_soon',
  'illness_worsening',
  'care_gap',
]);

/**
 * After the reply to a pressing hardship of the writer's own household, offers to register the application
 * now: the form is started silently from the message (its story fills the form, as an opening that asked to
 * apply would) and set aside until the resident says yes. Without the offer the conversation ended at the
 * reply, with a case in the operators' queue and none in the ledger. False when nothing is offered.
 */
export async function offerApplicationForHardship(
  ctx: TurnContext,
  flows: FlowRegistry,
  risk: TurnRisk,
): Promise<boolean> {
  if (risk.category === null || !HARDSHIP_CATEGORIES.has(risk.category)) return false;
  return offerApplicationFromStory(ctx, flows, 'urgent_high_offer_apply');
}

/**
 * Offers to register an application started silently from the story this message told (see above), with the
 * given question; false when the writer speaks of someone seen in need (a report) or a form is already set aside.
 */
export async function offerApplicationFromStory(
  ctx: TurnContext,
  flows: FlowRegistry,
  question: 'urgent_high_offer_apply' | 'story_offer_apply',
  topic: 'report_urgent' | 'ask_policy' = 'report_urgent',
): Promise<boolean> {
  // Someone seen in need (a neighbour's children, an old man in the street) is helped through a report, not a form
  // in the writer's name.
  if (ctx.parts.aboutSomeoneElse || ctx.parts.reportsOther || ctx.state.paused !== null) return false;
  if (!(await setApplicationAside(ctx, flows))) return false;
  // The form is only set aside: the conversation is still about what was said until the resident says yes.
  ctx.state.topic = topic;
  ctx.say(ctx.services.replies[question]);
  return true;
}
