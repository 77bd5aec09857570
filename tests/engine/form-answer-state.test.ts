import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asFormAnswer } from '../../src/engine/form-answer-state.js';
import type { RiskAssessment } from '../../src/nlu/risk/types.js';
import { runs } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const verdict = (category: string, level: RiskAssessment['level'] = 'critical'): RiskAssessment => ({
  level,
  category,
  categories: [category],
  reasons: ['测试'],
  signals: [],
  source: 'rules',
});

describe('a danger told as the hardship a form asks for', () => {
  it('an injury or an old house with no time is the circumstance, not an emergency', () => {
    expect(
      asFormAnswer('上个月干活摔断了腿 躺着动不了 家里没进项', verdict('medical_emergency'), 'field:hardship')
        .level,
    ).toBe('none');
    expect(asFormAnswer('老房子墙裂了 下雨就漏', verdict('fire_disaster_now'), 'field:hardship').level).toBe(
      'none',
    );
  });

  it('still being at school or under treatment is a stage of life, not a moment', () => {
    expect(asFormAnswer('爷爷没人照顾 我还在读书', verdict('abandoned'), 'field:special_members').level).toBe(
      'none',
    );
    expect(
      asFormAnswer('老伴正在化疗 家里没人照顾', verdict('care_gap', 'high'), 'field:hardship').level,
    ).toBe('none');
    expect(
      asFormAnswer('老人还在地上躺着 起不来', verdict('medical_emergency'), 'field:hardship').level,
    ).toBe('critical');
  });

  it('the same told as happening now stays an emergency', () => {
    expect(
      asFormAnswer('老人刚才摔倒了 现在起不来', verdict('medical_emergency'), 'field:hardship').level,
    ).toBe('critical');
    expect(asFormAnswer('他叫不醒了', verdict('medical_emergency'), 'field:hardship').level).toBe('critical');
    expect(
      asFormAnswer(
        '刚才人数说错了 前夫户口早迁走了 就我和两个孩子',
        verdict('sudden_hardship', 'high'),
        'field:household_size',
      ).level,
    ).toBe('none');
  });

  it('threats to a person and suicide are never set aside', () => {
    expect(asFormAnswer('他喝了酒就打我', verdict('violence_now'), 'field:hardship').level).toBe('critical');
    expect(
      asFormAnswer('活着没意思 药都买好了', verdict('suicide_preparation'), 'field:hardship').level,
    ).toBe('critical');
  });

  it('outside a form question the verdict is unchanged', () => {
    expect(asFormAnswer('上个月摔断了腿', verdict('medical_emergency'), undefined).level).toBe('critical');
    expect(asFormAnswer('上个月摔断了腿', verdict('medical_emergency'), 'consent').level).toBe('critical');
  });

  it('returns for any text without throwing', () => {
    fc.assert(
      fc.property(anyResidentText(), (text) => {
        expect(['none', 'critical']).toContain(
          asFormAnswer(text, verdict('care_gap'), 'field:hardship').level,
        );
      }),
      runs(200),
    );
  });
});
