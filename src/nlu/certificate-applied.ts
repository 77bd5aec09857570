/**
 * A certificate applied for or being made (「残疾证我上个月才去申请的 还没拿到手」「在办残疾证」) is an errand at
 * another office, not an application for help waiting at this window: a clause that tells one is set aside before
 * the message is read for an application already made. 「残疾人补贴我上个月申请的」 names the help, and stays.
 */
import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// The certificates residents get elsewhere; 证明 (a proof letter) and 保证 (a promise) are no certificate.
const CERTIFICATE = '(?:残疾|身份|户口|居住|暂住|结婚|离婚|出生|医保|社保|学生|营业|房产|土地)证(?![明据实])';
// Help named in the same clause makes the clause about that help, whatever certificate it mentions.
const HELP = /低保金|救助|补助|补贴|帮扶|助学|津贴|供养/u;
const APPLY = '(?:申请|办理?|交|报|递)';
// The certificate, then the verb (「残疾证我上个月才去申请的」), or the verb, then the certificate (「上个月去申请了残疾证」
// 「在办残疾证」), inside one clause; the gaps are bounded, so a long clause is read in linear time.
const CERTIFICATE_APPLIED = new RegExp(
  `${CERTIFICATE}[^，。？！?!；;\\s]{0,10}?${APPLY}|${APPLY}(?:了|过|的)?[^，。？！?!；;\\s]{0,3}?${CERTIFICATE}`,
  'u',
);
// A clause: what lies between the marks and spaces residents separate them with.
const CLAUSE = /[^，。？！?!；;\s]+/gu;

/** The message with every clause that tells a certificate applied for blanked out (the same length, for offsets). */
export function withoutCertificateApplied(message: string): string {
  return cutText(message, MAX_MESSAGE_CHARS).replace(CLAUSE, (clause) =>
    CERTIFICATE_APPLIED.test(clause) && !HELP.test(clause) ? ' '.repeat(clause.length) : clause,
  );
}
