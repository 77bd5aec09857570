import type { Button } from './button.js';

/** Most options numbered in one message; more would not fit a phone screen or a resident's memory. */
export const MAX_NUMBERED_OPTIONS = 9;

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The block appended to a reply on WeChat, where text has no buttons: 「请回复数字：」 and one option a line. */
export function renderNumberedOptions(buttons: readonly Button[]): string {
  const shown = buttons.slice(0, MAX_NUMBERED_OPTIONS);
  if (shown.length === 0) return '';
  const lines = shown.map((button, index) => `${index + 1}. ${oneLine(button.label)}`);
  return `请回复数字：\n${lines.join('\n')}`;
}

/**
 * The offered button a reply selects: its number (1, １, 1️⃣, 一, 「第1个」, 「2。」) or its exact label.
 * Anything else, a digit out of range included, is not a selection and stays text.
 */
export function matchOfferedOption(text: string, offered: readonly Button[]): Button | undefined {
  const shown = offered.slice(0, MAX_NUMBERED_OPTIONS);
  if (shown.length === 0 || text.length > 40) return undefined;
  const plain = text
    .normalize('NFKC')
    .replace(/[\ufe0f\u20e3]/g, '')
    .trim()
    .replace(/(?<![\s。.、,，!！~～])[\s。.、,，!！~～]+$/u, '');
  const byLabel = shown.find((button) => oneLine(button.label) === plain);
  if (byLabel) return byLabel;
  const match = /^第?([1-9]|[一二三四五六七八九])(?:个|项|条|号)?$/u.exec(plain);
  if (!match?.[1]) return undefined;
  const digit = match[1];
  const number = /[1-9]/.test(digit) ? Number(digit) : CHINESE_NUMERALS.indexOf(digit) + 1;
  return shown[number - 1];
}

function oneLine(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}
