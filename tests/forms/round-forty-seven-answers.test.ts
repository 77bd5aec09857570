// Round 47 of the form answers (development set FD): the kinds of misreading its answers showed, each with sentences
// written here in other words (every person fictional).
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { readFormAnswer, shippedForms } from '../helpers/form-answer-reader.js';

let forms: FormRegistry;
beforeAll(async () => {
  forms = await shippedForms();
});

function read(type: string, name: string, answer: string): unknown {
  return readFormAnswer(forms, type, name, answer);
}

describe('round 47: a disability certificate not in hand, never sought or put off', () => {
  it.each([
    ['评残那个体检上周做完了 本本还没领到', '正在办理'],
    ['检查都弄了 就是证件还没拿到手', '正在办理'],
    ['还没呢', '没有'],
    ['这辈子从没办过这个', '没有'],
    ['腿瘸了二十年 没想过要弄这个证', '没有'],
    ['不晓得上哪儿去办 一直拖到现在', '没有'],
    ['以后再说吧 眼下顾不上', '没有'],
    ['一直没整 俺也不知道上哪整去', '没有'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('disability', 'disability_certificate', text)).toBe(choice);
  });

  it('a certificate held long since is still held', () => {
    expect(read('disability', 'disability_certificate', '证早就办下来了')).toBe('有残疾证');
  });
});
