-- Every read and change of a case by staff: who (id, login, name, role), what, when, which case or handoff,
-- and the reason when a masked ID number or phone was revealed. Rows are only ever added.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  staff_user_id uuid,
  username text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  case_no text,
  handoff_id uuid,
  field text,
  -- Sealed like other free text staff write: a reason may name the person.
  reason text
);

CREATE INDEX audit_log_case_idx ON audit_log (case_no, at);
CREATE INDEX audit_log_user_idx ON audit_log (lower(username), at);
CREATE INDEX audit_log_at_idx ON audit_log (at);
