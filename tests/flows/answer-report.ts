import type { FlowHarness } from './harness.js';

/**
 * Answers a report's questions from what the reporter knows, each answer to the question it is for, until the
 * report asks nothing more: a report skips what its opening already told (the situation), so answers in a fixed
 * order would land on the wrong question.
 */
export async function answerReport(h: FlowHarness, answers: Readonly<Record<string, string>>): Promise<void> {
  for (let turn = 0; turn < Object.keys(answers).length; turn++) {
    const asked = h.publicState.expecting.find((key) => key in answers);
    if (asked === undefined) return;
    await h.say(answers[asked] ?? '');
  }
}
