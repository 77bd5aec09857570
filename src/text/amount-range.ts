/**
 * 「一个月一千到一千二」「2000-2500」: an amount given as a range with 到 / 至 / a dash; its middle is meant.
 */
import { NUMBER_SOURCE, parseChineseNumber } from './chinese-number.js';

const RANGE_HIGH = new RegExp(`^\\s*(?:到|至|~|～|-|—|－)\\s*(${NUMBER_SOURCE})`, 'u');

/** The middle of `low` and the amount that `after` opens with as the top of a range; `low` when there is none. */
export function rangeMiddle(low: number, after: string): number {
  const said = RANGE_HIGH.exec(after.slice(0, 64))?.[1];
  const high = said === undefined ? undefined : parseChineseNumber(said);
  // Only a top close above the bottom is a range: 「一千到两千」 yes, 「三百到1500」 is something else.
  if (high === undefined || !(high > low) || high > low * 3) return low;
  return (low + high) / 2;
}
