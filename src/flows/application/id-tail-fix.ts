/**
 * 「不好意思身份证最后一位打错了 是X 不是1」 after an ID number failed its check: the number typed before, with its
 * last digits as the resident now says them. Only a number that then passes its check is taken.
 */
import { validateIdNumber } from '../../identity/id-number.js';
import { digitCandidates } from '../../nlu/entities/digit-runs.js';
import { MAX_MESSAGE_CHARS } from '../../text/limits.js';
import { cutText } from '../../text/well-formed.js';

// 「最后一位是X」「末尾应该是7」「后两位是64」: how many of the last digits, then what they are.
const TAIL_FIX =
  /(?:最后|末尾|末|尾(?:巴|数)?|后)(?:的)?(一|1|两|二|2|三|3)?位[^，。,是]{0,10}?(?:应该|应当)?(?:是|改成|为)\s*([0-9Xx]{1,3})(?![0-9Xx])/u;
const WIDTH: Readonly<Record<string, number>> = { 一: 1, '1': 1, 两: 2, 二: 2, '2': 2, 三: 3, '3': 3 };

/** The 18-character ID number of a message that fails its check, to keep for a correction of its tail. */
export function failedIdNumber(text: string): string | undefined {
  const candidate = digitCandidates(cutText(text, MAX_MESSAGE_CHARS)).find((c) => c.kind === 'id18');
  return candidate && !validateIdNumber(candidate.digits).ok ? candidate.digits.toUpperCase() : undefined;
}

/** The failed number with its tail replaced as the message says, when that passes the check; else undefined. */
export function idWithTailFixed(failed: string, message: string): string | undefined {
  const match = TAIL_FIX.exec(cutText(message, MAX_MESSAGE_CHARS));
  if (!match) return undefined;
  const tail = match[2]!.toUpperCase();
  const width = match[1] === undefined ? tail.length : (WIDTH[match[1]] ?? 0);
  if (width !== tail.length || width > failed.length) return undefined;
  const fixed = failed.slice(0, failed.length - width) + tail;
  const result = validateIdNumber(fixed);
  return result.ok ? result.value : undefined;
}
