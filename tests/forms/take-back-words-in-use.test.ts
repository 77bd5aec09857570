// The readers that take every said-wrong verb from text/take-back-words.ts: a slip told with a verb their own
// lists once lacked (算错, 写错, 记错, 填错) is read as a slip, like the verbs they had.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { costAfterRefund } from '../../src/forms/net-cost.js';
import { choiceNamed } from '../../src/forms/read-answer.js';
import { extractMonthlyIncome } from '../../src/nlu/entities/monthly-income.js';
import { withFiguresRepaired } from '../../src/text/self-repair.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

describe('a slip told with any said-wrong verb', () => {
  it('the cost said after 算错了 is the cost', () => {
    expect(costAfterRefund('自己掏了三万 算错了 是三万五')).toBe(35000);
    expect(costAfterRefund('自己掏了三万 说错了 是三万五')).toBe(35000);
  });

  it('a figure taken back with 算错了 / 填错了 is removed', () => {
    expect(withFiguresRepaired('一个月一千五 算错了 一千八')).toBe('一个月一千八');
    expect(withFiguresRepaired('家里3口 填错了 是4口')).toBe('家里4口');
  });

  it('the choice said after 写错了 / 记错了 is the answer', () => {
    const field = forms.forType('minimum_living').fields.find((f) => f.name === 'applicant_relation')!;
    expect(choiceNamed(field, '我自己 写错了 是给我老婆申请')).toBe('亲属代为申请');
    expect(choiceNamed(field, '给我老婆 记错了 是我自己')).toBe('本人申请');
  });

  it('「其实是」 between two amounts does not make the second a restatement: 「我自己其实是八百」 is the writer’s own', () => {
    expect(extractMonthlyIncome('老公一个月两千 我自己其实是八百')[0]?.value).toBe(2800);
  });
});
