import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';
import { NO_RISK, type TurnRisk } from './risk.js';

// Neglect and cold as a neighbour sees them from outside: pressing, but the reporter is asked how urgent.
const NEGLECT = new Set(['abandoned', 'exposure']);
// Signs that the body is in danger now, or that the person is shut in or alone for days: then it stays critical.
// Round 24: the cold already in the body (手冰凉, 直哆嗦): someone out in the cold like that is in danger now.
const DANGER_SIGNS =
  /冰凉|冰冷|发抖|哆嗦|打颤|昏|晕|不动了|没气|没反应|叫不醒|敲门没人|没人应|发烧|高烧|抽搐|冻僵|冻伤|冻坏|受伤|流血|摔(?:倒|了)|锁在|关在|[一两三四五六七八九十几]天(?:都)?没(?:吃|喝|见|出门|回)|饿晕|婴儿|宝宝|几个月大|快不行|危险|救命/u;

/**
 * In a report about someone else, neglect or cold told without a sign of danger now (「楼下小孩好像没人管
 * 天天在外面晃」) is pressing (high), not a 110 emergency: the report asks the reporter how urgent it is,
 * and their 「不急」 may lower it. Any other danger, or a danger sign, keeps its level. The hardship a reporter
 * tells is someone else's: low mood heard in it is no reason to offer the reporter the psychological line.
 */
export function asReported(risk: TurnRisk, message: string): TurnRisk {
  if (risk.level === 'distress') return NO_RISK;
  if (risk.level !== 'critical' || !NEGLECT.has(risk.category ?? '')) return risk;
  if (DANGER_SIGNS.test(cutText(message, MAX_MESSAGE_CHARS))) return risk;
  return { ...risk, level: 'high' };
}
