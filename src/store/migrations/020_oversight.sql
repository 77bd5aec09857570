-- Oversight (issue 13): window heads, deadline marks and notices, the recipients ledger, satisfaction.

-- A window head (窗口负责人) reads the dashboard and the reports without working the desk.
ALTER TABLE staff_users DROP CONSTRAINT staff_users_role_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_role_check
  CHECK (role IN ('admin', 'operator', 'department', 'volunteer', 'window_head'));

-- One row per case and kind of deadline event (a reminder the day before, then overdue), so the
-- deadline watch acts once whichever instance runs it and however often it looks.
CREATE TABLE case_deadline_marks (
  case_no text NOT NULL REFERENCES cases (case_no) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('transfer_reminder', 'transfer_overdue', 'feedback_reminder', 'feedback_overdue')),
  due_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (case_no, kind)
);

-- Notices for staff: the window (audience 'window') or one department (audience = its code).
CREATE TABLE staff_notifications (
  id bigserial PRIMARY KEY,
  audience text NOT NULL,
  case_no text REFERENCES cases (case_no) ON DELETE CASCADE,
  kind text NOT NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL,
  read_at timestamptz
);

CREATE INDEX staff_notifications_audience_idx ON staff_notifications (audience, id);

-- The shared ledger of people already receiving help (统一台账, seed 001: 特困 / 低保 / 建档立卡 / 其他困难对象),
-- imported from the departments' spreadsheets, so a person confirmed there need not prove it again.
CREATE TABLE recipients (
  id_number text PRIMARY KEY,
  name text NOT NULL,
  tier text NOT NULL CHECK (tier IN ('extreme_poverty', 'minimum_living', 'registered_poor', 'other_hardship')),
  locality_code text NOT NULL,
  address text,
  phone text,
  since date,
  source text NOT NULL,
  imported_at timestamptz NOT NULL
);

-- Each completed case is asked once for a rating; the answer lands on the same row.
CREATE TABLE satisfaction_surveys (
  case_no text PRIMARY KEY REFERENCES cases (case_no) ON DELETE CASCADE,
  department_code text NOT NULL,
  asked_at timestamptz NOT NULL,
  rating integer CHECK (rating BETWEEN 1 AND 5),
  comment text,
  answered_at timestamptz
);

CREATE INDEX satisfaction_surveys_answered_idx ON satisfaction_surveys (answered_at);
