import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 12: low mood told as not knowing how much longer one can hold on, crying along with a child, no one to
// talk to; 活起 (Sichuan for 活着) read as the word it is. Our own sentences, and the calm look-alikes.

let assess: RiskAssessor;

beforeAll(async () => {
  assess = (await shippedAssessor()).assess;
});

describe('round 12: low mood in plain words reaches distress at least', () => {
  it.each([
    '老公在外地 三个娃全靠我 真不知道还能撑到什么时候',
    '娃一哭我就跟着一起哭 婆婆也不帮忙',
    '搬来这边两年了 身边连个能说说话的人都没有',
  ])('「%s」', (text) => {
    expect(assess(text).level).not.toBe('none');
  });

  it('活起没意思 is read as 活着没意思', () => {
    expect(assess('一个人守着老屋 活起没意思').level).toBe(assess('一个人守着老屋 活着没意思').level);
  });
});

describe('round 12: the calm look-alikes stay calm', () => {
  it.each(['双十一忙疯了 快递堆成山', '这部剧看得我跟着哭 太好看了', '孩子在学校能坚持多久不玩手机'])(
    '「%s」',
    (text) => {
      expect(assess(text).level).toBe('none');
    },
  );
});
