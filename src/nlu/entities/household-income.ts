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
  // 「退休工资一千五加老婆打零工六百，两千一左右」: the sum said after its parts replaces them.
  if (restatesSum(groups, totalFirst)) groups.splice(0, groups.length - 1);
  let value = 0;
  let start = Infinity;
  let end = -1;
  let counted = false;
  const reckoning = finalReckoning(groups, totalFirst);
  groups.forEach((members, index) => {
    // After a total said first (「全家加起来四千 老公三千 我一千」), what follows details it, unless added on.
    if (totalFirst && index > 0 && !members[0]!.plus) return;
    if (reckoning && index > 0) return;
    const amount = reckoning ?? groupAmount(members);
    if (amount === undefined) return;
    const kept = members.filter((m) => !m.excluded);
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

/** What one group of amounts brings in: its standing replacement, else the middle of alternatives, else the first. */
function groupAmount(members: readonly IncomeMention[], withReplacement = true): number | undefined {
  const standing = withReplacement
    ? members.filter((m) => m.link === 'replaces' && !m.excluded).at(-1)
    : undefined;
  const kept = members.filter((m) => !m.excluded && (withReplacement || m.link !== 'replaces'));
  if (standing) return standing.monthly;
  if (kept.length === 0) return undefined;
  if (members.some((m) => m.link === 'alternative'))
    return kept.reduce((sum, m) => sum + m.monthly, 0) / kept.length;
  return kept[0]!.monthly;
}

/**
 * The resident's own reckoning said last in another period than the source before it (「养老金一百五 种地一年三四千
 * 每月按四百算」) stands for the whole household when it is nearer the sum of every source than that source.
 */
function finalReckoning(groups: readonly IncomeMention[][], totalFirst: boolean): number | undefined {
  if (totalFirst || groups.length < 2) return undefined;
  const last = groups.at(-1)!;
  const reckoned = last.at(-1)!;
  if (!reckoned.settled || reckoned.excluded || reckoned.link !== 'replaces') return undefined;
  // Reckoned in the source's own period (一年一万出头 … 算一万二吧), it settles that source only.
  const source = last.find((m) => m.link !== 'replaces' && !m.excluded);
  if (!source || source.period === reckoned.period) return undefined;
  const lastSource = groupAmount(last, false);
  if (lastSource === undefined) return undefined;
  const others = groups.slice(0, -1).reduce((sum, g) => sum + (groupAmount(g) ?? 0), 0);
  const whole = others + lastSource;
  return Math.abs(reckoned.monthly - whole) < Math.abs(reckoned.monthly - lastSource)
    ? reckoned.monthly
    : undefined;
}

// How near the sum of the parts a figure said after them must be to be their sum restated (「两千左右」 after
// 1500 and 600), as a share of that sum.
const RESTATED_SHARE = 0.06;

/**
 * Round 48: the last amount, a bare figure (no 还有 / 另外, no earner or source named before it) after two sources or
 * more, is their sum restated when it is within a few percent of it: the resident added up for us, without 一共.
 * (「闺女给一千六」 after two pensions of eight hundred names its source: a third income.)
 */
function restatesSum(groups: readonly IncomeMention[][], totalFirst: boolean): boolean {
  if (totalFirst || groups.length < 3) return false;
  const last = groups.at(-1)!;
  const head = last[0]!;
  if (head.link !== 'new' || head.plus || head.excluded || !head.bare) return false;
  const said = groupAmount(last);
  if (said === undefined) return false;
  const parts = groups.slice(0, -1).map((g) => groupAmount(g));
  if (parts.some((p) => p === undefined)) return false;
  const sum = parts.reduce<number>((total, p) => total + (p ?? 0), 0);
  return sum > 0 && Math.abs(said - sum) <= sum * RESTATED_SHARE;
}
