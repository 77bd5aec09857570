-- Personal data sealed at rest (AES-256-GCM, src/store/crypto/): columns that hold what residents typed become
-- text holding a sealed value ("enc1:<key id>:..."); rows written before this are sealed by the start-up pass
-- (src/store/crypto/reseal.ts), which needs the key and so cannot run in SQL.
ALTER TABLE conversations ALTER COLUMN state TYPE text USING state::text;
ALTER TABLE turns ALTER COLUMN actions TYPE text USING actions::text;
ALTER TABLE turns ALTER COLUMN public_state DROP DEFAULT;
ALTER TABLE turns ALTER COLUMN public_state TYPE text USING public_state::text;
ALTER TABLE outbox ALTER COLUMN payload TYPE text USING payload::text;
ALTER TABLE broadcast_payloads ALTER COLUMN payload TYPE text USING payload::text;
ALTER TABLE cases ALTER COLUMN fields TYPE text USING fields::text;
ALTER TABLE handoffs ALTER COLUMN reporter TYPE text USING reporter::text;

-- Look-ups by ID number (the duplicate guard) and phone (a person's cases) go through keyed hashes.
ALTER TABLE cases ADD COLUMN id_number_hash text;
ALTER TABLE cases ADD COLUMN phone_hash text;
DROP INDEX cases_one_open_per_person_type;
CREATE UNIQUE INDEX cases_one_open_per_person_type ON cases (id_number_hash, assistance_type)
  WHERE id_number_hash IS NOT NULL AND duplicate_of IS NULL AND status NOT IN ('refused', 'completed', 'cancelled');
CREATE INDEX cases_phone_hash_idx ON cases (phone_hash);

-- The ids of the data keys values were sealed with: an instance given another key refuses to start.
CREATE TABLE data_keys (
  key_id text PRIMARY KEY,
  first_used_at timestamptz NOT NULL
);
