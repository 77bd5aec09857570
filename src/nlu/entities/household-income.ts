import type { IncomeMention } from './income-mentions.js';

/**
 * The household's monthly income from the amounts an answer names: every source it brings in now, added up
 * (「我妈养老金一个月一百四 侄子他妈每个月打三百 我每个月给两百」 is 640). An amount that stands in for the one
 * before (the average of a good and a bad month, what is left after deductions, a correction) replaces it;
 * alternatives without an average count as their middle; the household's own total replaces what came before
 * it. Amounts set aside (the past, costs, money promised and not paid) add nothing, but an amount said to
 * replace one of them still counts.
 */
export function householdIncome(
  mentions: readonly IncomeMention[],
): { value: number; start: number; end: number } | undefined {
  const groups: IncomeMention[][] = [];
  let totalFirst = false;
  for (const mention of mentions) {
    if (mention.link === 'total' && !mention.excluded) {
      totalFirst = groups.length === 0;
      groups.length = 0;
      groups.push([mention]);
    } else if (mention.link === 'new' || mention.link === 'total' || groups.length === 0)
      groups.push([mention]);
    else groups.at(-1)!.push(mention);
  }
  let value = 0;
  let start = Infinity;
  let end = -1;
  let counted = false;
  groups.forEach((members, index) => {
    // After a total said first (「全家加起来四千 老公三千 我一千」), what follows details it, unless added on.
    if (totalFirst && index > 0 && !members[0]!.plus) return;
    const standing = members.filter((m) => m.link === 'replaces' && !m.excluded).at(-1);
    const kept = members.filter((m) => !m.excluded);
    let amount: number | undefined;
    if (standing) amount = standing.monthly;
    else if (kept.length === 0) return;
    else if (members.some((m) => m.link === 'alternative'))
      amount = kept.reduce((sum, m) => sum + m.monthly, 0) / kept.length;
    else amount = kept[0]!.monthly;
    value += amount;
    counted = true;
    // The span is that of the first amount counted, from its period word: spans of other entities (老两口 is
    // a household) between the amounts must not be covered by this one.
    if (end < 0) {
      start = kept[0]!.from;
      end = kept[0]!.end;
    }
  });
  return counted ? { value: Math.round(value), start, end } : undefined;
}
