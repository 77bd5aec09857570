-- Facts a turn records (complaints, requests for a person, urgency, answer feedback), written with the turn.
CREATE TABLE conversation_events (
  id bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  turn_id bigint REFERENCES turns (id) ON DELETE CASCADE,
  kind text NOT NULL,
  detail jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX conversation_events_kind_idx ON conversation_events (kind, created_at);
