// A report about someone else played through with the shipped risk reader, for the round tests of the dialogue.
import { riskHarness } from './form-answer-risk.js';

/** Starts a report, sends the answers in order and returns the case it registered (undefined when none). */
export async function reportPlan(answers: readonly string[]) {
  const h = await riskHarness();
  await h.say({ buttonId: 'report_other', text: '我要报告困难群众' });
  for (const answer of answers) await h.say(answer);
  const effect = h.allActions.find((a) => a.type === 'register_case');
  return effect?.type === 'register_case' ? effect.plan : undefined;
}
