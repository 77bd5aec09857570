// Probe of the household-income reader on varied answers (own sentences, no bench set): each answer is read as
// the reply to 「全家每个月大概有多少收入（元）？包括工资、养老金、补贴等」, alone and in the group question with the
// address and the household before it. Prints what is read wrong. Run: npx tsx scripts/probe-income.ts
import { fillFields } from '../src/flows/application/fill.js';
import { loadForms } from '../src/forms/load-forms.js';
import { extractEntities } from '../src/nlu/entities/index.js';
import { normalizeText } from '../src/text/normalize.js';

// [answer, monthly household income in yuan as a caseworker would store it]
const CASES: readonly (readonly [string, number])[] = [
  ['两千五', 2500],
  ['老公在工地一个月四千 我在家没收入', 4000],
  ['我一个月两千八 老伴养老金一个月一百六', 2960],
  ['种地一年一万二 两个老人养老金一个月三百', 1300],
  ['打零工一天一百五 一个月干二十天', 3000],
  ['儿子每个月给五百 我养老金二百', 700],
  ['现在领低保 一个月六百四', 640],
  ['孩子他爸一年给六千抚养费 我上班一个月一千八', 2300],
  ['两个老人养老金各一百五', 300],
  ['每人每月二百 三个人', 600],
  ['一个季度发一千五的补贴 别的没有', 500],
  ['以前一个月五千 现在没工作了 就靠老婆一个月两千', 2000],
  ['三千左右', 3000],
  ['两千多吧', 2000],
  ['一年到头也就挣个两万四', 2000],
  ['没有收入', 0],
  ['0', 0],
  ['看病一个月要花一千多 收入就老伴的养老金九百', 900],
  ['老公开货车 一个月五六千 我在超市一个月两千', 7500],
  ['一个月一千二 就是低保金', 1200],
  ['我工资三千 扣了社保到手两千七', 2700],
  ['女儿在外面打工 每个月寄一千回来 我和老伴没别的收入', 1000],
  ['养猪一年卖了三万六 除去饲料剩一万二', 1000],
  ['他一个月三千 我一个月两千 婆婆养老金一百五', 5150],
  ['每个月残疾补贴一百 护理补贴一百', 200],
  ['一个月就他那点退休金 一千八百块', 1800],
  ['全家一个月加起来四千左右', 4000],
  ['我跑外卖 好的时候一个月六千 差的时候四千 平均五千', 5000],
];

const forms = await loadForms('forms', { warn: () => undefined });
const form = forms.forType('minimum_living');
const income = form.fields.find((f) => f.name === 'monthly_income')!;
const group = form.fields.filter((f) => ['address', 'household_size', 'monthly_income'].includes(f.name));

function read(text: string, asked: typeof group): unknown {
  const normal = normalizeText(text);
  return fillFields({}, form, normal, extractEntities(normal), asked).fields.monthly_income;
}

let wrong = 0;
for (const [answer, want] of CASES) {
  const alone = read(answer, [income]);
  const grouped = read(`江阴市青阳镇里山村 三口人 ${answer}`, group);
  if (alone !== want || grouped !== want) {
    wrong++;
    console.log(
      `${String(want).padStart(6)} | alone ${String(alone).padStart(6)} | group ${String(grouped).padStart(6)} | ${answer}`,
    );
  }
}
console.log(`\n${String(wrong)} of ${String(CASES.length)} read wrong (alone or in the group question)`);
