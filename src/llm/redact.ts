import type { Entity } from '../nlu/types.js';

const LABELS: Partial<Record<Entity['type'], string>> = {
  id_number: '〔身份证号〕',
  invalid_id_number: '〔身份证号〕',
  phone: '〔手机号〕',
};

// Eleven or more digits, however spaced: a phone, an ID or a bank card, never needed to answer a policy question.
const LONG_NUMBER = /\d(?:[\s\-－—]?\d){10,}[\dXx]?/gu;

/**
 * Takes identity numbers out of a message before it leaves for a remote LLM: the spans the offline
 * extractors already found (the LLM has nothing to add there), and with `allLongNumbers` any long digit run.
 */
export function redactIdentifiers(
  text: string,
  options: { entities?: readonly Entity[]; allLongNumbers?: boolean } = {},
): string {
  let out = text;
  for (const entity of options.entities ?? []) {
    const label = LABELS[entity.type];
    if (label && entity.text) out = out.replaceAll(entity.text, label);
  }
  return options.allLongNumbers ? out.replace(LONG_NUMBER, '〔号码〕') : out;
}
