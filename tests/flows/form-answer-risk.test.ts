import { describe, expect, it } from 'vitest';
import { CALM_ANSWERS, playFormAnswer, URGENT_ANSWERS } from './form-answer-risk.js';

// The shipped risk detector (rules and the trained net) reads each answer as the application asks for it.
describe('form answers and the risk detector mid-application (issue 9: 0 answers lost to a safety reply)', () => {
  it.each(URGENT_ANSWERS.map((k) => [k.field, k.text, k] as const))(
    'an answer with urgency at %s is kept, gets the safety reply, and the form resumes: %s',
    async (_field, _text, kase) => {
      const outcome = await playFormAnswer(kase);
      expect(outcome.flagged).toBe(true);
      expect(outcome.safetyReply).toBe(true);
      expect(outcome.kept).toBe(true);
      expect(outcome.resumed).toBe(true);
    },
    30_000,
  );

  it.each(CALM_ANSWERS.map((k) => [k.field, k.text, k] as const))(
    'a plain answer at %s is recorded and not flagged: %s',
    async (_field, _text, kase) => {
      const outcome = await playFormAnswer(kase);
      expect(outcome.flagged).toBe(false);
      expect(outcome.kept).toBe(true);
      expect(outcome.resumed).toBe(true);
    },
    30_000,
  );
});
