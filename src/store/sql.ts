import type { DataCipher } from './crypto/data-cipher.js';

/** A row set returned by a query. */
export interface QueryResult<Row> {
  rows: Row[];
  affectedRows: number;
}

/** The slice of SQL access the repositories need, implemented by PGlite and by node-postgres. */
export interface SqlExecutor {
  /** Seals personal data on the way in and opens it on the way out; the same key in and out of transactions. */
  readonly cipher: DataCipher;
  query: <Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ) => Promise<QueryResult<Row>>;
}

/** A database connection with transactions; the one type the repository layer depends on. */
export interface SqlDatabase extends SqlExecutor {
  /** Which engine is behind this handle, for logs and the health check. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons, with no parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

// Statement text → the name it is prepared under. A few hot statements only: each name costs memory on every
// server connection for the connection's life, so statements built with values in their text must never be named.
const preparedNames = new Map<string, string>();

/**
 * Marks a statement that runs on every turn so that PostgreSQL parses and plans it once per connection (PGlite:
 * once per instance) instead of on every run (parsing and planning were half of the server's CPU per turn);
 * returns it unchanged.
 */
export function prepared(sql: string): string {
  if (!preparedNames.has(sql)) preparedNames.set(sql, `yimen_${preparedNames.size + 1}`);
  return sql;
}

/** The name a statement marked with prepared() runs under, or undefined for any other statement. */
export function preparedName(sql: string): string | undefined {
  return preparedNames.get(sql);
}

/** True when the error is PostgreSQL's unique_violation (23505), which both drivers report as `code`. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
