import { describe, expect, it } from 'vitest';
import { withFiguresRepaired } from '../../src/text/self-repair.js';

describe('a figure taken back in the same message', () => {
  it.each([
    ['城关镇 2口 哦不对 是3口 我爸也在', '城关镇 3口 我爸也在'],
    ['一个月一千二 说错了 一千五', '一个月一千五'],
    ['13900001230 打错了 是13900001231', '13900001231'],
    ['今年六十 不对 六十一岁', '今年六十一岁'],
  ])('「%s」 reads as 「%s」', (typed, meant) => {
    expect(withFiguresRepaired(typed)).toBe(meant);
  });

  it.each(['五组 不对 是六组的', '家里两个人 不对吗', '说错了 没有收入', '不是四口人是五口'])(
    '「%s」 is left as it is',
    (typed) => {
      expect(withFiguresRepaired(typed)).toBe(typed);
    },
  );

  it('「三口 不是四口」: a figure said wrong after the one meant goes with its 不是 (round 29)', () => {
    expect(withFiguresRepaired('三口 不是四口').trim()).toBe('三口');
  });
});
