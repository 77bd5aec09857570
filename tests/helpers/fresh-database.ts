import pg from 'pg';
import { TEST_DATABASE_URL } from './postgres.js';

/** A database of its own on the shared test server, for tests that kill processes or count rows. */
export interface FreshDatabase {
  name: string;
  url: string;
  /** Runs one query on a short-lived connection to this database. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Drops the database, ending whatever sessions a killed instance may have left behind. */
  drop(): Promise<void>;
}

/** The URL of `database` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database with a unique name on the server at `serverUrl` (the shared test server by default). */
export async function createFreshDatabase(
  prefix: string,
  serverUrl = TEST_DATABASE_URL,
): Promise<FreshDatabase> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`.toLowerCase();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  return {
    name,
    url,
    async query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as Row[];
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
