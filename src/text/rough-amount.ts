/**
 * Rough amounts as residents say them. Said with the unit last (四十多万, 十几万, 二十来万, 三十余万, 二十几千), the
 * unit still counts the figure: 四十多万 is forty ten-thousands and some, and the figure a caseworker writes is
 * the round one named, 400000 (bench/fields/FORMAT.md). Said with the unit first (两千出头, 三千来块, 一万多点) the
 * unit already stands beside its figure, and the readers of amounts read the figure named (2000, 3000, 10000).
 * Every reader of money puts the unit back in place first, here, so that none reads 四十 and 万 apart.
 */

// The figure's last character (a digit, 十, or the 百 / 千 of 一千多万), the rough word, then the unit it counts in.
// One character each side: the pattern cannot backtrack.
const UNIT_AFTER_ROUGH_WORD = /([0-9一二两三四五六七八九十百千])(多|来|几|余)([万千])/gu;

/**
 * The text with each unit said after a rough word put back beside its figure (四十多万 → 四十万多, 十几万 → 十万几),
 * every character kept in its place, so that the readers of amounts read the round figure named.
 */
export function roughUnitsInPlace(text: string): string {
  return text.replace(
    UNIT_AFTER_ROUGH_WORD,
    (_said, last: string, rough: string, unit: string) => last + unit + rough,
  );
}
