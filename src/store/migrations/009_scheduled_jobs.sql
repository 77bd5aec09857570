-- One row per scheduled job (SLA sweep, housekeeping): whichever instance moves last_started_at runs the
-- job this period, so N instances run it once, not N times.
CREATE TABLE scheduled_jobs (
  name text PRIMARY KEY,
  last_started_at timestamptz NOT NULL,
  runs bigint NOT NULL DEFAULT 1
);
