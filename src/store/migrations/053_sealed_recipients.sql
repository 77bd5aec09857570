-- The recipients ledger (020, new in the same release as sealing) keeps ID numbers, names, addresses and phones
-- sealed like every other table, found by the keyed look-up hash. No deployment holds rows of the plain-text
-- table yet, so it is recreated rather than converted.
DROP TABLE recipients;
CREATE TABLE recipients (
  id_number_hash text PRIMARY KEY,
  id_number text NOT NULL,
  name text NOT NULL,
  tier text NOT NULL CHECK (tier IN ('extreme_poverty', 'minimum_living', 'registered_poor', 'other_hardship')),
  locality_code text NOT NULL,
  address text,
  phone text,
  since date,
  source text NOT NULL,
  imported_at timestamptz NOT NULL
);
