// Round 46 of the form answers (development set FC): the kinds of misreading its answers showed, each with sentences
// written here (every person fictional) beside one of the set's own. A choice dropped (算了), owned up to (说实话, 其实)
// or settled on after reasoning aloud (那就); whom the writer applies for named by a word no alias lists (a slip, a
// dialect's word for a spouse, 他 / 她), a kin word after the writer's own 我 (我妈) and a first clause that is a whole
// answer on its own (是我).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { someoneElseNamed } from '../../src/forms/for-whom.js';
import type { FormRegistry } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { readAnswer } from '../../src/forms/read-answer.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const spell = createTextReader([]);
let forms: FormRegistry;
beforeAll(async () => {
  forms = await loadForms('forms', { warn: () => undefined });
});

function read(type: string, name: string, answer: string): unknown {
  const text = spell(answer);
  const field = forms.forType(type).fields.find((f) => f.name === name)!;
  const reading = readAnswer(field, text, extractEntities(text));
  return reading.ok ? reading.value : undefined;
}

describe('round 46: a choice dropped, owned up to or settled on gives way to what follows', () => {
  it.each([
    // FC's own.
    ['能自理 …算了说实话吧 上个月摔了一跤 现在起床都要人扶 洗澡更不行了', '部分自理'],
    ['能自理 哦 也不全是 自从中风以后右手不好使 扣子都扣不上 穿衣服得人帮', '部分自理'],
    ['还行吧 老实说 腿脚不利索了 买菜都托人带', '部分自理'],
    ['能自己来，算了，跟你讲真的，她现在翻身都要人帮', '完全不能自理'],
    ['自理没问题 也不完全是 洗澡要人帮着', '部分自理'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('extreme_poverty', 'self_care', text)).toBe(choice);
  });

  it.each([
    ['给我申请吧 算了还是给她申请 病的是她 医院单子也是她的名字', '亲属代为申请'],
    ['给俺娘办，算了，还是写俺自己的名字', '本人申请'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('medical', 'applicant_relation', text)).toBe(choice);
  });

  it.each([
    ['有学生 哦 老二今年六月毕业了 已经不上了 那就没有 都没有', '都没有'],
    ['有个病人吧 他那个高血压吃着药能干活 那就不算 都没有', '都没有'],
  ])('「%s」 is %s', (text, choice) => {
    expect(read('minimum_living', 'special_members', text)).toBe(choice);
  });

  it('what is owned up to and names no choice leaves the answer as it was', () => {
    expect(read('extreme_poverty', 'self_care', '能自理 说实话 我也不想麻烦政府')).toBe('能自理');
  });
});

describe('round 46: whom the writer applies for, by a word no alias lists', () => {
  it.each([
    '帮我屋头那个弄嘛 他脚杆遭车碾了 现在走不得路',
    '给我老班申请 他是户主我帮他弄',
    '替俺家掌柜的办一下 他腰坏了',
    '给她申请 她是病人',
    '是给我爸申请 我爸就是我妈说的那个老伴',
  ])('「%s」 is for a relative', (text) => {
    expect(read('temporary', 'applicant_relation', text)).toBe('亲属代为申请');
  });

  it.each(['他', '她', '佢'])('「%s」 alone is someone else', (text) => {
    expect(read('medical', 'applicant_relation', text)).toBe('亲属代为申请');
  });

  it.each([
    '是我 我想找个活 老伴身子骨不行了家里总得有个人挣钱',
    '我 是我要申请 老伴身体不好只是跟你说一下情况',
    '就是我，老头子前年走了',
    '给我字己申请 老伴在家养着呢',
  ])('「%s」 is for oneself', (text) => {
    expect(read('temporary', 'applicant_relation', text)).toBe('本人申请');
  });

  it('「帮我看看能不能办」 asks a favour and names no one else', () => {
    expect(read('temporary', 'applicant_relation', '帮我看看能不能办 我一个人过')).not.toBe('亲属代为申请');
  });

  it('the committee that applies for him stays the committee', () => {
    expect(
      read('extreme_poverty', 'applicant_relation', '村里替他报 这老汉没儿没女 五保的事村委会出面'),
    ).toBe('村（居）委会代为申请');
  });

  it('someoneElseNamed is total and bounded on hostile text', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), pumpedText()), (text) => {
        const named = withinBound(50, () => someoneElseNamed(text), 'someoneElseNamed');
        if (named !== undefined) expect(text.endsWith(named)).toBe(true);
      }),
      runs(200),
    );
  });
});
