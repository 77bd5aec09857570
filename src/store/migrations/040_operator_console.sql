-- The operator console (issue 13). A hand back no longer closes a handoff: it waits for a follow-up
-- (status follow_up) until someone closes it with an outcome. The queue keeps the risk category the
-- resident's words fell in (the warning to a resident left waiting names the number that fits it), when
-- that resident was last told nobody had picked the request up yet, and the department it went to.
ALTER TABLE handoffs DROP CONSTRAINT handoffs_status_check;
ALTER TABLE handoffs ADD CONSTRAINT handoffs_status_check
  CHECK (status IN ('queued', 'claimed', 'follow_up', 'resolved'));
ALTER TABLE handoffs ADD COLUMN risk_category text;
ALTER TABLE handoffs ADD COLUMN resident_warned_at timestamptz;
ALTER TABLE handoffs ADD COLUMN resident_warnings integer NOT NULL DEFAULT 0;
ALTER TABLE handoffs ADD COLUMN handed_back_at timestamptz;
ALTER TABLE handoffs ADD COLUMN follow_up_due_at timestamptz;
ALTER TABLE handoffs ADD COLUMN follow_up_reminded boolean NOT NULL DEFAULT false;
ALTER TABLE handoffs ADD COLUMN department_code text;

-- What operators did around a handoff that the resident never sees: internal notes, transfers to a
-- colleague or a department (with the reason), hand backs, and the warnings sent to a waiting resident.
CREATE TABLE handoff_events (
  id bigserial PRIMARY KEY,
  handoff_id uuid NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('note', 'transfer', 'handed_back', 'resident_warned', 'follow_up_due')),
  actor_id uuid,
  actor_name text,
  text text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL
);

CREATE INDEX handoff_events_handoff_idx ON handoff_events (handoff_id, id);
CREATE INDEX handoffs_follow_up_idx ON handoffs (follow_up_due_at) WHERE status = 'follow_up';
