-- Payloads too large for a NOTIFY (8000 bytes) travel through this table; the notice names the row.
-- Rows older than a day are swept hourly by one instance (nobody listens for them any more).
CREATE TABLE broadcast_payloads (
  id bigserial PRIMARY KEY,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX broadcast_payloads_created_idx ON broadcast_payloads (created_at);
