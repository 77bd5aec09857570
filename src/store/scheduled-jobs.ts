import type { SqlExecutor } from './sql.js';

// A timer may fire a little early or late; a run counts as due once this share of the period has passed, so
// the cluster runs a job at most once per 0.8 periods and never skips a period because of jitter.
const DUE_SHARE = 0.8;

/**
 * Claims this period's run of a scheduled job for the whole cluster: true on exactly one instance per period.
 * One statement: the upsert's row lock makes a second instance wait, then see the fresh start time and back off.
 * The database's clock decides, so instances with skewed clocks still agree.
 */
export async function claimScheduledRun(db: SqlExecutor, name: string, periodMs: number): Promise<boolean> {
  const { rows } = await db.query<{ runs: string }>(
    `INSERT INTO scheduled_jobs (name, last_started_at, runs) VALUES ($1, now(), 1)
     ON CONFLICT (name) DO UPDATE SET last_started_at = now(), runs = scheduled_jobs.runs + 1
       WHERE scheduled_jobs.last_started_at <= now() - make_interval(secs => $2)
     RETURNING runs`,
    [name, (periodMs * DUE_SHARE) / 1000],
  );
  return rows.length === 1;
}
