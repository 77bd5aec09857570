import { describe, expect, it } from 'vitest';
import type { FormField } from '../../src/forms/form-schema.js';
import { hardshipFromMessage, inferApplicantRelation } from '../../src/forms/infer.js';
import { readAnswer } from '../../src/forms/read-answer.js';

const field = (over: Partial<FormField>): FormField => ({
  name: 'x',
  label: 'x',
  question: 'x',
  kind: 'text',
  sensitive: false,
  optional: false,
  infer: false,
  ...over,
});

const money = field({ name: 'monthly_income', kind: 'money', min: 0, max: 1_000_000 });
const count = field({ name: 'household_size', kind: 'integer', min: 1, max: 30 });
const address = field({ name: 'address', kind: 'address' });
const choice = field({
  name: 'employment_status',
  kind: 'choice',
  choices: ['失业在找工作', '零工收入不稳定', '想参加技能培训', '其他'],
});

describe('reading answers the way residents write them', () => {
  it.each([
    ['跑零工一个月有时一千有时三千 平均两千吧', 2000],
    ['两个人养老金一个月一千四', 1400],
    ['没有收入', 0],
    ['每月800块', 800],
  ])('money 「%s」 → %d', (text, value) => {
    expect(readAnswer(money, text, [])).toEqual({ ok: true, value });
  });

  it.each([
    ['我和两个孩子三个人', 3],
    ['俺和孙子俩', 2],
    ['就伲两个老的', 2],
    ['2', 2],
    ['我一个人带两个孩子', 3],
    ['1 每个月残疾补贴三百多', 1],
    ['我、我老公、两个孩子，还有我婆婆', 5],
    // The household's own count beats the other counts of the answer (earners, children).
    ['户口本上五个 我和老婆在外面打工 两个人一个月挣六千', 5],
    ['全家3个人 2个在上学', 3],
    ['我家四口 加上他 五口', 5],
  ])('household 「%s」 → %d', (text, value) => {
    expect(readAnswer(count, text, [])).toEqual({ ok: true, value });
  });

  it('keeps the address without the words around it, and never takes a correction of something else for one', () => {
    expect(readAnswer(address, '现在住江阴市月城镇工地宿舍 老家泗水的', [])).toEqual({
      ok: true,
      value: '江阴市月城镇工地宿舍',
    });
    expect(readAnswer(address, '我的电话13812345602 青阳镇里家村委18组6号', [])).toEqual({
      ok: true,
      value: '青阳镇里家村委18组6号',
    });
    expect(readAnswer(address, '人已经跑出来了 在月城镇双泾村9组我姐家', [])).toEqual({
      ok: true,
      value: '月城镇双泾村9组',
    });
    expect(readAnswer(address, '地址是城东街道和平社区18号 不是16号', [])).toEqual({
      ok: true,
      value: '城东街道和平社区18号',
    });
    expect(readAnswer(address, '名字打错了，是李国栋，栋梁的栋', []).ok).toBe(false);
  });

  it('maps words to the choice they mean', () => {
    expect(readAnswer(choice, '想让他学门技术，参加技能培训', [])).toEqual({
      ok: true,
      value: '想参加技能培训',
    });
  });
});

describe('what the first message implies', () => {
  it.each([
    ['我想给我妈申请低保', '亲属代为申请'],
    ['伲老头子眼睛瞎了 想申请残疾人补贴', undefined],
    ['孩子上初中 想申请教育救助', undefined],
    ['我妈瘫痪好几年了 能帮她申请吗', '亲属代为申请'],
    ['我爸今年七十八了 一个人住 不知道他能不能办', undefined],
    ['我老公上个月走了 家里一下子没了收入 想申请临时救助', '本人申请'],
    ['我是里山村村委会的，帮村民申请低保', '村（居）委会代为申请'],
    ['我要申请临时救助', '本人申请'],
    ['我要申请低保 我叫刘桂芬 老伴瘫痪在床', '本人申请'],
    ['My dad lost his job and his leg hurts, could you help me apply for him', '亲属代为申请'],
    ['my wife is pregnant and I need help with the rent', undefined],
    ['I lost my job last month, how do I apply', '本人申请'],
    // Relatives in regional words, with the order residents put before them, and a child by 俺儿 / 老二.
    ['替我二舅打听下五保的事 他一辈子没成家', '亲属代为申请'],
    ['帮我幺爸问问 他腿摔断了没人管', '亲属代为申请'],
    ['我家老二在读高中 想给她申请点助学的', '亲属代为申请'],
    ['我要申请低保 这儿的干部说让我先在网上登记', '本人申请'],
  ])('「%s」 → %s (undefined: not said, so asked)', (text, relation) => {
    expect(inferApplicantRelation(text)).toBe(relation);
  });

  it('takes the hardship without the request, the introduction or the personal details', () => {
    expect(hardshipFromMessage('我是村委会的 帮老人申请低保 老人瘫痪在床', [])).toBe('老人瘫痪在床');
  });
});
