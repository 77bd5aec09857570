// Round 44: 「交了申请以后多长时间」「申请交上去要等多久」 ask how long the step after applying takes, in general: the
// words of applying are the step spoken of, not an application the writer made. 「我上个月交的申请 到哪一步了」 tells one
// and asks where it stands: a status check.
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';
import { readMessageParts } from './message-parts.js';
import { asksOwnCase } from './usual-time.js';

// The step after applying: 交了申请以后, 递上去之后, 申请交上去.
const AFTER_APPLYING =
  /(?:交|递|提交|报)(?:了)?(?:申请|材料)?(?:上去)?(?:了)?(?:以后|之后|后)|申请(?:书|材料)?(?:交|递|报|提交)上去(?:了)?(?:以后|之后|后)?/gu;
// How long, said after that step: 多长时间, 要等多久, 几天, 多少个工作日.
const HOW_LONG = /多久|多长时间|多少(?:天|日子|时间|个?工作日)|几天|几个(?:月|星期|礼拜|工作日)/u;

/** True when the message asks how long things take after applying, and tells no application of its own. */
export function asksWaitAfterApplying(message: string): boolean {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  const after = [...text.matchAll(AFTER_APPLYING)][0];
  if (after === undefined || !HOW_LONG.test(text.slice(after.index))) return false;
  if (asksOwnCase(text)) return false;
  // Read without the step spoken of, the rest must tell no application of one's own (上个月交的, 已经申请了).
  return !readMessageParts(text.replace(AFTER_APPLYING, '，')).existingApplication;
}
