import { describe, expect, it } from 'vitest';
import { numbersIn, statedFigures } from '../../src/llm/figures.js';

describe('figures in an LLM sentence', () => {
  it('finds amounts, percentages and periods however they are written', () => {
    expect(statedFigures('城乡低保标准是每人每月850元。')).toEqual([850]);
    expect(statedFigures('可以领两千五百元，三个工作日内办结。')).toEqual([2500, 3]);
    expect(statedFigures('补助为低保标准的百分之五十，最多上浮10%。')).toEqual([50, 10]);
    expect(statedFigures('最高发放1.2万元，每人每月１，２００元。')).toEqual([12000, 1200]);
    expect(statedFigures('拨打12349咨询。')).toEqual([12349]);
  });

  it('does not take words with numerals for figures', () => {
    expect(statedFigures('一门受理、统一办理，五保户也一样，第一次申请要带户口本。')).toEqual([]);
    expect(statedFigures('一次性给予临时救助，十分方便，千万别着急。')).toEqual([]);
  });

  it('reads every number in a passage, so a restated figure still matches', () => {
    const numbers = numbersIn('城乡低保标准为每人每月一千零五十元，审核在10个工作日内完成。');
    expect(numbers.has(1050)).toBe(true);
    expect(numbers.has(10)).toBe(true);
  });
});
