-- Failed staff logins, counted by every instance alike and kept across restarts (src/auth/login-rate-limiter.ts).
-- key_hash is the data key's lookup hash of "username + address", "address" or "overall": no username or IP
-- is stored. Rows older than the counting window are deleted as new failures come in.
CREATE TABLE login_failures (
  key_hash text NOT NULL,
  failed_at timestamptz NOT NULL
);
CREATE INDEX login_failures_key_idx ON login_failures (key_hash, failed_at);
CREATE INDEX login_failures_age_idx ON login_failures (failed_at);
