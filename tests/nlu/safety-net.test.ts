import { describe, expect, it } from 'vitest';
import { applySafetyNet, MODEL_REASON } from '../../src/nlu/urgency/safety-net.js';
import type { UrgencyAnalysis } from '../../src/nlu/urgency/detector.js';

const silent: UrgencyAnalysis = {
  level: 'none',
  reasons: [],
  alarmWordsSeen: false,
  calmingContextSeen: false,
};

describe('the model as a safety net under the urgency lexicon', () => {
  it('raises critical when the lexicon saw nothing and the model is very sure of an emergency', () => {
    expect(applySafetyNet(silent, 0.93)).toEqual({ level: 'critical', reasons: [MODEL_REASON] });
  });

  it('raises high when the model finds an emergency more likely than not', () => {
    expect(applySafetyNet(silent, 0.6)).toEqual({ level: 'high', reasons: [MODEL_REASON] });
  });

  it('stays quiet when the model doubts', () => {
    expect(applySafetyNet(silent, 0.3)).toEqual({ level: 'none', reasons: [] });
  });

  it('never overrides the lexicon where it saw alarming words and judged them harmless', () => {
    expect(applySafetyNet({ ...silent, alarmWordsSeen: true }, 0.99)).toEqual({ level: 'none', reasons: [] });
  });

  it('never escalates news, fiction, pets or hypotheticals', () => {
    expect(applySafetyNet({ ...silent, calmingContextSeen: true }, 0.99)).toEqual({
      level: 'none',
      reasons: [],
    });
  });

  it('keeps the lexicon verdict and its reasons when the lexicon found something', () => {
    const lexicon: UrgencyAnalysis = {
      level: 'high',
      reasons: ['突然失去收入'],
      alarmWordsSeen: true,
      calmingContextSeen: false,
    };
    expect(applySafetyNet(lexicon, 0.99)).toEqual({ level: 'high', reasons: ['突然失去收入'] });
  });
});
