import { openNullable, type DataCipher } from './crypto/data-cipher.js';
import type { ErasePersonalDataEffect, WithdrawConsentEffect } from '../engine/actions.js';
import type { Address } from '../engine/inbound.js';
import type { SqlExecutor } from './sql.js';

interface PersonalRow {
  id: string;
  case_no: string;
  applicant_name: string | null;
  id_number: string | null;
  phone: string | null;
  address: string | null;
  fields: unknown;
}

// Values shorter than this are choices and numbers that say nothing of a person (「3」, 「是」).
const MIN_VALUE_CHARS = 2;

/** A value worth erasing from the conversation's copies: text that can say something of a person. */
function personalValue(v: string | null): v is string {
  return v !== null && v.length >= MIN_VALUE_CHARS;
}

/** Every text value a case holds about the person (opened from its sealed columns), to erase from the conversation's copies. */
function personalValuesOf(row: PersonalRow, cipher: DataCipher): string[] {
  const fields = cipher.openJson<Record<string, unknown> | null>(row.fields) ?? {};
  const fieldTexts = Object.values(fields).filter((v): v is string => typeof v === 'string');
  const sealed = [row.applicant_name, row.id_number, row.phone, row.address];
  return [...sealed.map((v) => openNullable(cipher, v)), ...fieldTexts].filter(personalValue);
}

/**
 * Applies a withdrawal of consent in the turn's transaction. Cases not yet passed to a department are
 * cancelled and their personal data deleted (the receipt number, type, dates and status stay, with no one
 * behind them); cases already with a department are left to it, as the law requires. Returns the erasure of
 * every case's personal data from the conversation, to run last (after this turn's own messages are written).
 */
export async function withdrawConsent(
  tx: SqlExecutor,
  effect: WithdrawConsentEffect,
  address: Address,
  at: Date,
): Promise<ErasePersonalDataEffect> {
  const all = [...effect.cancel, ...effect.keep];
  const { rows } = await tx.query<PersonalRow>(
    `SELECT id, case_no, applicant_name, id_number, phone, address, fields FROM cases
     WHERE case_no = ANY($1) AND channel = $2 AND user_id = $3 FOR UPDATE`,
    [all, address.channel, address.userId],
  );
  const values = [
    ...rows.flatMap((row) => personalValuesOf(row, tx.cipher)),
    ...effect.values.filter(personalValue),
  ];
  for (const row of rows.filter((r) => effect.cancel.includes(r.case_no))) {
    // Only while still merely registered: a case a department took meanwhile stays with it.
    const cancelled = await tx.query(
      `UPDATE cases SET status = 'cancelled', applicant_name = NULL, id_number = NULL, phone = NULL, address = NULL,
         fields = '{}', updated_at = $2
       WHERE id = $1 AND status = 'registered'`,
      [row.id, at],
    );
    if (cancelled.affectedRows !== 1) continue;
    await tx.query(
      `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at)
       VALUES ($1, 'cancelled', 'cancelled', $2, 'system', $3)`,
      [row.id, '居民撤回同意：申请撤销，个人信息已删除', at],
    );
  }
  for (const row of rows.filter((r) => effect.keep.includes(r.case_no))) {
    await tx.query(
      `INSERT INTO case_events (case_id, kind, status_after, note, actor, created_at)
       VALUES ($1, 'consent_withdrawn', NULL, $2, 'system', $3)`,
      [row.id, '居民撤回了对线上渠道处理个人信息的同意：案卷依法保留，请勿再通过线上渠道使用其个人信息', at],
    );
  }
  // A volunteer registration rests on consent alone: nothing requires keeping it.
  await tx.query('DELETE FROM volunteers WHERE channel = $1 AND user_id = $2', [
    address.channel,
    address.userId,
  ]);
  return { type: 'erase_personal_data', values, reason: 'consent_withdrawn_after_registration' };
}

/** Every case this channel user registered, oldest first. */
export async function casesOfAddress(db: SqlExecutor, address: Address): Promise<string[]> {
  const { rows } = await db.query<{ case_no: string }>(
    'SELECT case_no FROM cases WHERE channel = $1 AND user_id = $2 ORDER BY accepted_at',
    [address.channel, address.userId],
  );
  return rows.map((r) => r.case_no);
}
