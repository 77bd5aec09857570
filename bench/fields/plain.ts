// The fixed, fictional applicant whose plain answers fill every question but the one an item is about.
import type { FieldItem } from './items.js';

// Generated with a valid GB 11643 check digit; the person is fictional.
const APPLICANT = { name: '林秀英', id: '320281195603141029', phone: '13900001234' };
const RELATIVE_SAYS = '给我母亲申请';

/** What the applicant answers, plainly, to each form field. */
const PLAIN: Readonly<Record<string, string>> = {
  applicant_name: APPLICANT.name,
  id_number: APPLICANT.id,
  phone: APPLICANT.phone,
  address: '城关镇东门社区12号',
  household_size: '3',
  monthly_income: '1500',
  hardship: '家里老人常年生病，收入不够开支。',
  special_members: '都没有',
  supporters: '没有赡养扶养人',
  self_care: '能自理',
  hardship_cause: '生病或受伤',
  illness: '高血压，在县人民医院看的',
  medical_costs: '3000',
  student_stage: '小学',
  housing_situation: '住的是危房',
  employment_status: '失业在找工作',
  disability_certificate: '有残疾证',
  disaster_event: '上个月暴雨，房子进了水，人都没事',
};

/** The plain answer to a field, agreeing with who the item says the application is for. */
export function plainAnswer(item: FieldItem, field: string): string | undefined {
  if (field === 'applicant_relation')
    return { self: '本人申请', relative: RELATIVE_SAYS, committee: '村委会代为申请' }[item.applying_for];
  return PLAIN[field];
}

// Bare numbers side by side would be ambiguous in a group answer; a resident saying them plainly names them.
const NUMBER_WORDS: Readonly<Record<string, (n: string) => string>> = {
  household_size: (n) => `${n}口人`,
  monthly_income: (n) => `每月收入${n}元`,
  medical_costs: (n) => `自己付${n}元`,
};

/** An expected value said plainly: the bare value, a number with its unit, a list joined. */
export function saidPlainly(field: string, value: string | number | string[]): string {
  if (Array.isArray(value)) return value.join('、');
  return NUMBER_WORDS[field]?.(String(value)) ?? String(value);
}
