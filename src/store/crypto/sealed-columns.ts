/** A table whose columns hold sealed personal data, keyed by `id`. */
export interface SealedTable {
  table: string;
  columns: readonly string[];
  /** Look-up hash columns and the sealed column each is computed from. */
  hashes?: Readonly<Record<string, string>>;
}

/**
 * Every column that holds personal data a resident typed or staff wrote about them: the one list the start-up
 * sealing pass, the re-encryption job and the tests walk, so a new sealed column is added here once.
 */
export const SEALED_TABLES: readonly SealedTable[] = [
  { table: 'conversations', columns: ['state'] },
  { table: 'turns', columns: ['actions', 'public_state'] },
  { table: 'messages', columns: ['text'] },
  { table: 'outbox', columns: ['payload'] },
  { table: 'broadcast_payloads', columns: ['payload'] },
  {
    table: 'cases',
    columns: ['applicant_name', 'id_number', 'phone', 'address', 'fields'],
    hashes: { id_number_hash: 'id_number', phone_hash: 'phone' },
  },
  { table: 'case_events', columns: ['note'] },
  { table: 'handoffs', columns: ['note', 'reporter'] },
  { table: 'volunteers', columns: ['name', 'phone'] },
  { table: 'audit_log', columns: ['reason'] },
];
