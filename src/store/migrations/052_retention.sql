-- Retention: when a closed case's personal data was anonymised (src/store/retention.ts); the row itself stays
-- for statistics (type, department, dates, status) with no name, ID number, phone, address or form left.
ALTER TABLE cases ADD COLUMN anonymised_at timestamptz;
CREATE INDEX cases_retention_idx ON cases (updated_at) WHERE anonymised_at IS NULL
  AND status IN ('refused', 'completed', 'cancelled');
