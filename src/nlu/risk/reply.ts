import type { RiskTaxonomy } from './taxonomy.js';
import type { RiskAssessment } from './types.js';

/** The locality's staffed line that replies name through {hotline} / {hotlineName}. */
export interface RiskHotline {
  number: string;
  label: string;
}

/** What to say and whom to tell for a category: the reply text, the number it names, and the queue. */
export interface RiskResponse {
  category: string;
  level: 'critical' | 'high' | 'distress';
  /** The reply with the locality's line filled in. */
  text: string;
  /** The emergency number the reply names first (the locality's line for urgent hardship). */
  number: string;
  /** The reply offers a person (a call back from the locality's line). */
  person: boolean;
  /** Whether the operators' queue gets an urgent case: never for distress. */
  notify: 'operators' | 'none';
}

/** The reply, number and queue for a category, or undefined for an unknown category. */
export function riskResponseFor(
  taxonomy: RiskTaxonomy,
  category: string,
  hotline: RiskHotline,
): RiskResponse | undefined {
  const entry = taxonomy.categories.get(category);
  const template = entry ? taxonomy.replies.get(entry.reply) : undefined;
  if (!entry || template === undefined) return undefined;
  const text = template.replaceAll('{hotlineName}', hotline.label).replaceAll('{hotline}', hotline.number);
  return {
    category,
    level: entry.level,
    text,
    number: entry.number === 'hotline' ? hotline.number : entry.number,
    person: entry.person,
    notify: entry.notify,
  };
}

/** The response for an assessment's main category, or undefined when the message is calm. */
export function riskResponse(
  taxonomy: RiskTaxonomy,
  assessment: RiskAssessment,
  hotline: RiskHotline,
): RiskResponse | undefined {
  if (assessment.level === 'none' || assessment.category === null) return undefined;
  return riskResponseFor(taxonomy, assessment.category, hotline);
}
