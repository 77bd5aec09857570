import type { Recipient } from '../store/recipient-repository.js';
import { RECIPIENT_TIER_LABELS, type RecipientTier } from './recipient-tiers.js';

/** What the shared ledger says about a case's applicant, as staff see it on the case. */
export interface LedgerMatch {
  tier: RecipientTier;
  tierLabel: string;
  since: string | null;
  /** The person already receives the very help applied for: a likely duplicate to check before transferring. */
  sameType: boolean;
  note: string;
}

// The tiers that are themselves an assistance type; 建档立卡 and 其他困难对象 are standings, not benefits.
const TIER_TYPE: Readonly<Partial<Record<RecipientTier, string>>> = {
  extreme_poverty: 'extreme_poverty',
  minimum_living: 'minimum_living',
};

/** The ledger's word on an application of `type` by a person it holds (统一台账：数据多跑路，群众少跑腿). */
export function ledgerMatch(recipient: Recipient, type: string): LedgerMatch {
  const tierLabel = RECIPIENT_TIER_LABELS[recipient.tier];
  const sameType = TIER_TYPE[recipient.tier] === type;
  const since = recipient.since ? `（${recipient.since}起）` : '';
  return {
    tier: recipient.tier,
    tierLabel,
    since: recipient.since,
    sameType,
    note: sameType
      ? `统一台账显示此人已是${tierLabel}${since}，请先核对是否重复申请。`
      : `统一台账显示此人是${tierLabel}${since}，身份和家庭经济状况已经核定，无需重复提供身份和经济状况证明，只需补充本次困难的材料。`,
  };
}
