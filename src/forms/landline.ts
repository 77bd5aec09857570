import { spelledDigits } from '../text/spoken-digits.js';
import { cutText } from '../text/well-formed.js';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';

// 「0510-86123456」「(0510)8612 3456」: an area code then seven or eight digits; or the word for a fixed line.
const AREA_AND_NUMBER = /(?<![0-9])0[1-9][0-9]{1,2}[-－—)）]?\s?[2-9][0-9]{2,3}[-\s]?[0-9]{4}(?![0-9])/u;
const LANDLINE_WORD = /座机|固话|固定电话|家里(?:的)?电话|宅电|办公室电话/u;
const MOBILE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/u;

/** What the bot says to a landline given for the mobile asked: kind, and it offers a relative's mobile. */
export const LANDLINE_PROBLEM =
  '这好像是座机号码。请留一个手机号码（11位，以1开头），方便工作人员联系您；自己没有手机的话，留家里人的手机也可以。';

/** True when an answer to the phone question gives a landline (area code and number, or 座机) and no mobile. */
export function isLandline(answer: string): boolean {
  const text = spelledDigits(cutText(answer, MAX_MESSAGE_CHARS).normalize('NFKC'));
  const digitsJoined = text.replace(/[\s-]/gu, '');
  if (MOBILE.test(digitsJoined)) return false;
  return AREA_AND_NUMBER.test(text) || (LANDLINE_WORD.test(text) && /[0-9]{7,8}/u.test(digitsJoined));
}
