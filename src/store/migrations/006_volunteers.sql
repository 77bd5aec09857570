-- Volunteers and grid workers who registered from a chat (主动发现); an operator verifies them once, and
-- their later reports carry their identity and are trusted.
CREATE TABLE volunteers (
  id uuid PRIMARY KEY,
  channel text NOT NULL,
  user_id text NOT NULL,
  name text NOT NULL,
  phone text NOT NULL,
  community text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'verified', 'rejected')),
  created_at timestamptz NOT NULL,
  decided_at timestamptz,
  decided_by text,
  UNIQUE (channel, user_id)
);

CREATE INDEX volunteers_status_idx ON volunteers (status, created_at);
