import { isAssistanceType, type AssistanceType } from '../nlu/types.js';

/** The plain Chinese name residents and staff read for each assistance type. */
export const ASSISTANCE_TYPE_LABELS: Readonly<Record<AssistanceType, string>> = {
  minimum_living: '最低生活保障（低保）',
  extreme_poverty: '特困人员救助供养（五保）',
  temporary: '临时救助',
  medical: '医疗救助',
  education: '教育救助',
  housing: '住房救助',
  employment: '就业救助',
  disaster: '受灾人员救助',
  disability: '残疾人救助',
  worker_hardship: '困难职工救助',
  women_children: '困难妇女儿童救助',
  youth: '困境青少年救助',
  vagrant: '流浪乞讨人员救助',
  legal_aid: '法律援助',
  family_planning: '计划生育特殊家庭救助',
  red_cross: '红十字人道救助',
  charity: '慈善救助',
};

/** The Chinese name of an assistance type; 社会救助 for a case whose type the resident did not know. */
export function assistanceTypeLabel(type: string): string {
  return isAssistanceType(type) ? ASSISTANCE_TYPE_LABELS[type] : '社会救助';
}

const SHORT_LABELS: Readonly<Partial<Record<AssistanceType, string>>> = {
  minimum_living: '低保',
  extreme_poverty: '特困供养',
  disability: '残疾人救助',
};

/** The short name a button shows: 低保 rather than 最低生活保障（低保）; 不清楚 for an unknown type. */
export function assistanceTypeShortLabel(type: string): string {
  if (!isAssistanceType(type)) return '不清楚';
  return SHORT_LABELS[type] ?? ASSISTANCE_TYPE_LABELS[type];
}
