-- Staff accounts (window and hotline operators, department staff, volunteers, admins) and their sessions.
CREATE TABLE staff_users (
  id uuid PRIMARY KEY,
  -- Stored as typed; uniqueness and login ignore case (see the index below).
  username text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'operator', 'department', 'volunteer')),
  -- A department user sees only its department's cases, so it must have one.
  department_code text CHECK (department_code IS NULL OR department_code <> ''),
  -- Argon2id PHC string; never the password.
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  last_login_at timestamptz,
  CONSTRAINT staff_users_department_required CHECK (role <> 'department' OR department_code IS NOT NULL)
);

CREATE UNIQUE INDEX staff_users_username_idx ON staff_users (lower(username));

-- One row per login; only the SHA-256 of the bearer token is kept, so a copy of this table opens nothing.
CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);

CREATE INDEX staff_sessions_user_idx ON staff_sessions (user_id);

CREATE INDEX staff_sessions_expires_idx ON staff_sessions (expires_at);
