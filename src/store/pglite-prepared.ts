import { messages, parse, protocol, type PGlite, type Results, type Transaction } from '@electric-sql/pglite';

/** Runs the statements marked with prepared() as named prepared statements of one PGlite instance. */
export interface PglitePreparedStatements {
  /**
   * Runs `sql` under `name` with `params`, as PGlite's `query` would (same rows, types and errors). `tx` is
   * the PGlite transaction the call belongs to, or undefined outside one.
   */
  run<Row>(
    sql: string,
    name: string,
    params: readonly unknown[],
    tx: Transaction | undefined,
  ): Promise<Results<Row>>;
}

// How a statement prepared before a schema change fails once the schema has moved on (PostgreSQL replans it
// by itself otherwise): its result columns changed type (0A000, a code shared with other errors, hence the
// message), or the statement is gone (26000).
const RESULT_TYPE_CHANGED = 'cached plan must not change result type';
const STATEMENT_MISSING = '26000';

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/**
 * Prepared statements for `db`. PGlite's `query` sends Parse, Describe, Bind, Describe, Execute and Sync as six
 * calls into its WebAssembly, parsing and planning the statement every time; here a statement is parsed once per
 * instance and each run is one call (Bind, Describe, Execute, Sync), which PostgreSQL answers from its kept plan.
 * The names live in this PGlite instance only, so a reopened database starts with none.
 */
export function pglitePreparedStatements(db: PGlite): PglitePreparedStatements {
  // Statement name → the parameter types PostgreSQL inferred when it was parsed (they serialise the values).
  const parameterTypes = new Map<string, number[]>();

  function asQueryError(error: unknown, sql: string, params: readonly unknown[]): unknown {
    // The same decoration PGlite's own query puts on a database error.
    if (error instanceof messages.DatabaseError)
      Object.assign(error, { query: sql, params, queryOptions: undefined });
    return error;
  }

  async function prepare(sql: string, name: string): Promise<number[]> {
    // Close first: a name left behind by a failed preparation must not make Parse fail as a duplicate
    // (closing a statement that does not exist is no error).
    const replies = await db.execProtocolStream(
      concat([
        protocol.serialize.close({ type: 'S', name }),
        protocol.serialize.parse({ name, text: sql }),
        protocol.serialize.describe({ type: 'S', name }),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const types = parse.parseDescribeStatementResults(replies);
    parameterTypes.set(name, types);
    return types;
  }

  async function execute<Row>(
    name: string,
    types: readonly number[],
    params: readonly unknown[],
    inTransaction: boolean,
  ): Promise<Results<Row>> {
    // Serialised exactly as PGlite's query does, by the type PostgreSQL gave each parameter.
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const serialize = db.serializers[types[i] ?? -1];
      // A type without a serializer is sent as the value's own text, as PGlite does.
      return serialize ? serialize(param) : (param as { toString(): string }).toString();
    });
    const replies = await db.execProtocolStream(
      concat([
        protocol.serialize.bind({ statement: name, values }),
        protocol.serialize.describe({ type: 'P' }),
        protocol.serialize.execute(),
        protocol.serialize.sync(),
      ]),
      // PGlite syncs its file system after a statement outside a transaction and at none inside one.
      { syncToFs: !inTransaction },
    );
    return parse.parseResults(replies, db.parsers)[0] as Results<Row>;
  }

  async function runLocked<Row>(
    sql: string,
    name: string,
    params: readonly unknown[],
    inTransaction: boolean,
  ): Promise<Results<Row>> {
    try {
      const types = parameterTypes.get(name) ?? (await prepare(sql, name));
      try {
        return await execute<Row>(name, types, params, inTransaction);
      } catch (error) {
        if (!isStale(error)) throw error;
        // The schema changed under the statement: forget it so its next use parses it afresh, and run it
        // parsed afresh now when no transaction was aborted by the failure (Bind failed: nothing ran).
        parameterTypes.delete(name);
        if (db.isInTransaction()) throw error;
        return await execute<Row>(name, await prepare(sql, name), params, inTransaction);
      }
    } catch (error) {
      throw asQueryError(error, sql, params);
    }
  }

  return {
    async run<Row>(sql: string, name: string, params: readonly unknown[], tx: Transaction | undefined) {
      if (tx !== undefined) {
        if (tx.closed) throw new Error('Transaction is closed');
        // Inside a transaction the transaction lock is already held by it; take the statement lock only.
        return db.runExclusive(() => runLocked<Row>(sql, name, params, true));
      }
      await db._checkReady();
      // The same two locks PGlite's query takes, in the same order: no other statement or transaction between.
      return db._runExclusiveTransaction(() =>
        db.runExclusive(() => runLocked<Row>(sql, name, params, false)),
      );
    },
  };
}

function isStale(error: unknown): boolean {
  if (!(error instanceof messages.DatabaseError)) return false;
  return (
    error.code === STATEMENT_MISSING || (error.code === '0A000' && error.message === RESULT_TYPE_CHANGED)
  );
}
