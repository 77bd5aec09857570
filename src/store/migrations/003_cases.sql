-- The case ledger: one row per registered application, its timeline, and receipt-number sequences.
CREATE TABLE cases (
  id uuid PRIMARY KEY,
  case_no text NOT NULL UNIQUE,
  locality_code text NOT NULL,
  assistance_type text NOT NULL,
  status text NOT NULL,
  urgency text NOT NULL DEFAULT 'none',
  conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
  channel text NOT NULL,
  user_id text NOT NULL,
  applicant_name text,
  id_number text,
  phone text,
  address text,
  fields jsonb NOT NULL,
  department_code text NOT NULL,
  department_name text NOT NULL,
  joint_meeting boolean NOT NULL DEFAULT false,
  accepted_at timestamptz NOT NULL,
  transfer_due_at timestamptz NOT NULL,
  transfer_due_calendar text NOT NULL,
  completed_at timestamptz,
  feedback_due_at timestamptz,
  updated_at timestamptz NOT NULL
);

-- The duplicate guard: one open case per person and assistance type, even when two requests race.
CREATE UNIQUE INDEX cases_one_open_per_person_type ON cases (id_number, assistance_type)
  WHERE id_number IS NOT NULL AND status NOT IN ('refused', 'completed', 'cancelled');

CREATE INDEX cases_department_idx ON cases (department_code, status);
CREATE INDEX cases_conversation_idx ON cases (conversation_id);

CREATE TABLE case_events (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind text NOT NULL,
  status_after text,
  note text,
  actor text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX case_events_case_idx ON case_events (case_id, id);

-- Receipt numbers are locality + day + sequence; the row lock on this counter keeps them unique across instances.
CREATE TABLE case_sequences (
  locality_code text NOT NULL,
  day text NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (locality_code, day)
);
