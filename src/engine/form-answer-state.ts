import type { RiskAssessment } from '../nlu/risk/types.js';

// Dangers a resident describes as their circumstances when a form asks what hardship the household faces
// (an injury from last month, an old house, an old couple nobody looks after): they are why they apply.
const CIRCUMSTANCES: ReadonlySet<string> = new Set([
  'medical_emergency',
  'fire_disaster_now',
  'abandoned',
  'exposure',
  'no_food',
  'homeless_tonight',
  'care_gap',
  'illness_worsening',
  'sudden_hardship',
  'treatment_cutoff_soon',
]);

// Words that put the danger in this very moment or the hours just past or coming.
// 「我也还在上学」: a stage of life, no moment.
const NOW =
  /现在|眼下|这会儿?|此刻|刚才|刚刚|(?:正|还)在(?!上学|读书|念书|读大|读高|读初|上大学|上班|打工|治疗|吃药|化疗|透析)|今天|今晚|今早|今儿|昨天|昨晚|昨夜|夜里|马上|立刻|赶紧|快不行|等不了|撑不过|明天|后天|两天内|这两天/u;
// 「刚才人数说错了」: the moment of speaking, not of the danger.
const SPEAKING_NOW = /(?:刚才|刚刚)[^，。\s]{0,6}?(?:说|写|填|打|输|讲)(?:错|多|少)了?/gu;
// Signs of a body in danger whenever they are told: no time word is needed to call for help.
const ACUTE_ANYTIME =
  /昏迷|叫不醒|喊不醒|没气|没有呼吸|没了呼吸|喘不上气|喘不过气|抽风|抽搐|大出血|血流不止|口吐白沫|翻白眼|不省人事|奄奄一息|人快没了|着火了|火着起来|水漫进|被困/u;

/**
 * A verdict on an answer to a form's question: a danger of the kind a hardship is told with (an illness, an old
 * house, nobody to look after the old) that the answer does not place in the present is the circumstance the
 * resident applies for, not an emergency, so the form goes on and the answer is kept. Dangers to life told
 * without a time (someone who cannot be woken, a fire burning) and every threat to a person stay as they are.
 */
export function asFormAnswer(
  text: string,
  verdict: RiskAssessment,
  expecting: string | undefined,
): RiskAssessment {
  if (!expecting?.startsWith('field:') || verdict.level === 'none' || verdict.level === 'distress')
    return verdict;
  const heard =
    verdict.categories.length > 0 ? verdict.categories : verdict.category ? [verdict.category] : [];
  if (heard.length === 0 || !heard.every((c) => CIRCUMSTANCES.has(c))) return verdict;
  if (NOW.test(text.replace(SPEAKING_NOW, '')) || ACUTE_ANYTIME.test(text)) return verdict;
  return { ...verdict, level: 'none', category: null, categories: [], reasons: [] };
}
