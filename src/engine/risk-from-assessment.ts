import type { RiskAssessment, RiskAssessor as DetectorAssessor } from '../nlu/risk/types.js';
import { riskResponse, type RiskHotline } from '../nlu/risk/reply.js';
import type { RiskTaxonomy } from '../nlu/risk/taxonomy.js';
import { carerPresent } from './carer-present.js';
import { asFormAnswer } from './form-answer-state.js';
import { NO_RISK, type RiskAssessor, type TurnRisk } from './risk.js';

// The buttons under a safety reply: what a person in danger most likely answers next.
const CRITICAL_BUTTONS = ['already_called', 'contact_me'];
const HIGH_BUTTONS = ['leave_phone', 'request_human'];

/**
 * The dialogue's risk reader over the risk detector (src/nlu/risk): the verdict in the message's context
 * (what was just asked, the previous message's risk), with the reply written for its category.
 */
export function turnRiskReader(
  assess: DetectorAssessor,
  taxonomy: RiskTaxonomy,
  hotline: RiskHotline,
): RiskAssessor {
  return (text, context) => {
    const previous: RiskAssessment | undefined = context.previous
      ? {
          level: context.previous.level,
          category: context.previous.category,
          categories: context.previous.category ? [context.previous.category] : [],
          reasons: [],
          signals: [],
          source: 'rules',
        }
      : undefined;
    const expecting = context.expecting[0];
    const verdict = asFormAnswer(
      text,
      withCarer(
        text,
        assess(text, { ...(expecting ? { expecting } : {}), ...(previous ? { previous } : {}) }),
        taxonomy,
      ),
      expecting,
    );
    if (verdict.level === 'none') return NO_RISK;
    const response = riskResponse(taxonomy, verdict, hotline);
    const buttons =
      verdict.level === 'critical' ? CRITICAL_BUTTONS : verdict.level === 'high' ? HIGH_BUTTONS : [];
    const risk: TurnRisk = {
      level: verdict.level,
      reasons: verdict.reasons,
      category: verdict.category,
      ...(verdict.source === 'model' ? { tentative: true } : {}),
      ...(verdict.level !== 'distress' && verdict.categories.includes('distress')
        ? { withDistress: true }
        : {}),
    };
    return response
      ? { ...risk, reply: { text: response.text, ...(buttons.length > 0 ? { buttons } : {}) } }
      : risk;
  };
}

// The one who cares for them is away at a relative's hospital bed (在医院陪护, 陪床).
const CARER_AT_HOSPITAL = /(?:在|到)?医院[^。]{0,6}(?:陪护|陪床|守着|照顾)|陪护|陪床/u;

// The one who cared for them died or fell ill in the last days.
const CARER_JUST_LOST =
  /(?:上礼拜|上周|上星期|前几天|前天|昨天|这几天|突然|刚|[0-9一二两三四五六七八九十几]天(?:前|以前))[^。]{0,12}(?:走了|去世|过世|没了|住院|病倒|中风|脑梗|脑溢血)/u;

/**
 * A person "left without care" who has someone with them (the writer, a grandparent, neighbours) is not
 * abandoned: the verdict falls back to the next category heard (no food, no heating …), or to none.
 */
function withCarer(text: string, verdict: RiskAssessment, taxonomy: RiskTaxonomy): RiskAssessment {
  if (verdict.category !== 'abandoned') return verdict;
  const atHospital = CARER_AT_HOSPITAL.test(text);
  if (!carerPresent(text) && !atHospital) return verdict;
  const rest = verdict.categories.filter((c) => c !== 'abandoned');
  // Round 32: 「我要在医院陪护…家里老人孩子没人管」: the carer is at a hospital bed for now, so the household at home
  // has a gap in care to close within days, not nobody at all.
  if (rest.length === 0 && atHospital) rest.push('care_gap');
  // 「他妈上礼拜突然走了 现在就剩他一个人 这几天都是邻居送饭」: the carer lost in the last days, neighbours standing
  // in for now: a gap in care to close within days, not a danger this hour and not nothing.
  if (rest.length === 0 && CARER_JUST_LOST.test(text)) rest.push('care_gap');
  const next = rest[0];
  const entry = next ? taxonomy.categories.get(next) : undefined;
  if (!next || !entry) return { ...verdict, level: 'none', category: null, categories: [], reasons: [] };
  const reasons = rest.map((c) => taxonomy.categories.get(c)?.reason ?? c);
  return { ...verdict, level: entry.level, category: next, categories: rest, reasons };
}
