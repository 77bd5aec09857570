import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// The cost of care already had: bills paid or owed, what insurance left, a certificate or allowance to claim.
const CARE_COST =
  /医药费|医疗费|住院费|手术费|治疗费|药费|看病(?:的)?钱|花了[^，。？！?!\s]{0,8}(?:钱|万|千|块)|(?:自己|自个|个人)[^，。？！?!\s]{0,2}(?:掏|出|垫|付|承担)|垫(?:付|了)|报销|医保|自费|残疾证|补贴|欠(?:了)?医院/u;
// Signs that the body is in danger right now, whatever the bill: then 120 comes first.
const ACUTE_NOW =
  /突然|晕倒|昏倒|昏迷|叫不醒|不省人事|抽搐|抽筋了|喘不上|喘不过|没(?:了)?呼吸|没气了|还在(?:流血|出血)|血止不住|快不行|不行了|救护车|急救|正在|刚刚|刚才|这会儿|此刻/u;

/**
 * True when an illness or injury is told as the reason for a bill (「住院两个月花了七八万 想申请医疗救助」):
 * the care has been had, and the message is about paying for it, not about calling 120 now.
 */
export function tellsCareBill(message: string): boolean {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  return CARE_COST.test(text) && !ACUTE_NOW.test(text);
}

/** True when the message has a sign that the body is in danger right now (突然, 晕倒, 正在 …). */
export function tellsAcuteNow(message: string): boolean {
  return ACUTE_NOW.test(cutText(message, MAX_MESSAGE_CHARS));
}
