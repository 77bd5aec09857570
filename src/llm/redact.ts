import { extractEntities } from '../nlu/entities/index.js';
import { personMentions } from '../nlu/entities/person-name.js';
import type { Entity } from '../nlu/types.js';

const LABELS: Partial<Record<Entity['type'], string>> = {
  id_number: '〔身份证号〕',
  invalid_id_number: '〔身份证号〕',
  phone: '〔手机号〕',
  person_name: '〔姓名〕',
  address: '〔地址〕',
};

// A digit however written: ASCII, full-width, or a Chinese numeral as people read numbers aloud (幺 for 1).
const DIGIT = '[0-9０-９零〇一二三四五六七八九幺两XxＸｘ]';
// Seven or more such digits, with spaces, dots or dashes between them: a phone, an ID, a landline or a bank
// card, never needed to answer a policy question.
/** Every label redactIdentifiers writes in place of personal data. */
export const REDACTION_LABELS: readonly string[] = [
  ...new Set([...Object.values(LABELS), '〔号码〕', '〔病情〕']),
];

/** Seven or more digits in any writing (phones, ID numbers, landlines, bank cards, receipt numbers). */
export const NUMBER_LIKE = new RegExp(`${DIGIT}(?:[\\s.．·・\\-－—_]{0,2}${DIGIT}){6,}`, 'gu');
/** Named illnesses and treatments: health details a policy question can be answered without. */
export const HEALTH =
  /尿毒症|白血病|癌症?|肿瘤|艾滋病?|HIV|抑郁症|抑郁|精神分裂症?|精神病|双相|肝硬化|糖尿病|高血压|心脏病|脑梗|中风|瘫痪|透析|化疗|放疗|截肢|渐冻症|阿尔茨海默病?|老年痴呆|自闭症|癫痫/giu;

/**
 * Takes personal data out of a message before it leaves for a remote LLM: numbers of seven digits or more
 * in any writing (phones and IDs spelt with dots, spaces or Chinese numerals included), named illnesses and
 * treatments, the names and addresses the offline extractors found (run here when `entities` is not given),
 * and names a sentence speaks of as a person (周桂芳的申请, 申请人：郑永明). `allLongNumbers` is kept for
 * callers written before numbers were always masked.
 */
export function redactIdentifiers(
  text: string,
  options: { entities?: readonly Entity[]; allLongNumbers?: boolean } = {},
): string {
  let out = text;
  // Without the caller's entities the extractors run here: a name or an address must never leave unmasked
  // because a caller did not have them at hand (the policy answer and the risk second opinion).
  const entities = options.entities ?? extractEntities(text);
  for (const entity of entities) {
    const label = LABELS[entity.type];
    if (label && entity.text && entity.text.length >= 2) out = out.replaceAll(entity.text, label);
  }
  for (const name of personMentions(out)) out = out.replaceAll(name, LABELS.person_name!);
  return out.replace(NUMBER_LIKE, '〔号码〕').replace(HEALTH, '〔病情〕');
}
