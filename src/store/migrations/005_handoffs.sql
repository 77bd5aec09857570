-- The green-channel queue: conversations handed to a person, with every time an SLA report needs.
CREATE TABLE handoffs (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  channel text NOT NULL,
  user_id text NOT NULL,
  priority text NOT NULL CHECK (priority IN ('critical', 'high', 'normal')),
  reasons jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'claimed', 'resolved')),
  created_at timestamptz NOT NULL,
  -- When the priority last rose: the unclaimed-critical SLA counts from here, not from a normal request.
  escalated_at timestamptz NOT NULL,
  claimed_by uuid,
  claimed_by_name text,
  claimed_at timestamptz,
  first_operator_message_at timestamptz,
  last_operator_message_at timestamptz,
  last_resident_message_at timestamptz,
  resolved_at timestamptz,
  resolved_by uuid,
  outcome text,
  note text,
  case_no text,
  -- A report by a registered volunteer: who sent it, so it is trusted; NULL for residents and anonymous reports.
  reporter jsonb,
  overdue boolean NOT NULL DEFAULT false,
  stale boolean NOT NULL DEFAULT false
);

-- One open handoff per conversation: a second urgent message raises it instead of queueing a duplicate.
CREATE UNIQUE INDEX handoffs_one_open_per_conversation ON handoffs (conversation_id) WHERE status <> 'resolved';

CREATE INDEX handoffs_status_idx ON handoffs (status, created_at);
