/** The four tiers of the shared ledger (seed 001: 特困人员、城乡低保对象、农村建卡贫困户、其他困难对象). */
export const RECIPIENT_TIERS = [
  'extreme_poverty',
  'minimum_living',
  'registered_poor',
  'other_hardship',
] as const;

/** One tier. */
export type RecipientTier = (typeof RECIPIENT_TIERS)[number];

/** The names staff read and write for each tier. */
export const RECIPIENT_TIER_LABELS: Readonly<Record<RecipientTier, string>> = {
  extreme_poverty: '特困人员',
  minimum_living: '低保对象',
  registered_poor: '建档立卡贫困户',
  other_hardship: '其他困难对象',
};

// What departments' spreadsheets actually say for each tier.
const SPELLINGS: readonly [RegExp, RecipientTier][] = [
  [/^(特困|特困人员|特困供养|特困供养人员|五保|五保户)$/, 'extreme_poverty'],
  [/^(低保|低保对象|低保户|城乡低保|城乡低保对象|城市低保|农村低保)$/, 'minimum_living'],
  [/^(建档立卡|建档立卡贫困户|建卡|建卡贫困户|农村建卡贫困户|建档立卡户)$/, 'registered_poor'],
  [/^(其他|其他困难对象|其他困难群众|困难对象)$/, 'other_hardship'],
];

/** The tier a cell names, or undefined. */
export function tierOf(text: string): RecipientTier | undefined {
  const clean = text.replace(/\s+/g, '');
  return SPELLINGS.find(([pattern]) => pattern.test(clean))?.[1];
}
