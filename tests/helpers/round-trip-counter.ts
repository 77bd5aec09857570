import type { SqlDatabase } from '../../src/store/sql.js';

/** A database that counts its round trips: each statement, and BEGIN and COMMIT of each transaction. */
export interface CountingDatabase {
  db: SqlDatabase;
  /** Round trips since it was made or last reset. */
  count(): number;
  reset(): void;
}

/** Wraps `db` so that every statement it runs, in a transaction or not, is counted. */
export function countRoundTrips(db: SqlDatabase): CountingDatabase {
  let roundTrips = 0;
  const counted: SqlDatabase = {
    ...db,
    query: (sql, params) => {
      roundTrips++;
      return db.query(sql, params);
    },
    transaction: (work) => {
      roundTrips += 2; // BEGIN and COMMIT
      return db.transaction((tx) =>
        work({
          cipher: tx.cipher,
          query: (sql, params) => {
            roundTrips++;
            return tx.query(sql, params);
          },
        }),
      );
    },
  };
  return {
    db: counted,
    count: () => roundTrips,
    reset: () => {
      roundTrips = 0;
    },
  };
}
