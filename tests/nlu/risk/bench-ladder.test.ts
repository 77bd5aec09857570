import { describe, expect, it } from 'vitest';
import { ladderRung } from '../../../bench/risk/metrics.js';

describe('the risk benchmark reads the rung of a labelled message', () => {
  it("from the writer's own rung field, whatever the category is called", () => {
    expect(ladderRung('asks_painless_way', 'critical', 'method')).toBe('suicide_method');
    expect(ladderRung('gave_cat_to_neighbour', 'critical', 'preparation')).toBe('suicide_preparation');
    expect(ladderRung(null, 'critical', 'selfharm')).toBe('self_harm');
    expect(ladderRung('wants_to_sleep_forever', 'high', 'passive')).toBe('suicide_passive');
  });

  it('from the category name when there is no rung field, or one it does not know', () => {
    expect(ladderRung('method_seeking_pills', 'critical')).toBe('suicide_method');
    expect(ladderRung('preparation_stockpile', 'critical', 'unknown')).toBe('suicide_preparation');
    expect(ladderRung('house_fire_now', 'critical')).toBeUndefined();
  });

  it('never for a message labelled calm', () => {
    expect(ladderRung('method_question_in_news', 'none', 'method')).toBeUndefined();
  });
});
