import pg from 'pg';
import { isConnectionLost, unavailableWhenLost } from './connection-lost.js';
import type { DataCipher } from './crypto/data-cipher.js';
import { preparedName, type QueryResult, type SqlDatabase, type SqlExecutor } from './sql.js';

// A server that does not answer a connection attempt (network gone) must fail the request, not hang it.
const CONNECT_TIMEOUT_MS = 5_000;

function wrap(client: Pick<pg.PoolClient, 'query'>, cipher: DataCipher): SqlExecutor {
  return {
    cipher,
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const name = preparedName(sql);
      try {
        const result = await client.query({
          ...(name === undefined ? {} : { name }),
          text: sql,
          values: params as unknown[],
        });
        return { rows: result.rows as Row[], affectedRows: result.rowCount ?? 0 };
      } catch (error) {
        throw unavailableWhenLost(error);
      }
    },
  };
}

/** Options for a PostgreSQL server connection. */
export interface PostgresOptions {
  connectionString: string;
  /** Schema to use (created if missing); lets tests and several deployments share one database. */
  schema?: string | undefined;
  maxConnections?: number;
  /** Seals and opens personal data for the repositories. */
  cipher: DataCipher;
}

/** Connects to a PostgreSQL server through a node-postgres pool. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<SqlDatabase> {
  const schema = options.schema;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Notices a server that vanished without closing the socket (a pulled cable, a frozen VM).
    keepAlive: true,
    // Search path per connection so every query, including migrations, lands in our schema.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its server connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  else await pool.query('SELECT 1');
  const executor = wrap(pool, options.cipher);
  return {
    kind: 'postgres',
    cipher: options.cipher,
    query: executor.query,
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect().catch((error: unknown) => {
        throw unavailableWhenLost(error);
      });
      // The pool watches only idle clients: without this, a server restart during a transaction would emit
      // an unhandled 'error' and end the whole process. A lost client is destroyed, never pooled again.
      let broken: Error | undefined;
      const onError = (error: Error): void => {
        broken = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client, options.cipher));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (isConnectionLost(error)) broken ??= error instanceof Error ? error : new Error(String(error));
        await client.query('ROLLBACK').catch((rollback: unknown) => {
          broken ??= rollback instanceof Error ? rollback : new Error(String(rollback));
        });
        throw unavailableWhenLost(error);
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    async exec(sql: string): Promise<void> {
      await executor.query(sql);
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
