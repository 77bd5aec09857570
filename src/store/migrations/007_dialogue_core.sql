-- The reshaped dialogue core (issue 10): turns keep only what channels may see again, messages carry
-- buttons with ids, a case can be registered as a possible duplicate without telling anyone whose case
-- exists, and pushes to residents go through a durable outbox.

-- A turn is replayed from its replies and its public state; the full state (with personal data) was kept
-- per turn and read nowhere, so it goes, and the copies already written go with it.
ALTER TABLE turns ADD COLUMN public_state jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE turns ADD COLUMN inbound_hash text NOT NULL DEFAULT '';
ALTER TABLE turns DROP COLUMN state_after;
-- Replies only: effects (with the case data they carried) are applied, never replayed.
UPDATE turns SET actions = COALESCE(
  (SELECT jsonb_agg(a) FROM jsonb_array_elements(actions) a WHERE a->>'type' = 'reply'), '[]'::jsonb);

-- The old state kept a copy of the last messages (with whatever personal data they held) in `history`.
UPDATE conversations SET state = state - 'history';

-- Buttons as {id, label}; the old label-only lists keep their labels.
ALTER TABLE messages RENAME COLUMN quick_replies TO buttons;
UPDATE messages SET buttons = (
  SELECT jsonb_agg(jsonb_build_object('id', 'label:' || e, 'label', e)) FROM jsonb_array_elements_text(buttons) e)
WHERE buttons IS NOT NULL AND jsonb_typeof(buttons) = 'array' AND jsonb_typeof(buttons->0) = 'string';

-- Another resident's request for a person and type that already has an open case is registered anyway,
-- marked for staff to merge, instead of telling the requester that the person applied (and for what).
ALTER TABLE cases ADD COLUMN duplicate_of text;
DROP INDEX cases_one_open_per_person_type;
CREATE UNIQUE INDEX cases_one_open_per_person_type ON cases (id_number, assistance_type)
  WHERE id_number IS NOT NULL AND duplicate_of IS NULL AND status NOT IN ('refused', 'completed', 'cancelled');
CREATE INDEX cases_user_idx ON cases (channel, user_id);

-- Every push to a resident (a reply sent after the turn, an operator's message, a case update) waits here
-- until its channel took it, with retries; what could not be delivered is shown to operators.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  message_id bigint REFERENCES messages (id) ON DELETE SET NULL,
  channel text NOT NULL,
  user_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('reply', 'operator', 'case_update', 'system')),
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz
);

CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_failed_idx ON outbox (conversation_id) WHERE status = 'failed';
