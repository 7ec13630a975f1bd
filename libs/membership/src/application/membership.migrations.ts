import type { Migration } from '#accord/postgres';

/**
 * `membership.identifier_keys` is not a read model: it reserves each national identifier for one
 * member record before the record is written, because a decider sees only its own stream.
 * `read.members` is the register, projected from the member streams.
 */
export const membershipMigrations: readonly Migration[] = [
  {
    id: '0300-membership',
    sql: `
CREATE SCHEMA membership;

CREATE TABLE membership.identifier_keys (
  key text PRIMARY KEY,
  member_id uuid NOT NULL,
  reserved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON membership.identifier_keys (member_id);

CREATE TABLE read.members (
  id uuid PRIMARY KEY,
  name_ru text NOT NULL,
  name_en text,
  search_text text NOT NULL,
  country text NOT NULL,
  category text NOT NULL,
  legal_form jsonb NOT NULL,
  national_identifier jsonb NOT NULL,
  identifier_key text NOT NULL,
  contacts jsonb NOT NULL,
  representatives jsonb NOT NULL,
  status text NOT NULL,
  membership text,
  admission jsonb,
  status_history jsonb NOT NULL,
  applied_at timestamptz NOT NULL,
  admitted_at timestamptz,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL
);
CREATE INDEX ON read.members (name_ru, id);
CREATE INDEX ON read.members (status);
CREATE INDEX ON read.members (country, category, status);
`,
  },
  {
    id: '0301-membership-every-identifier-and-legal-dates',
    // Every key of an identifier is reserved now (the ИНН beside the ОГРН); the register's records
    // take their other keys, the earliest application first where two share one. The new columns
    // are filled from what the rows hold; `accord rebuild members` recomputes them from the ledger.
    sql: `
INSERT INTO membership.identifier_keys (key, member_id)
SELECT 'RU:INN:' || (national_identifier->'values'->>'inn'), id
  FROM read.members
 WHERE national_identifier->>'scheme' = 'RU_OGRN_INN'
 ORDER BY applied_at, id
ON CONFLICT (key) DO NOTHING;

ALTER TABLE read.members
  ADD COLUMN identifier_values text[] NOT NULL DEFAULT '{}',
  ADD COLUMN previous_member_id uuid,
  ADD COLUMN admitted_on date;
UPDATE read.members SET identifier_values = ARRAY(
  SELECT upper(regexp_replace(value, '\\s', '', 'g')) FROM jsonb_each_text(national_identifier->'values') ORDER BY key DESC
);
UPDATE read.members SET admitted_on = COALESCE((admission->>'date')::date, (admitted_at AT TIME ZONE 'UTC')::date)
 WHERE admitted_at IS NOT NULL;
ALTER TABLE read.members ALTER COLUMN identifier_values DROP DEFAULT;
CREATE INDEX ON read.members USING gin (identifier_values);
CREATE INDEX ON read.members (previous_member_id);
`,
  },
  {
    // How many organizations by country, category and status, kept by the projection so that the
    // statistics read a row per combination rather than every member; filled from the register.
    id: '0302-member-counts',
    sql: `
CREATE TABLE read.member_counts (
  country text NOT NULL,
  category text NOT NULL,
  status text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (country, category, status)
);
INSERT INTO read.member_counts SELECT country, category, status, count(*) FROM read.members GROUP BY country, category, status;
`,
  },
];
