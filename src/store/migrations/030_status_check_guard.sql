-- Failed status checks (a receipt number with the wrong phone digits, or none that exists), counted per case,
-- per resident address and overall, so receipt numbers cannot be brute-forced by changing userId per guess.
CREATE TABLE status_check_failures (
  id bigserial PRIMARY KEY,
  case_no text,
  channel text NOT NULL,
  user_id text NOT NULL,
  failed_at timestamptz NOT NULL
);

CREATE INDEX status_check_failures_case_idx ON status_check_failures (case_no, failed_at);
CREATE INDEX status_check_failures_address_idx ON status_check_failures (channel, user_id, failed_at);
CREATE INDEX status_check_failures_at_idx ON status_check_failures (failed_at);

-- A case whose online status check is paused after too many failures, until this time.
ALTER TABLE cases ADD COLUMN status_locked_until timestamptz;
