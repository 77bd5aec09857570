import type { PlannedMaterial } from '../../cases/case-plan.js';
import type { TurnContext } from '../../engine/turn-context.js';
import { planApplication } from './plan-application.js';
import { titleOf } from './prompts.js';
import type { ApplicationState } from './state.js';

// A question in the middle of the form that asks what to bring: 要准备什么材料 / 带啥证件 / 材料上怎么办.
const ASKS_MATERIALS = /材料|证件|证明|手续|带什么|带啥|准备什么|准备啥|准备哪些|要带/u;

/** The materials as one numbered list, each with when it is needed and what it is. */
export function numberedMaterials(materials: readonly PlannedMaterial[]): string {
  return materials
    .map((m, i) => `${i + 1}. ${m.name}${m.when ? `（${m.when}）` : ''}${m.note ? `：${m.note}` : ''}`)
    .join('\n');
}

/** True when one of the questions asks what to bring. */
export function asksForMaterials(questions: readonly string[]): boolean {
  return questions.some((q) => ASKS_MATERIALS.test(q));
}

/**
 * Tells the materials this application needs as far as the answers so far decide (the same checklist the
 * receipt gives in full); false when the locality lists none, so that the caller can answer otherwise.
 */
export function tellMaterialsSoFar(ctx: TurnContext, form: ApplicationState): boolean {
  const { services } = ctx;
  const plan = planApplication(ctx, form);
  if (plan.materials.length === 0) return false;
  ctx.say(services.replies.materials_so_far, {
    title: titleOf(ctx, form),
    materials: numberedMaterials(plan.materials),
  });
  return true;
}
