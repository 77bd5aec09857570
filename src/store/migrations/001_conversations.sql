-- Conversations, the turns that changed them, and the transcript a resident or operator reads.
CREATE TABLE conversations (
  id uuid PRIMARY KEY,
  channel text NOT NULL,
  user_id text NOT NULL,
  state jsonb NOT NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (channel, user_id)
);

-- One row per processed inbound message; (conversation_id, message_id) makes retries idempotent.
CREATE TABLE turns (
  id bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  message_id text NOT NULL,
  actions jsonb NOT NULL,
  state_after jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (conversation_id, message_id)
);

CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  turn_id bigint REFERENCES turns (id) ON DELETE CASCADE,
  author text NOT NULL CHECK (author IN ('resident', 'bot', 'operator', 'system')),
  text text NOT NULL,
  quick_replies jsonb,
  created_at timestamptz NOT NULL
);

CREATE INDEX messages_conversation_idx ON messages (conversation_id, id);
